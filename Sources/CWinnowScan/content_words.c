// See include/winnow_content_words.h. The definitions (what a word byte is, the key of a word)
// are `ContentWords.swift`'s; the tests hold this scan to `Cohesion.forEachContentWord`.
#include "winnow_content_words.h"

#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

static const uint64_t K1 = 0x9E3779B97F4A7C15ULL;
static const uint64_t K2 = 0xBF58476D1CE4E5B9ULL;
static const uint64_t SEED = 0x243F6A8885A308D3ULL;
static const uint64_t LOWER = 0x2020202020202020ULL;

static inline uint64_t load64(const uint8_t *p) { uint64_t x; memcpy(&x, p, 8); return x; }

static inline uint64_t finish(uint64_t state, uint64_t pending, size_t length) {
    uint64_t h = (state ^ pending ^ ((uint64_t)length << 56)) * K1;
    h ^= h >> 31;
    h *= K2;
    return h ^ (h >> 32);
}

// `WordHash.ascii`: a word of ASCII letters, from 8-byte loads (the last block as the top bytes
// of the 8 bytes ending at `e`).
static inline uint64_t ascii_key(const uint8_t *p, size_t s, size_t e) {
    size_t length = e - s;
    if (length <= 8 && e >= 8) return (load64(p + e - 8) | LOWER) >> (8 * (8 - length));
    uint64_t state = SEED;
    size_t k = s;
    while (e - k >= 8) {
        state = (state ^ (load64(p + k) | LOWER)) * K1;
        state ^= state >> 29;
        k += 8;
    }
    size_t r = e - k;
    uint64_t tail = 0;
    if (r > 0) {
        if (e >= 8) {
            tail = (load64(p + e - 8) | LOWER) >> (8 * (8 - r));
        } else {
            for (size_t j = 0; j < r; j++) tail |= (uint64_t)(p[k + j] | 0x20) << (8 * j);
        }
    }
    return length <= 8 ? tail : finish(state, tail, length);
}

// `WordHash` fed byte by byte (`WordHash.folded`): a word with a non-ASCII byte, whose bytes
// are kept as they are (ASCII letters lower-cased).
static uint64_t folded_key(const uint8_t *p, size_t s, size_t e) {
    uint64_t state = SEED, pending = 0, head = 0;
    unsigned bits = 0;
    size_t length = 0;
    for (size_t j = s; j < e; j++) {
        uint8_t b = p[j];
        if (b >= 'A' && b <= 'Z') b |= 0x20;
        pending |= (uint64_t)b << bits;
        bits += 8;
        length++;
        if (bits == 64) {
            if (length == 8) head = pending;
            state = (state ^ pending) * K1;
            state ^= state >> 29;
            pending = 0;
            bits = 0;
        }
    }
    return length < 8 ? pending : length == 8 ? head : finish(state, pending, length);
}

// Word bytes (ASCII letters, any byte >= 0x80) and non-ASCII bytes of 64 bytes at `p`.
static inline void block_masks(const uint8_t *p, uint64_t *letters, uint64_t *high) {
#if defined(__SSE2__)
    uint64_t l = 0, h = 0;
    const __m128i lower = _mm_set1_epi8(0x20);
    const __m128i bias = _mm_set1_epi8((char)(0x80 - 'a'));
    const __m128i limit = _mm_set1_epi8((char)(-128 + 26));
    for (int k = 0; k < 4; k++) {
        __m128i v = _mm_loadu_si128((const __m128i *)(p + 16 * k));
        // 'a'...'z' after setting 0x20 are the 26 smallest signed values once shifted by `bias`.
        __m128i az = _mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(v, lower), bias), limit);
        l |= (uint64_t)(uint16_t)_mm_movemask_epi8(az) << (16 * k);
        h |= (uint64_t)(uint16_t)_mm_movemask_epi8(v) << (16 * k);
    }
    *high = h;
    *letters = l | h;
