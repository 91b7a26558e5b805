// See include/winnow_collapse.h. Prose is words and single spaces: 16 bytes without a tab and
// without a blank followed by a blank are their own collapsed form, stored back at once; the
// rest goes byte by byte.
#include "winnow_collapse.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

static inline int blank(uint8_t b) { return b == 0x20 || b == 0x09; }

size_t winnow_collapse_blanks(uint8_t *p, size_t n) {
    size_t i = 0, o = 0;
    while (i < n && blank(p[i])) i++;
    int pending = 0;   // blanks read since the last byte kept: one space before the next one
    while (i < n) {
#if defined(__SSE2__)
        // Writes go to p + o with o <= i, behind (or at) what is read: both loads of a block come
        // before its store, which ends at or before p + i + 16, so no byte is stored over before
        // it is read. After a kept byte (not pending), a block opening with a single space
        // before a non-blank is its own form too.
        const __m128i space = _mm_set1_epi8(0x20), tab = _mm_set1_epi8(0x09);
        while (!pending && i + 17 <= n) {
            __m128i v = _mm_loadu_si128((const __m128i *)(p + i));
            __m128i next = _mm_loadu_si128((const __m128i *)(p + i + 1));
            __m128i blanks = _mm_or_si128(_mm_cmpeq_epi8(v, space), _mm_cmpeq_epi8(v, tab));
            __m128i next_blanks = _mm_or_si128(_mm_cmpeq_epi8(next, space), _mm_cmpeq_epi8(next, tab));
            __m128i bad = _mm_or_si128(_mm_cmpeq_epi8(v, tab), _mm_and_si128(blanks, next_blanks));
            if (_mm_movemask_epi8(bad)) break;
            _mm_storeu_si128((__m128i *)(p + o), v);
            o += 16;
            i += 16;
        }
#endif
        uint8_t b = p[i++];
        if (blank(b)) { pending = 1; continue; }
        if (pending) { p[o++] = 0x20; pending = 0; }
        p[o++] = b;
    }
    return o;
}
