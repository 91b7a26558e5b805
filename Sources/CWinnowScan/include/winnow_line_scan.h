// The line key scan behind Winnow's `LineScan` (Sources/WinnowPipeline/Cleaning/LineScan.swift).
//
// Every line of the input is keyed twice (the learned-boilerplate pass and the classifier), so
// this loop runs over every byte. In C for SSE2: 16 bytes at a time are sorted into letters and
// spaces with a few vector instructions and, when all are a run of letters and single spaces,
// hashed from a lower-cased copy with nothing but the FNV-1a step per byte.
#ifndef WINNOW_LINE_SCAN_H
#define WINNOW_LINE_SCAN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// What `winnow_line_scan` found.
typedef struct {
    /// FNV-1a of the normalised line (`LineKey`): ASCII letters lower-cased, each digit run one
    /// `0`, each run of separators (other ASCII, NBSP, U+2000–U+207F) one space between hashed bytes.
    uint64_t key;
    /// White-space separated words (space and tab separate).
    int64_t words;
    /// Unicode scalars (bytes that are not UTF-8 continuation bytes, a separator's counted whole).
    int64_t scalars;
} winnow_line_counts;

/// Scans the `n` bytes at `line` (valid UTF-8) from key state `hash`; `emitted`: a byte was
/// hashed before (the scan then starts after a separator, as `LineScan.key(of:after:emitted:)`).
winnow_line_counts winnow_line_scan(const uint8_t *line, size_t n, uint64_t hash, bool emitted);

/// Whether the `n` bytes at `line` hold more than `limit` bytes that are not UTF-8 continuation
/// bytes (10xxxxxx): `LineScan.widerThan`, 16 bytes a step; it stops once the count passes `limit`.
bool winnow_wider_than(const uint8_t *line, size_t n, size_t limit);

#ifdef __cplusplus
}
#endif

#endif
