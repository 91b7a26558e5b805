/// CCNet-style line keys: the same boilerplate line, however cased, numbered or punctuated,
/// gets the same 64-bit key.
///
/// Used for `exact` rule matching, for spotting a repeated headline, and as the hook for learned
/// boilerplate (a corpus-wide pass counts keys per document; frequent keys are stripped).
/// Works on UTF-8 bytes: ASCII letters are lower-cased, each run of digits becomes one `0`, and
/// every run of ASCII punctuation, white space, NBSP or Unicode general punctuation (curly
/// quotes, dashes, ellipsis) becomes one separator; other non-ASCII bytes pass through as is.
public enum LineKey {
    /// The 64-bit FNV-1a hash of the normalised line.
    public static func hash(_ line: some StringProtocol) -> UInt64 {
        // Native strings and substrings: the byte loop (the splitter re-keys every merged
        // paragraph; the per-byte closure below cost ~10k instructions on one).
        if let h = line.utf8.withContiguousStorageIfAvailable(hash(bytes:)) { return h }
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        normalize(line) { byte in
            h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return h
    }

    /// The key of a line given as UTF-8 bytes (same value as `hash(String)`; no String is made):
    /// the key `LineScan` computes in its one pass over every line.
    public static func hash(bytes utf8: UnsafeBufferPointer<UInt8>) -> UInt64 {
        LineScan.counts(utf8).key
    }

    /// The key of a line with nothing but separators (blank or punctuation only).
    public static let emptyHash: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The normalised text itself (for tests and `explain` output).
    public static func normalized(_ line: some StringProtocol) -> String {
        var bytes: [UInt8] = []
        normalize(line) { bytes.append($0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Feeds the normalised bytes of `line` to `emit`, one at a time.
    @inline(__always)
    static func normalize(_ line: some StringProtocol, _ emit: (UInt8) -> Void) {
        let utf8 = Array(line.utf8)
        utf8.withUnsafeBufferPointer { normalizeBytes($0, emit) }
    }

    @inline(__always)
    static func normalizeBytes(_ utf8: UnsafeBufferPointer<UInt8>, _ emit: (UInt8) -> Void) {
        var pendingSpace = false
        var emitted = false
        var inDigits = false
        var skip = 0  // continuation bytes of a multi-byte separator still to skip
        var i = 0
        while i < utf8.count {
            let b = utf8[i]
            if skip > 0 { skip -= 1; i += 1; continue }
            var separator = false
            var out: UInt8? = b
            if b.isASCIIDigit {
                out = inDigits ? nil : 0x30
                inDigits = true
            } else {
                inDigits = false
                if b.isASCIIUpper { out = b | 0x20 }
                else if b < 0x80 && !b.isASCIILower { separator = true }
                else if b == 0xC2, i + 1 < utf8.count, utf8[i + 1] == 0xA0 { separator = true; skip = 1 }
                else if b == 0xE2, i + 1 < utf8.count, utf8[i + 1] == 0x80 || utf8[i + 1] == 0x81 {
                    separator = true; skip = 2  // U+2000–U+207F: spaces, dashes, quotes, bullets, ellipsis
                }
            }
            if separator {
                pendingSpace = emitted
            } else if let o = out {
                if pendingSpace { emit(0x20); pendingSpace = false }
                emit(o)
                emitted = true
            }
            i += 1
        }
    }
}
