// See include/winnow_fold.h. 16 bytes are sorted (printable, space) and lower-cased with a few
// vector instructions and stored at once; then each folded byte costs its two stores.
#include "winnow_fold.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

static inline int printable(uint8_t b) { return b >= 0x21 && b <= 0x7F; }

void winnow_fold_plain(const uint8_t *src, size_t n, size_t *pi, uint8_t *dst, size_t *po,
                       uint8_t *pairs, size_t byte_row, uint8_t stamp, size_t *pprev) {
    size_t i = *pi, o = *po, prev = *pprev;
    uint8_t *row = pairs + byte_row;
    size_t end = i;
#if defined(__SSE2__)
    const __m128i space = _mm_set1_epi8(0x20), before_a = _mm_set1_epi8(0x40), after_z = _mm_set1_epi8(0x5B);
    // 17 bytes readable: the 17th tells whether the 16th (a space) is followed by a printable byte.
    while (end + 17 <= n) {
        __m128i v = _mm_loadu_si128((const __m128i *)(src + end));
        // Signed: bytes >= 0x80 are negative, so "> 0x20" is exactly 0x21–0x7F.
        unsigned print = (unsigned)_mm_movemask_epi8(_mm_cmpgt_epi8(v, space));
        unsigned spaces = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, space));
        unsigned next = (print >> 1) | ((unsigned)printable(src[end + 16]) << 15);
        unsigned good = print | (spaces & next);
        __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(v, before_a), _mm_cmpgt_epi8(after_z, v));
        __m128i folded = _mm_or_si128(v, _mm_and_si128(upper, space));
        // All 16 stored; only the good ones are kept (o <= end, so they fit: see the header).
        _mm_storeu_si128((__m128i *)(dst + o + (end - i)), folded);
        if (good == 0xFFFF) { end += 16; continue; }
        end += (size_t)__builtin_ctz(~good);
        goto mark;
    }
#endif
    while (end < n) {
        uint8_t b = src[end];
        if (printable(b) || (b == 0x20 && end + 1 < n && printable(src[end + 1]))) {
            dst[o + (end - i)] = (b >= 0x41 && b <= 0x5A) ? (uint8_t)(b | 0x20) : b;
            end++;
            continue;
        }
        break;
    }
#if defined(__SSE2__)
mark:
#endif
    {
        // A run never ends on a space: a space is kept only before a printable byte, which is kept.
        const uint8_t *f = dst + o;
        size_t count = end - i;
        size_t k = 0;
#if defined(__SSE2__)
        // Long runs: the pair slots of 16 bytes at once (each byte widened and or-ed with the byte
        // before it, shifted by 7: all folded bytes here are < 0x80), so each byte costs its two
        // stores and two loads, not the serial `prev` chain (6.75 instructions a byte before).
        if (count > 16) {
            size_t c0 = f[0];
            pairs[prev | c0] = stamp;
            row[c0] = stamp;
            k = 1;
            const __m128i zero = _mm_setzero_si128();
            uint16_t slot[16];
            for (; k + 16 <= count; k += 16) {
                __m128i cur = _mm_loadu_si128((const __m128i *)(f + k));
                __m128i before = _mm_loadu_si128((const __m128i *)(f + k - 1));
                __m128i lo = _mm_or_si128(_mm_slli_epi16(_mm_unpacklo_epi8(before, zero), 7), _mm_unpacklo_epi8(cur, zero));
                __m128i hi = _mm_or_si128(_mm_slli_epi16(_mm_unpackhi_epi8(before, zero), 7), _mm_unpackhi_epi8(cur, zero));
                _mm_storeu_si128((__m128i *)slot, lo);
                _mm_storeu_si128((__m128i *)(slot + 8), hi);
                for (int j = 0; j < 16; j++) {
                    pairs[slot[j]] = stamp;
                    row[f[k + j]] = stamp;
                }
            }
            prev = (size_t)f[k - 1] << 7;
        }
#endif
        for (; k < count; k++) {
            size_t c = f[k];
            pairs[prev | c] = stamp;
            row[c] = stamp;
            prev = c << 7;
        }
        *pi = end;
        *po = o + count;
        *pprev = prev;
    }
}
