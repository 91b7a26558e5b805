// The printable-ASCII fast path of Winnow's `LineText.foldWithPairs`
// (Sources/WinnowPipeline/Cleaning/LineText.swift): most bytes of every short line.
#ifndef WINNOW_FOLD_H
#define WINNOW_FOLD_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Folds the run of printable ASCII (0x21–0x7F) and single spaces before such bytes that starts
/// at `src[*i]` (printable, not a space) into `dst + *o` (ASCII letters lower-cased, everything
/// else as is: the fold of these bytes), marking each folded byte's pair with the one before
/// (`pairs[*prev | b]`, then `*prev = b << 7`) and its byte slot (`pairs[byte_row + b]`) with
/// `stamp`. Advances `*i`, `*o` and `*prev` past the run (at least one byte; it ends with a
/// non-space). `dst` has room for `n` bytes from its start, and `*o <= *i` (a fold never grows
/// the text), so the 16-byte stores stay inside it.
void winnow_fold_plain(const uint8_t *src, size_t n, size_t *i, uint8_t *dst, size_t *o,
                       uint8_t *pairs, size_t byte_row, uint8_t stamp, size_t *prev);

#ifdef __cplusplus
}
#endif

#endif
