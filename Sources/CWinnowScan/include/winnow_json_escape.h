// The escape scan behind `JSONWriter.string(utf8:)` (Sources/WinnowPipeline/Support/JSONWriter.swift).
#ifndef WINNOW_JSON_ESCAPE_H
#define WINNOW_JSON_ESCAPE_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// The index of the first byte at or after `i` of the `n` bytes at `p` that JSON must escape (a
/// control character under 0x20, `"` or `\`), or `n` when there is none.
size_t winnow_json_next_escape(const uint8_t *p, size_t i, size_t n);

#ifdef __cplusplus
}
#endif

#endif
