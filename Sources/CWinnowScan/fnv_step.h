// The FNV-1a step shared by the scans that hash bytes from memory (line_scan.c, word_hashes.c).
// Private to CWinnowScan (not under include/).
#ifndef WINNOW_FNV_STEP_H
#define WINNOW_FNV_STEP_H

#include <stddef.h>
#include <stdint.h>

#define WINNOW_FNV_PRIME 0x00000100000001b3ULL

/// One FNV-1a step on the byte at `b`: `(h ^ *b) * prime`. A byte only touches the hash's low
/// 8 bits, so on x86-64 the xor takes the byte straight from memory into the low byte register
/// (`xorb`, one load-op instruction) where C's zero-extending load and 64-bit xor are two: per
/// hashed byte 3 → 2 instructions with the multiply, on every byte of every line keyed. The
/// value is the same (tested against the Swift definitions in CleaningFastPathTests and
/// LearnedFollowerTests).
static inline uint64_t winnow_fnv_step(uint64_t h, const uint8_t *b) {
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
    __asm__("xorb %1, %b0" : "+r"(h) : "m"(*b));
    return h * WINNOW_FNV_PRIME;
#else
    return (h ^ *b) * WINNOW_FNV_PRIME;
#endif
}

#if defined(__clang__) || (defined(__GNUC__) && __GNUC__ >= 7)
#define WINNOW_FALLTHROUGH __attribute__((fallthrough))
#else
#define WINNOW_FALLTHROUGH ((void)0)
#endif

/// FNV-1a steps over the `k <= 16` bytes at `b`, in order: one jump into a straight run of 16
/// steps, so the bytes of a run or word ending inside a 16-byte block (most end inside one) cost
/// no loop counter and branch each (line_scan 34.1 -> 31.4 M on /tmp/cge's text in a harness).
static inline uint64_t winnow_fnv_upto16(uint64_t h, const uint8_t *b, size_t k) {
    const uint8_t *e = b + k;
    switch (k) {
    case 16: h = winnow_fnv_step(h, e - 16); WINNOW_FALLTHROUGH;
    case 15: h = winnow_fnv_step(h, e - 15); WINNOW_FALLTHROUGH;
    case 14: h = winnow_fnv_step(h, e - 14); WINNOW_FALLTHROUGH;
    case 13: h = winnow_fnv_step(h, e - 13); WINNOW_FALLTHROUGH;
    case 12: h = winnow_fnv_step(h, e - 12); WINNOW_FALLTHROUGH;
    case 11: h = winnow_fnv_step(h, e - 11); WINNOW_FALLTHROUGH;
    case 10: h = winnow_fnv_step(h, e - 10); WINNOW_FALLTHROUGH;
    case 9: h = winnow_fnv_step(h, e - 9); WINNOW_FALLTHROUGH;
    case 8: h = winnow_fnv_step(h, e - 8); WINNOW_FALLTHROUGH;
    case 7: h = winnow_fnv_step(h, e - 7); WINNOW_FALLTHROUGH;
    case 6: h = winnow_fnv_step(h, e - 6); WINNOW_FALLTHROUGH;
    case 5: h = winnow_fnv_step(h, e - 5); WINNOW_FALLTHROUGH;
    case 4: h = winnow_fnv_step(h, e - 4); WINNOW_FALLTHROUGH;
    case 3: h = winnow_fnv_step(h, e - 3); WINNOW_FALLTHROUGH;
    case 2: h = winnow_fnv_step(h, e - 2); WINNOW_FALLTHROUGH;
    case 1: h = winnow_fnv_step(h, e - 1); WINNOW_FALLTHROUGH;
    default: break;
    }
    return h;
}

#endif
