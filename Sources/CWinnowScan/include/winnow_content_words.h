// The content-word scan behind Winnow's `Cohesion` (Sources/WinnowPipeline/Cleaning/ContentWords.swift).
//
// Every body line's words are found once per text for cohesion and headline affinity: the
// splitter's biggest single loop. In C for SSE2 because Swift could not get the mask step
// below ~4 instructions per byte (8-byte bit tricks, and a Swift bit-mask scanner that was not
// faster): here 16 bytes become 16 "word byte" bits in a few vector instructions, 64 bytes at
// a time, and only words of 5+ bytes are visited.
#ifndef WINNOW_CONTENT_WORDS_H
#define WINNOW_CONTENT_WORDS_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Mask words `winnow_content_word_keys` needs as scratch for a line of `n` bytes.
static inline size_t winnow_content_word_masks(size_t n) { return 2 * ((n + 63) / 64 + 1); }

/// Writes the key of each word of 5+ bytes of the `n` bytes at `line` to `keys`, in order, and
/// returns how many: the keys `Cohesion.forEachContentWord` gives (stop words included). `keys`
/// holds `n / 5 + 1`; `masks` holds `winnow_content_word_masks(n)` words.
size_t winnow_content_word_keys(const uint8_t *line, size_t n, uint64_t *keys, uint64_t *masks);

#ifdef __cplusplus
}
#endif

#endif
