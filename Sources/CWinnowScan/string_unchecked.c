// Swift's `String(decoding:as:)` validates every byte again, one scalar at a time (~10
// instructions a byte: 45 M of a 1.9 G instruction run over two 2.4 MB dumps), although the read
// stage has just repaired the text (`TextNormalizer`). The standard library's unchecked
// constructor is `@usableFromInline internal` (so its symbol is exported, part of the ABI on
// platforms with a stable one) but cannot be named from Swift source; it is reached here through
// its mangled name with the Swift calling convention. Its arguments are an
// `UnsafeBufferPointer<UInt8>` (base, count); its `String.Type` self is thin (no register); the
// String comes back in two registers. `ValidatedText.swift`'s test checks it against
// `String(decoding:as:)`.
#include "winnow_string.h"

#if defined(__APPLE__)
#define WINNOW_SWIFT_SYMBOL "_$sSS18_uncheckedFromUTF8ySSSRys5UInt8VGFZ"
#else
#define WINNOW_SWIFT_SYMBOL "$sSS18_uncheckedFromUTF8ySSSRys5UInt8VGFZ"
#endif

__attribute__((swiftcall)) winnow_string_bits winnow_swift_string_unchecked_utf8(const uint8_t *bytes, intptr_t count)
    __asm__(WINNOW_SWIFT_SYMBOL);

winnow_string_bits winnow_string_from_valid_utf8(const uint8_t *bytes, intptr_t count) {
    return winnow_swift_string_unchecked_utf8(bytes, count);
}
