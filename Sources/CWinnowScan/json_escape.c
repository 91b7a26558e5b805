// See include/winnow_json_escape.h. Every output record's text goes through this scan: story
// text is long runs with nothing to escape between its line ends and quotes, so the scan takes
// 32 bytes a step with AVX2 (x86-64-v3, Package.swift), 16 with SSE2; the Swift loop it replaced
// took 8-byte words (~2.2 instructions a byte of output on /tmp/cge).
#include "winnow_json_escape.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__AVX2__)
#include <immintrin.h>
#endif

static inline int needs_escape(uint8_t b) { return b < 0x20 || b == 0x22 || b == 0x5C; }

size_t winnow_json_next_escape(const uint8_t *p, size_t i, size_t n) {
#if defined(__AVX2__)
    {
        // b < 0x20 as max(b, 0x1F) == 0x1F (unsigned).
        const __m256i c1f = _mm256_set1_epi8(0x1F), quote = _mm256_set1_epi8(0x22), bs = _mm256_set1_epi8(0x5C);
        while (i + 32 <= n) {
            __m256i v = _mm256_loadu_si256((const __m256i *)(p + i));
            __m256i hit = _mm256_or_si256(_mm256_cmpeq_epi8(_mm256_max_epu8(v, c1f), c1f),
                                          _mm256_or_si256(_mm256_cmpeq_epi8(v, quote), _mm256_cmpeq_epi8(v, bs)));
            unsigned m = (unsigned)_mm256_movemask_epi8(hit);
            if (m != 0) return i + (size_t)__builtin_ctz(m);
            i += 32;
        }
    }
#endif
#if defined(__SSE2__)
    {
        const __m128i c1f = _mm_set1_epi8(0x1F), quote = _mm_set1_epi8(0x22), bs = _mm_set1_epi8(0x5C);
        while (i + 16 <= n) {
            __m128i v = _mm_loadu_si128((const __m128i *)(p + i));
            __m128i hit = _mm_or_si128(_mm_cmpeq_epi8(_mm_max_epu8(v, c1f), c1f),
                                       _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, bs)));
            unsigned m = (unsigned)_mm_movemask_epi8(hit);
            if (m != 0) return i + (size_t)__builtin_ctz(m);
            i += 16;
        }
    }
#endif
    while (i < n && !needs_escape(p[i])) i++;
    return i;
}