#else
    uint64_t l = 0, h = 0;
    for (int k = 0; k < 64; k++) {
        uint8_t b = p[k], f = b | 0x20;
        if (b >= 0x80) h |= 1ULL << k;
        if (b >= 0x80 || (f >= 'a' && f <= 'z')) l |= 1ULL << k;
    }
    *high = h;
    *letters = l;
#endif
}

// Whether `m` has a bit in `s..<e` (e > s): one mask word for most words.
static inline int any_bit(const uint64_t *m, size_t s, size_t e) {
    size_t first = s >> 6, last = (e - 1) >> 6;
    uint64_t from = ~0ULL << (s & 63), to = ~0ULL >> (63 - ((e - 1) & 63));
    if (first == last) return (m[first] & from & to) != 0;
    if (m[first] & from) return 1;
    for (size_t w = first + 1; w < last; w++) if (m[w]) return 1;
    return (m[last] & to) != 0;
}

size_t winnow_content_word_keys(const uint8_t *p, size_t n, uint64_t *keys, uint64_t *masks) {
    if (n < 5) return 0;
    size_t words = (n + 63) / 64;
    // letters[words] = 0 ends every walk to a word's end; high follows it.
    uint64_t *letters = masks, *high = masks + words + 1;
    size_t whole = n / 64;
    uint64_t anyHigh = 0;
    for (size_t w = 0; w < whole; w++) {
        block_masks(p + 64 * w, &letters[w], &high[w]);
        anyHigh |= high[w];
    }
    if (whole < words) {
        // The last partial block, zero-padded (0 is no word byte).
        uint8_t tail[64] = {0};
        memcpy(tail, p + 64 * whole, n - 64 * whole);
        block_masks(tail, &letters[whole], &high[whole]);
        anyHigh |= high[whole];
    }
    letters[words] = 0;
    high[words] = 0;
    if (anyHigh) {
        // Typographic separators (E2 80 90-9F, E2 80 A6: dashes, curly quotes, `…`) are no word
        // bytes: `Cohesion.isSeparator`. A change to that set must be made here too
        // (ContentWordsCScanTests compares the two scanners).
        for (size_t w = 0; w < words; w++) {
            uint64_t h = high[w];
            while (h) {
                size_t j = 64 * w + (size_t)__builtin_ctzll(h);
                h &= h - 1;
                if (p[j] == 0xE2 && n - j >= 3 && p[j + 1] == 0x80 && ((p[j + 2] & 0xF0) == 0x90 || p[j + 2] == 0xA6)) {
                    for (size_t k = j; k < j + 3; k++) letters[k >> 6] &= ~(1ULL << (k & 63));
                }
            }
        }
    }
    size_t count = 0;
    uint64_t carry = 0;   // bit 0: the previous block's last byte is a word byte
    for (size_t w = 0; w < words; w++) {
        uint64_t l = letters[w];
        if (l == 0) { carry = 0; continue; }
        uint64_t next = letters[w + 1];
        uint64_t starts = l & ~(l << 1 | carry);
        // Bytes followed by four more word bytes (the next block's first bits shifted in).
        uint64_t five = l & (l >> 1 | next << 63) & (l >> 2 | next << 62) & (l >> 3 | next << 61) & (l >> 4 | next << 60);
        uint64_t lng = starts & five;
        carry = l >> 63;
        while (lng) {
            size_t s = 64 * w + (size_t)__builtin_ctzll(lng);
            lng &= lng - 1;
            // The word ends at the first non-word byte after its first five.
            size_t j = s + 5, x = j >> 6;
            uint64_t rest = ~letters[x] & (~0ULL << (j & 63));
            while (rest == 0) rest = ~letters[++x];
            size_t e = 64 * x + (size_t)__builtin_ctzll(rest);
            keys[count++] = anyHigh && any_bit(high, s, e) ? folded_key(p, s, e) : ascii_key(p, s, e);
        }
    }
    return count;
}
