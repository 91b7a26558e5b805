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
static const uint64_t HIGH = 0x8080808080808080ULL;

static inline uint64_t load64(const uint8_t *p) { uint64_t x; memcpy(&x, p, 8); return x; }

static inline uint64_t finish(uint64_t state, uint64_t pending, size_t length) {
    uint64_t h = (state ^ pending ^ ((uint64_t)length << 56)) * K1;
    h ^= h >> 31;
    h *= K2;
    return h ^ (h >> 32);
}

// `WordHash.ascii`: a word of ASCII letters, from 8-byte loads (the last block as the top bytes
// of the 8 bytes ending at `e`). `*high` gets the word's bytes' top bits: a word with a non-ASCII
// byte is keyed by `folded_key` instead, told from the bytes loaded here (no second look).
// A word of 9+ bytes (or one ending in the line's first 8 bytes): out of line, so the short-word
// loop keeps its state in registers (inlined, it spilled them around every word).
__attribute__((noinline))
static uint64_t ascii_key_long(const uint8_t *p, size_t s, size_t e, uint64_t *high) {
    size_t length = e - s;
    uint64_t state = SEED, seen = 0;
    size_t k = s;
    while (e - k >= 8) {
        uint64_t x = load64(p + k);
        seen |= x;
        state = (state ^ (x | LOWER)) * K1;
        state ^= state >> 29;
        k += 8;
    }
    size_t r = e - k;
    uint64_t tail = 0;
    if (r > 0) {
        if (e >= 8) {
            uint64_t x = load64(p + e - 8) >> (8 * (8 - r));
            seen |= x;
            tail = x | (LOWER >> (8 * (8 - r)));
        } else {
            for (size_t j = 0; j < r; j++) { seen |= p[k + j]; tail |= (uint64_t)(p[k + j] | 0x20) << (8 * j); }
        }
    }
    *high = seen & HIGH;
    return length <= 8 ? tail : finish(state, tail, length);
}

static inline uint64_t ascii_key(const uint8_t *p, size_t s, size_t e, uint64_t *high) {
    size_t length = e - s;
    if (__builtin_expect(length <= 8 && e >= 8, 1)) {
        unsigned shift = 8 * (8 - (unsigned)length);
        uint64_t x = load64(p + e - 8) >> shift;
        *high = x & HIGH;
        return x | (LOWER >> shift);
    }
    // 9-15 bytes (a quarter of the content words in news text): `ascii_key_long`'s one block and
    // its tail, without its loop and call (58 instructions a word on /tmp/cge before).
    if (length - 9 < 7) {
        uint64_t x = load64(p + s);
        uint64_t state = (SEED ^ (x | LOWER)) * K1;
        state ^= state >> 29;
        unsigned shift = 8 * (16 - (unsigned)length);
        uint64_t t = load64(p + e - 8) >> shift;
        *high = (x | t) & HIGH;
        return finish(state, t | (LOWER >> shift), length);
    }
    return ascii_key_long(p, s, e, high);
}

// `WordHash` fed byte by byte (`WordHash.folded`): a word with a non-ASCII byte, whose bytes
// are kept as they are (ASCII letters lower-cased).
__attribute__((noinline))
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
        size_t rest = n - 64 * whole;
        if (whole > 0) {
            // The last partial block from the 64 bytes ending the line (read already): its bytes
            // are the top `rest` bits, shifted down; the bits above them come in as zeros.
            uint64_t l, h;
            block_masks(p + n - 64, &l, &h);
            letters[whole] = l >> (64 - rest);
            high[whole] = h >> (64 - rest);
        } else {
            // A line under 64 bytes, zero-padded (0 is no word byte).
            uint8_t tail[64] = {0};
            memcpy(tail, p, rest);
            block_masks(tail, &letters[whole], &high[whole]);
        }
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
    // Long words (5+ word bytes) pair a start bit with an end bit: the k-th long start of the line
    // and its k-th long end bound the k-th long word, so both come from masks (no walk to a word's
    // end). A word running into the next block leaves its start pending there.
    size_t count = 0, pending = 0;
    int open = 0;
    uint64_t prev = 0;   // the previous block's letters
    for (size_t w = 0; w < words; w++) {
        uint64_t l = letters[w];
        if (l == 0) { prev = 0; continue; }
        uint64_t next = letters[w + 1];
        uint64_t starts = l & ~(l << 1 | prev >> 63);
        uint64_t ends = l & ~(l >> 1 | next << 63);
        // Bytes followed by four more word bytes, and bytes after four word bytes.
        uint64_t five = l & (l >> 1 | next << 63) & (l >> 2 | next << 62) & (l >> 3 | next << 61) & (l >> 4 | next << 60);
        uint64_t back = l & (l << 1 | prev >> 63) & (l << 2 | prev >> 62) & (l << 3 | prev >> 61) & (l << 4 | prev >> 60);
        uint64_t ls = starts & five, le = ends & back;
        prev = l;
        if (open) {
            if (le == 0) continue;   // the pending word spans this whole block
            size_t e = 64 * w + (size_t)__builtin_ctzll(le) + 1;
            le &= le - 1;
            uint64_t hi;
            uint64_t key = ascii_key(p, pending, e, &hi);
            keys[count++] = hi ? folded_key(p, pending, e) : key;
            open = 0;
        }
        while (ls) {
            size_t s = 64 * w + (size_t)__builtin_ctzll(ls);
            ls &= ls - 1;
            if (le == 0) { pending = s; open = 1; break; }
            size_t e = 64 * w + (size_t)__builtin_ctzll(le) + 1;
            le &= le - 1;
            uint64_t hi;
            uint64_t key = ascii_key(p, s, e, &hi);
            keys[count++] = hi ? folded_key(p, s, e) : key;
        }
    }
    return count;
}
