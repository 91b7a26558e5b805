// A Swift String made of bytes already known to be valid UTF-8, without validating them again
// (Sources/WinnowPipeline/IO/ValidatedText.swift).
#ifndef WINNOW_STRING_H
#define WINNOW_STRING_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// The two words of a Swift `String` (owned: the caller takes the reference it holds).
typedef struct {
    uint64_t count_and_flags;
    uint64_t object;
} winnow_string_bits;

/// `String._uncheckedFromUTF8(_:)` of the standard library on `bytes[0..<count]`, which must be
/// valid UTF-8: the bytes copied into a new String (small or native), its ASCII flag set by a
/// word-at-a-time scan, no scalar-by-scalar validation.
winnow_string_bits winnow_string_from_valid_utf8(const uint8_t *bytes, intptr_t count);

#ifdef __cplusplus
}
#endif

#endif
