// The FNV-1a step shared by the scans that hash bytes from memory (line_scan.c, word_hashes.c).
// Private to CWinnowScan (not under include/).
#ifndef WINNOW_FNV_STEP_H
#define WINNOW_FNV_STEP_H

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

#endif
