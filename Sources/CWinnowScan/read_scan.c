// See include/winnow_read_scan.h. 32 bytes a test with AVX2 (x86-64-v3), else 16 with SSE2.
#include "winnow_read_scan.h"
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__AVX2__)
#include <immintrin.h>
#endif

// `&` opens an HTML entity (`&nbsp;`, `&#8217;`) that TextNormalizer decodes.
static inline int special(uint8_t b) { return b >= 0x80 || b == 0 || b == 0x0D || b == 0x26; }

// The Swift loop this replaced tested 8 bytes with ~10 SWAR instructions: ~2 instructions a byte
// of the read path, twice per run with the learned pass. The last bytes go 8 at a time, then one
// by one.
size_t winnow_plain_run_end(const uint8_t *s, size_t from, size_t n) {
    size_t i = from;
#if defined(__AVX2__)
    // 32 bytes a test where the target has AVX2 (x86-64-v3, Package.swift); the 16-byte loop
    // below then takes at most one block.
    const __m256i zero32 = _mm256_setzero_si256(), cr32 = _mm256_set1_epi8(0x0D), amp32 = _mm256_set1_epi8(0x26);
    while (i + 32 <= n) {
        __m256i v = _mm256_loadu_si256((const __m256i *)(s + i));
        __m256i marks = _mm256_or_si256(_mm256_or_si256(v, _mm256_cmpeq_epi8(v, amp32)),
                                        _mm256_or_si256(_mm256_cmpeq_epi8(v, zero32), _mm256_cmpeq_epi8(v, cr32)));
        unsigned m = (unsigned)_mm256_movemask_epi8(marks);
        if (m) return i + (size_t)__builtin_ctz(m);
        i += 32;
    }
#endif
#if defined(__SSE2__)
    const __m128i zero = _mm_setzero_si128(), cr = _mm_set1_epi8(0x0D), amp = _mm_set1_epi8(0x26);
    while (i + 16 <= n) {
        __m128i v = _mm_loadu_si128((const __m128i *)(s + i));
        // A byte's high bit is set for >= 0x80; the compares set it for NUL, CR and `&`.
        __m128i marks = _mm_or_si128(_mm_or_si128(v, _mm_cmpeq_epi8(v, amp)),
                                     _mm_or_si128(_mm_cmpeq_epi8(v, zero), _mm_cmpeq_epi8(v, cr)));
        unsigned m = (unsigned)_mm_movemask_epi8(marks);
        if (m) return i + (size_t)__builtin_ctz(m);
        i += 16;
    }
#endif
    const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    while (i + 8 <= n) {
        uint64_t x;
        memcpy(&x, s + i, 8);
        uint64_t cr8 = x ^ (0x0D * ones), amp8 = x ^ (0x26 * ones);
        // Any byte >= 0x80, zero, CR or `&` (the zero tests may flag a byte above a true hit: only
        // "none" is exact, so a hit is located byte by byte below).
        if ((x & highs) | ((x - ones) & ~x & highs) | ((cr8 - ones) & ~cr8 & highs) | ((amp8 - ones) & ~amp8 & highs)) break;
        i += 8;
    }
    while (i < n && !special(s[i])) i++;
    return i;
}

size_t winnow_complete_lines(const uint8_t *s, size_t n, size_t *lines) {
    size_t i = 0, end = 0, count = 0;
#if defined(__AVX2__)
    const __m256i lf32 = _mm256_set1_epi8(0x0A);
    while (i + 32 <= n) {
        unsigned m = (unsigned)_mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_loadu_si256((const __m256i *)(s + i)), lf32));
        if (m) {
            count += (size_t)__builtin_popcount(m);
            end = i + 32 - (size_t)__builtin_clz(m);   // past the block's last `\n`
        }
        i += 32;
    }
#endif
#if defined(__SSE2__)
    const __m128i lf = _mm_set1_epi8(0x0A);
    while (i + 16 <= n) {
        unsigned m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(s + i)), lf));
        if (m) {
            count += (size_t)__builtin_popcount(m);
            end = i + 32 - (size_t)__builtin_clz(m);   // past the block's last `\n`
        }
        i += 16;
    }
#endif
    for (; i < n; i++) {
        if (s[i] == 0x0A) { count++; end = i + 1; }
    }
    *lines = count;
    return end;
}

size_t winnow_ascii_run_end(const uint8_t *s, size_t from, size_t n) {
    size_t i = from;
#if defined(__SSE2__)
    // A byte >= 0x80 sets its bit of the movemask: the mask is the test.
#if defined(__AVX2__)
    while (i + 32 <= n) {
        unsigned m = (unsigned)_mm256_movemask_epi8(_mm256_loadu_si256((const __m256i *)(s + i)));
        if (m) return i + (size_t)__builtin_ctz(m);
        i += 32;
    }
#endif
    while (i + 16 <= n) {
        unsigned m = (unsigned)_mm_movemask_epi8(_mm_loadu_si128((const __m128i *)(s + i)));
        if (m) return i + (size_t)__builtin_ctz(m);
        i += 16;
    }
#endif
    while (i < n && s[i] < 0x80) i++;
    return i;
}

// The length of the valid UTF-8 sequence opening at `s[i]` (a byte >= 0x80), or 0: RFC 3629, no
// overlongs, surrogates or scalars above U+10FFFF (`TextNormalizer.sequenceLength`, tested equal).
static inline size_t sequence_length(const uint8_t *s, size_t i, size_t n) {
    uint8_t b0 = s[i];
#define CONT(k) ((k) < n && (s[k] & 0xC0) == 0x80)
#define IN(k, lo, hi) ((k) < n && s[k] >= (lo) && s[k] <= (hi))
    if (b0 >= 0xC2 && b0 <= 0xDF) return CONT(i + 1) ? 2 : 0;
    if (b0 == 0xE0) return IN(i + 1, 0xA0, 0xBF) && CONT(i + 2) ? 3 : 0;
    if ((b0 >= 0xE1 && b0 <= 0xEC) || b0 == 0xEE || b0 == 0xEF) return CONT(i + 1) && CONT(i + 2) ? 3 : 0;
    if (b0 == 0xED) return IN(i + 1, 0x80, 0x9F) && CONT(i + 2) ? 3 : 0;
    if (b0 == 0xF0) return IN(i + 1, 0x90, 0xBF) && CONT(i + 2) && CONT(i + 3) ? 4 : 0;
    if (b0 >= 0xF1 && b0 <= 0xF3) return CONT(i + 1) && CONT(i + 2) && CONT(i + 3) ? 4 : 0;
    if (b0 == 0xF4) return IN(i + 1, 0x80, 0x8F) && CONT(i + 2) && CONT(i + 3) ? 4 : 0;
    return 0;
#undef CONT
#undef IN
}

// News copy has a curly quote or dash every line or so: stopping at each (a return to Swift, its
// own validation there, a fresh call here) took 86 k stops on dev A's two read passes; stepped over
// here, the normaliser's instructions went 28.9 -> 25.9 M.
size_t winnow_unchanged_run_end(const uint8_t *s, size_t from, size_t n) {
    size_t i = from;
    for (;;) {
        i = winnow_plain_run_end(s, i, n);
        if (i >= n || s[i] < 0x80) return i;
        size_t len = sequence_length(s, i, n);
        if (len == 0 || (s[i] == 0xC2 && s[i + 1] == 0xA0)) return i;
        i += len;
    }
}
