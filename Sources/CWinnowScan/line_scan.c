// See include/winnow_line_scan.h. The state machine is `LineKey.normalizeBytes` (the definition)
// plus word and scalar counting; runs of letters take the fast path.
#include "winnow_line_scan.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#define FNV_PRIME 0x00000100000001b3ULL

static inline int is_letter(uint8_t b) { return (uint8_t)((b | 0x20) - 0x61) < 26; }

/// Bits set in a 16-bit mask (no POPCNT on the baseline x86-64 target).
static inline unsigned count16(unsigned x) {
    x = x - ((x >> 1) & 0x5555);
    x = (x & 0x3333) + ((x >> 2) & 0x3333);
    x = (x + (x >> 4)) & 0x0F0F;
    return (x + (x >> 8)) & 0x1F;
}

/// Bytes from `i` (a letter) on that are letters, or single spaces between letters: their
/// normalised form is their lower-cased bytes (a space is one separator), so they hash as they
/// are. At least 1; the run ends with a letter. `*spaces`: the spaces in it (each starts a word).
static inline size_t plain_run(const uint8_t *p, size_t i, size_t n, int64_t *spaces_out) {
    size_t j = i;
    int64_t spaces_in_run = 0;
#if defined(__SSE2__)
    const __m128i lowercase = _mm_set1_epi8(0x20), a = _mm_set1_epi8((char)(0x61 + 0x80)),
                  limit = _mm_set1_epi8((char)(0x80 + 25)), space = _mm_set1_epi8(0x20);
    // 17 bytes must be readable: 16 classified, the 17th tells whether the 16th (a space) is
    // followed by a letter.
    while (j + 17 <= n) {
        __m128i v = _mm_loadu_si128((const __m128i *)(p + j));
        // (b | 0x20) - 'a' <= 25, unsigned, as a signed compare after flipping the high bit;
        // "> 25" is flagged, letters are the rest (a byte >= 0x80 never lands at or under 25).
        __m128i shifted = _mm_sub_epi8(_mm_or_si128(v, lowercase), a);
        unsigned letters = (unsigned)_mm_movemask_epi8(_mm_cmpgt_epi8(shifted, limit)) ^ 0xFFFF;
        unsigned spaces = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, space));
        unsigned next = (letters >> 1) | ((unsigned)is_letter(p[j + 16]) << 15);
        unsigned good = letters | (spaces & next);
        if (good == 0xFFFF) {
            spaces_in_run += count16(spaces);
            j += 16;
            continue;
        }
        // A run never ends on a space: a space is good only before a letter, which is good.
        unsigned k = (unsigned)__builtin_ctz(~good);
        spaces_in_run += count16(spaces & ((1u << k) - 1));
        *spaces_out = spaces_in_run;
        return j + k - i;
    }
#endif
    while (j < n) {
        uint8_t b = p[j];
        if (is_letter(b)) { j++; continue; }
        if (b == 0x20 && j + 1 < n && is_letter(p[j + 1])) { spaces_in_run++; j++; continue; }
        break;
    }
    *spaces_out = spaces_in_run;
    return j - i;
}

winnow_line_counts winnow_line_scan(const uint8_t *p, size_t n, uint64_t h, bool emitted) {
    bool pending = emitted, in_digits = false, in_word = false;
    int64_t words = 0, continuations = 0;
    size_t i = 0;
    while (i < n) {
        uint8_t b = p[i];
        if (is_letter(b)) {
            if (pending) { h = (h ^ 0x20) * FNV_PRIME; pending = false; }
            emitted = true; in_digits = false;
            if (!in_word) { words++; in_word = true; }
            int64_t spaces;
            size_t end = i + plain_run(p, i, n, &spaces);
            words += spaces;  // each space in the run starts a word (a letter follows it)
            for (; i < end; i++) h = (h ^ (uint64_t)(p[i] | 0x20)) * FNV_PRIME;
            // "it's", "well-known", "said, the": one ASCII punctuation byte (not a digit or white
            // space) before a letter, or before one space and a letter, is one separator (and the
            // space ends the word): what the general path below records for those bytes, without
            // going through it byte by byte.
            if (i + 1 < n) {
                uint8_t c = p[i];
                if (c < 0x80 && c != 0x20 && c != 0x09 && (uint8_t)(c - 0x30) >= 10) {
                    if (is_letter(p[i + 1])) { pending = true; i += 1; continue; }
                    if (p[i + 1] == 0x20 && i + 2 < n && is_letter(p[i + 2])) {
                        pending = true; in_word = false; i += 2;
                        continue;
                    }
                }
            }
            continue;
        }
        if (b < 0x80) {
            // Digit runs → one 0, other ASCII (letters were handled above) → a separator.
            if (b >= 0x30 && b <= 0x39) {
                if (!in_digits) {
                    if (pending) { h = (h ^ 0x20) * FNV_PRIME; pending = false; }
                    h = (h ^ 0x30) * FNV_PRIME;
                    emitted = true; in_digits = true;
                }
            } else {
                in_digits = false;
                pending = emitted;
            }
            if (b == 0x20 || b == 0x09) in_word = false;
            else if (!in_word) { words++; in_word = true; }
            i++;
            continue;
        }
        // Non-ASCII: never a word separator.
        in_digits = false;
        if (!in_word) { words++; in_word = true; }
        if (b == 0xC2 && i + 1 < n && p[i + 1] == 0xA0) {  // NBSP: a separator
            pending = emitted; continuations += 1; i += 2;
            continue;
        }
        if (b == 0xE2 && i + 1 < n && (p[i + 1] == 0x80 || p[i + 1] == 0x81)) {
            // U+2000–U+207F: one separator of 3 bytes (a lead and 2 continuation bytes).
            pending = emitted; continuations += 2; i += 3;
            continue;
        }
        if (pending) { h = (h ^ 0x20) * FNV_PRIME; pending = false; }
        h = (h ^ b) * FNV_PRIME;
        emitted = true;
        if ((b & 0xC0) == 0x80) continuations++;
        i++;
    }
    winnow_line_counts r = { h, words, (int64_t)n - continuations };
    return r;
}
