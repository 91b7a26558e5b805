// The blank collapsing of Winnow's caption search text (`CaptionContext.appendCollapsed`,
// Sources/WinnowPipeline/Cleaning/CaptionContext+Repeat.swift): every body line near a caption.
#ifndef WINNOW_COLLAPSE_H
#define WINNOW_COLLAPSE_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Rewrites the `n` bytes at `p` in place without leading and trailing blanks (space, tab) and
/// with each inner run of blanks made one space; returns the new length (at most `n`).
size_t winnow_collapse_blanks(uint8_t *p, size_t n);

#ifdef __cplusplus
}
#endif

#endif
