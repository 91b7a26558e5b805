/// Turns raw input bytes into clean UTF-8 text in one pass.
///
/// - invalid UTF-8 sequences become U+FFFD (counted, so a run can report how much it repaired);
/// - `\r\n` and lone `\r` become `\n`; a leading byte-order mark is dropped;
/// - NBSP (U+00A0) becomes a plain space: scrapers leave it between words and it would split tokens
///   and lines differently from what a reader sees.
struct TextNormalizer {
    /// Replacement characters written for invalid bytes.
    private(set) var repairs = 0
    /// NUL bytes seen (a text dump has none; many of them mean a binary file).
    private(set) var nulBytes = 0

    /// Appends the normalised form of `input` to `out`. `atStart` drops a BOM.
    mutating func append(_ input: UnsafeBufferPointer<UInt8>, atStart: Bool, to out: inout [UInt8]) {
        var i = 0
        let n = input.count
        if atStart && n >= 3 && input[0] == 0xEF && input[1] == 0xBB && input[2] == 0xBF { i = 3 }
        out.reserveCapacity(out.count + n - i)
        while i < n {
            let b = input[i]
            if b < 0x80 {
                // ASCII fast path: copy the run up to the next special byte.
                var j = i
                while j < n, input[j] < 0x80, input[j] != 0x0D, input[j] != 0 { j += 1 }
                if j > i { out.append(contentsOf: UnsafeBufferPointer(rebasing: input[i..<j])); i = j; continue }
                if b == 0x0D {
                    out.append(0x0A)
                    i += (i + 1 < n && input[i + 1] == 0x0A) ? 2 : 1
                } else { // NUL
                    nulBytes += 1
                    out.append(0x20)
                    i += 1
                }
                continue
            }
            let len = Self.sequenceLength(input, at: i)
            if len == 0 {
                repairs += 1
                out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                i += 1
            } else if len == 2 && b == 0xC2 && input[i + 1] == 0xA0 {
                out.append(0x20)
                i += 2
            } else {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: input[i..<(i + len)]))
                i += len
            }
        }
    }

    /// Length of the valid UTF-8 sequence starting at `i`, or 0 if it is invalid (RFC 3629:
    /// no overlongs, no surrogates, nothing above U+10FFFF).
    @inline(__always)
    static func sequenceLength(_ s: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let b0 = s[i]
        let n = s.count
        @inline(__always) func cont(_ k: Int) -> Bool { k < n && s[k] & 0xC0 == 0x80 }
        switch b0 {
        case 0xC2...0xDF:
            return cont(i + 1) ? 2 : 0
        case 0xE0:
            return i + 1 < n && (0xA0...0xBF).contains(s[i + 1]) && cont(i + 2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF:
            return cont(i + 1) && cont(i + 2) ? 3 : 0
        case 0xED:
            return i + 1 < n && (0x80...0x9F).contains(s[i + 1]) && cont(i + 2) ? 3 : 0
        case 0xF0:
            return i + 1 < n && (0x90...0xBF).contains(s[i + 1]) && cont(i + 2) && cont(i + 3) ? 4 : 0
        case 0xF1...0xF3:
            return cont(i + 1) && cont(i + 2) && cont(i + 3) ? 4 : 0
        case 0xF4:
            return i + 1 < n && (0x80...0x8F).contains(s[i + 1]) && cont(i + 2) && cont(i + 3) ? 4 : 0
        default:
            return 0
        }
    }
}
