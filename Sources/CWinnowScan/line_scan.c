// See include/winnow_line_scan.h. The state machine is `LineKey.normalizeBytes` (the definition)
// plus word and scalar counting; runs of letters take the fast path.
#include "winnow_line_scan.h"
#include "fnv_step.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#define FNV_PRIME WINNOW_FNV_PRIME

static inline int is_letter(uint8_t b) { return (uint8_t)((b | 0x20) - 0x61) < 26; }


/// Hashes the bytes from `i` (a letter) on that are letters, or single spaces between letters:
/// their normalised form is their lower-cased bytes (a space is one separator), so they hash as
/// they are. Returns the end of that run (it ends with a letter); `*words` grows by its spaces
/// (each starts a word). With SSE2, 16 bytes at a time are classified AND hashed: the block's
/// lower-cased bytes go to a stack buffer, from which each byte costs a load, a xor and a
/// multiply (the FNV step, inherently one byte after another; classifying the whole run first
/// and hashing it in a second loop read every byte twice: 173.6 M instructions on dev A for both
/// passes, 127.1 M now). The run also goes on over the punctuation the caller would take whole
/// ("it's", "said, the", "party’s", " “the"), so prose is not cut into a run per clause. (32-byte
/// AVX2 blocks cut this function's instructions 2% more on /tmp/cge but ran 3% slower: the FNV
/// chain, one multiply after another, sets the pace, not the classification.)
static inline size_t hash_plain_run(const uint8_t *p, size_t i, size_t n, uint64_t *hp, int64_t *words,
                                     int64_t *continuations) {
    uint64_t h = *hp;
#if defined(__SSE2__)
    const __m128i lowercase = _mm_set1_epi8(0x20), a = _mm_set1_epi8((char)(0x61 + 0x80)),
                  limit = _mm_set1_epi8((char)(0x80 + 25)), zero = _mm_setzero_si128();
    // Spaces of whole blocks, summed per 64-bit half by PSADBW as 255 per space.
    __m128i spaces255 = zero;
    _Alignas(16) uint8_t lowered[16];
    // 17 bytes must be readable: 16 classified, and the 17th tells whether the 16th (a space) is
    // followed by a letter (the second load, one byte on, classifies every byte's successor).
    while (i + 17 <= n) {
        __m128i v = _mm_loadu_si128((const __m128i *)(p + i));
        __m128i next = _mm_loadu_si128((const __m128i *)(p + i + 1));
        __m128i lower = _mm_or_si128(v, lowercase);
        // (b | 0x20) - 'a' > 25 unsigned, as a signed compare after flipping the high bit: not a
        // letter (a byte >= 0x80 never lands at or under 25).
        __m128i other = _mm_cmpgt_epi8(_mm_sub_epi8(lower, a), limit);
        __m128i next_other = _mm_cmpgt_epi8(_mm_sub_epi8(_mm_or_si128(next, lowercase), a), limit);
        __m128i space = _mm_cmpeq_epi8(v, lowercase);
        // Bad: not a letter, unless a space before a letter.
        __m128i bad = _mm_andnot_si128(_mm_andnot_si128(next_other, space), other);
        unsigned m = (unsigned)_mm_movemask_epi8(bad);
        _mm_store_si128((__m128i *)lowered, lower);
        if (m == 0) {
            spaces255 = _mm_add_epi64(spaces255, _mm_sad_epu8(space, zero));
            h = winnow_fnv_upto16(h, lowered, 16);
            i += 16;
            continue;
        }
        // A run never ends on a space: a space is good only before a letter, which is good.
        unsigned k = (unsigned)__builtin_ctz(m);
        *words += (unsigned)__builtin_popcount((unsigned)_mm_movemask_epi8(space) & ((1u << k) - 1));
        h = winnow_fnv_upto16(h, lowered, k);
        i += k;
        // After a letter (the run's last byte), one ASCII punctuation byte before a letter is a
        // separator ("it's"); before a space and a letter, the space is ("said, the"): the run
        // goes on (what the caller would record for those bytes).
        {
            uint8_t c = p[i];
            if (c < 0x80 && c != 0x20 && c != 0x09 && (uint8_t)(c - 0x30) >= 10) {
                if (is_letter(p[i + 1])) { h = (h ^ 0x20) * FNV_PRIME; i += 1; continue; }
                if (p[i + 1] == 0x20 && i + 2 < n && is_letter(p[i + 2])) { i += 1; continue; }
            }
            // U+2000–U+207F (curly quotes, dashes: a news line has several), a separator of 3
            // bytes, between letters ("party’s") or before one space and a letter ("Democrats’
            // hopes"): as the ASCII punctuation above. After a space (" “the", " — the"), the
            // space ends the word and the separator starts one (what the caller records: the
            // separator is a non-ASCII byte, a word of its own before a space).
            size_t j = i + (c == 0x20);
            if (j + 4 < n && p[j] == 0xE2 && (p[j + 1] == 0x80 || p[j + 1] == 0x81)) {
                uint8_t d = p[j + 3];
                if (is_letter(d)) {
                    h = (h ^ 0x20) * FNV_PRIME;
                    *words += (c == 0x20); *continuations += 2; i = j + 3;
                    continue;
                }
                if (d == 0x20 && is_letter(p[j + 4])) {
                    *words += (c == 0x20); *continuations += 2; i = j + 3;
                    continue;
                }
            }
        }
        *words += (int64_t)(((uint64_t)_mm_cvtsi128_si64(spaces255)
                             + (uint64_t)_mm_cvtsi128_si64(_mm_unpackhi_epi64(spaces255, spaces255))) / 255);
        *hp = h;
        return i;
    }
    *words += (int64_t)(((uint64_t)_mm_cvtsi128_si64(spaces255)
                         + (uint64_t)_mm_cvtsi128_si64(_mm_unpackhi_epi64(spaces255, spaces255))) / 255);
#endif
    while (i < n) {
        uint8_t b = p[i];
        if (is_letter(b)) { h = (h ^ (uint64_t)(b | 0x20)) * FNV_PRIME; i++; continue; }
        if (b == 0x20 && i + 1 < n && is_letter(p[i + 1])) { h = (h ^ 0x20) * FNV_PRIME; (*words)++; i++; continue; }
        break;
    }
    *hp = h;
    return i;
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
            i = hash_plain_run(p, i, n, &h, &words, &continuations);
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
        h = winnow_fnv_step(h, p + i);
        emitted = true;
        if ((b & 0xC0) == 0x80) continuations++;
        i++;
    }
    winnow_line_counts r = { h, words, (int64_t)n - continuations };
    return r;
}

bool winnow_wider_than(const uint8_t *p, size_t n, size_t limit) {
    if (n <= limit) return false;
    size_t leads = 0, k = 0;
#if defined(__SSE2__)
    // Continuation bytes 0x80–0xBF are, as signed bytes, exactly those under -64.
    const __m128i under = _mm_set1_epi8(-64);
    while (k + 16 <= n) {
        __m128i v = _mm_loadu_si128((const __m128i *)(p + k));
        unsigned cont = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(v, under));
        leads += 16 - (size_t)__builtin_popcount(cont);
        if (leads > limit) return true;
        k += 16;
    }
#endif
    for (; k < n; k++) leads += (p[k] & 0xC0) != 0x80;
    return leads > limit;
}
