// The plain-byte scan of Winnow's `TextNormalizer` (Sources/WinnowPipeline/IO/TextNormalizer.swift):
// every input byte of a run goes through it once.
#ifndef WINNOW_PLAIN_RUN_H
#define WINNOW_PLAIN_RUN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// The index of the first byte of `s[from..<n]` that the normaliser must look at (a byte >= 0x80,
/// NUL or CR), or `n` when there is none. Plain ASCII in between is copied unchanged.
size_t winnow_plain_run_end(const uint8_t *s, size_t from, size_t n);

#ifdef __cplusplus
}
#endif

#endif
