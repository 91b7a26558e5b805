import CWinnowScan

/// A read block's bytes as a `String`, built from pieces so Swift's UTF-8 validation stays on its
/// fast path.
///
/// `String(decoding:as:)` first checks a buffer 8 bytes at a time for ASCII; one byte ≥ 0x80
/// anywhere sends the *whole* buffer through a byte-by-byte validator (~9 instructions a byte).
/// News text has a curly quote or dash every few hundred bytes, so every block took the slow
/// path: 44.6 M instructions of `_fromUTF8Repairing` on /tmp/cge (4.9 MB of text). Long ASCII
/// runs are decoded on their own (fast path) and appended; only the short stretches around
/// non-ASCII characters are validated byte by byte. Appending a `String` never validates again.
///
/// The result is the same string as `String(decoding: bytes, as: UTF8.self)`: pieces are cut only
/// before or after an ASCII byte, which is never inside a UTF-8 sequence nor inside an ill-formed
/// one (so even a repair would give the same U+FFFDs).
enum TextBlockString {
    /// ASCII runs at least this long go as a piece of their own: below it, the piece's allocation
    /// and append cost more than the byte-by-byte validation they spare (so a shorter buffer is decoded whole).
    static let minimumRun = 256

    static func make(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let n = bytes.count
        guard n >= minimumRun, let base = bytes.baseAddress else { return String(decoding: bytes, as: UTF8.self) }
        var out = ""
        var pending = 0   // start of the piece not yet appended (always before an ASCII byte or at 0)
        var i = 0         // an ASCII byte, or the end
        while i < n {
            let stop = winnow_ascii_run_end(base, i, n)
            if stop - i >= minimumRun {
                if i == 0 && stop == n { return String(decoding: bytes, as: UTF8.self) }   // all ASCII
                if out.isEmpty { out.reserveCapacity(n) }
                if i > pending { out.append(String(decoding: UnsafeBufferPointer(start: base + pending, count: i - pending), as: UTF8.self)) }
                out.append(String(decoding: UnsafeBufferPointer(start: base + i, count: stop - i), as: UTF8.self))
                pending = stop
            }
            i = stop
            while i < n && base[i] >= 0x80 { i += 1 }
        }
        if pending == 0 { return String(decoding: bytes, as: UTF8.self) }
        if pending < n { out.append(String(decoding: UnsafeBufferPointer(start: base + pending, count: n - pending), as: UTF8.self)) }
        return out
    }
}
