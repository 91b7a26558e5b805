// Byte scans of Winnow's read path (Sources/WinnowPipeline/IO/TextNormalizer.swift, LineReader.swift):
// every input byte goes through them once per pass.
#ifndef WINNOW_READ_SCAN_H
#define WINNOW_READ_SCAN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// The index of the first byte of `s[from..<n]` that the normaliser must look at (a byte >= 0x80,
/// NUL, CR or `&`), or `n` when there is none. Plain ASCII in between is copied unchanged.
size_t winnow_plain_run_end(const uint8_t *s, size_t from, size_t n);

/// The index of the first byte of `s[from..<n]` that the normaliser changes or decodes: NUL, CR,
/// `&`, NBSP (C2 A0) or a byte opening no valid UTF-8 sequence (RFC 3629, as
/// `TextNormalizer.sequenceLength`); or `n`. Valid multi-byte sequences are stepped over here, so
/// a curly quote or a dash costs no return to Swift.
size_t winnow_unchanged_run_end(const uint8_t *s, size_t from, size_t n);

/// The complete lines of `s[0..<n]`: returns the index just past its last `\n` (0 when it has
/// none) and sets `*lines` to the number of `\n` bytes before that index.
size_t winnow_complete_lines(const uint8_t *s, size_t n, size_t *lines);

/// The index of the first byte >= 0x80 of `s[from..<n]`, or `n` when there is none (whether a
/// read block's `String` is all ASCII: `TextBlockString`).
size_t winnow_ascii_run_end(const uint8_t *s, size_t from, size_t n);

#ifdef __cplusplus
}
#endif

#endif
