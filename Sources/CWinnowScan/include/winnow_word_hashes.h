// The word hashes behind the learned pass's followers (`FollowerWordHashes`,
// Sources/WinnowPipeline/Cleaning/BoilerplateLearner+Follower.swift).
#ifndef WINNOW_WORD_HASHES_H
#define WINNOW_WORD_HASHES_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// The words of the `n` bytes at `line` (runs between spaces and tabs), each hashed with FNV-1a
/// over its ASCII letters and digits (letters lower-cased) and its bytes >= 0x80, other ASCII
/// skipped (a word of none gives no hash): at most `max` hashes written to `out`, in order.
/// Returns how many.
size_t winnow_word_hashes(const uint8_t *line, size_t n, uint64_t *out, size_t max);

#ifdef __cplusplus
}
#endif

#endif
