import CWinnowScan

/// A read block's bytes as a `String`, without validating them a second time.
///
/// The block is the normaliser's output (`TextNormalizer`), which is valid UTF-8 by construction:
/// every byte ≥ 0x80 it copies starts a sequence it checked against RFC 3629, and every other one
/// became U+FFFD. `String(decoding:as:)` validated it all again: its ASCII fast path gives up on
/// the first byte ≥ 0x80, and news text has a curly quote or dash every few hundred bytes, so most
/// of a block went through the byte-by-byte validator (`_fromUTF8Repairing`, 22.6 M instructions
/// on /tmp/cge even when built from ASCII pieces). `UTF8Span(unchecked:)` + `String(copying:)`
/// (SE-0464, public API) copy the bytes as they are.
///
/// The result is the same string as `String(decoding: bytes, as: UTF8.self)`, ASCII flag included
/// (an all-ASCII block is marked so, as that initialiser marks it, which keeps the stdlib's ASCII
/// fast paths for later slicing and indexing).
enum TextBlockString {
    /// `bytes` must be valid UTF-8 (the read stage hands on only the normaliser's output); a
    /// debug build checks it.
    static func make(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard !bytes.isEmpty else { return "" }
        // SE-0464 ships with the Swift 6.2 standard library (macOS 26 on Apple platforms); older
        // toolchains and systems take the validating initialiser: the same string, slower.
        #if compiler(>=6.2)
        if #available(macOS 26, iOS 26, tvOS 26, watchOS 26, visionOS 26, *) {
            assert((try? UTF8Span(validating: bytes.span)) != nil, "TextBlockString.make: invalid UTF-8")
            let ascii = winnow_ascii_run_end(bytes.baseAddress!, 0, bytes.count) == bytes.count
            return String(copying: UTF8Span(unchecked: bytes.span, isKnownASCII: ascii))
        }
        #endif
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A String that `fill` writes as bytes into a scratch buffer of `capacity` (returning how
    /// many it wrote), made by `make`: the bytes must be valid UTF-8, as pieces of valid Strings
    /// cut at scalar boundaries and joined by ASCII are. `String(unsafeUninitializedCapacity:)`
    /// validates every byte again (the reflow's merged lines, a story's body: `BodyRun`).
    static func build(capacity: Int, _ fill: (UnsafeMutableBufferPointer<UInt8>) -> Int) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buf in
            let n = fill(buf)
            return make(UnsafeBufferPointer(rebasing: buf[..<n]))
        }
    }
}
