import CWinnowScan

extension String {
    /// A String of `bytes`, which must be valid UTF-8 (what `TextNormalizer` writes: it repairs
    /// invalid input to U+FFFD), made without checking them again.
    ///
    /// `String(decoding:as:)` validates scalar by scalar (~10 instructions a byte of text, once
    /// the text holds any non-ASCII byte) what read has just validated and repaired: 45 M of the
    /// 1.9 G instructions of a run over two 2.4 MB dumps. This is the standard library's own
    /// unchecked constructor (`CWinnowScan/string_unchecked.c`); debug builds (the tests) still
    /// check that the bytes are valid.
    static func fromValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        assert(String(decoding: bytes, as: UTF8.self).utf8.elementsEqual(bytes), "bytes are not valid UTF-8")
        precondition(MemoryLayout<String>.size == MemoryLayout<winnow_string_bits>.size, "a String is two words")
        var bits = winnow_string_from_valid_utf8(bytes.baseAddress, bytes.count)
        // The two words hold the String's reference (+1): moved out, not copied, so it is
        // released exactly once.
        return withUnsafeMutablePointer(to: &bits) {
            $0.withMemoryRebound(to: String.self, capacity: 1) { $0.move() }
        }
    }

    /// `fromValidUTF8` of an array's bytes.
    static func fromValidUTF8(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { fromValidUTF8($0) }
    }
}
