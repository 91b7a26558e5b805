import CWinnowScan

/// Turns raw input bytes into clean UTF-8 text in one pass.
///
/// - invalid UTF-8 sequences become U+FFFD (counted, so a run can report how much it repaired);
/// - `\r\n` and lone `\r` become `\n`; a leading byte-order mark is dropped;
/// - NBSP (U+00A0) becomes a plain space: scrapers leave it between words and it would split tokens
///   and lines differently from what a reader sees;
/// - HTML character references a scraper left in the text (`&nbsp;`, `&amp;`, `&#8217;`) become
///   the characters a browser shows (`HTMLEntity`); a bare `&` (`AT&T`, `Q&A`) stays.
struct TextNormalizer {
    /// Replacement characters written for invalid bytes.
    private(set) var repairs = 0
    /// NUL bytes seen (a text dump has none; many of them mean a binary file).
    private(set) var nulBytes = 0

    /// Appends the normalised form of `input` to `out`. `atStart` drops a BOM.
    ///
    /// Most bytes need no change: runs of them (plain ASCII, tested 16 bytes at a time, and valid
    /// multi-byte sequences other than NBSP) are copied with one append each; only CR, NUL, NBSP
    /// and invalid bytes end a run. The read stage calls this once per line, so `out` grows
    /// geometrically here (`reserveCapacity` of exactly the next line's size made every append of
    /// a block copy the whole block so far).
    mutating func append(_ input: UnsafeBufferPointer<UInt8>, atStart: Bool, to out: inout [UInt8]) {
        var i = 0
        let n = input.count
        if atStart && n >= 3 && input[0] == 0xEF && input[1] == 0xBB && input[2] == 0xBF { i = 3 }
        guard i < n, let base = input.baseAddress else { return }
        let needed = out.count + n - i
        // 64 KiB at least: a block starts empty for every file, and doubling from a line's size
        // reallocated it ~15 times per file.
        if out.capacity < needed { out.reserveCapacity(Swift.max(needed, 2 * out.capacity, 1 << 16)) }
        var run = i   // start of the bytes copied unchanged, not yet appended
        @inline(__always) func flush(_ end: Int) {
            if end > run { out.append(contentsOf: UnsafeBufferPointer(start: base + run, count: end - run)) }
        }
        while i < n {
            // Bytes kept as they are (plain ASCII and valid multi-byte sequences other than NBSP)
            // up to the next one that needs a look (C, SSE2: `winnow_unchanged_run_end`).
            i = winnow_unchanged_run_end(base, i, n)
            guard i < n else { break }
            let b = base[i]
            if b < 0x80 {
                if b == 0x26 {
                    if let (length, decoded) = HTMLEntity.decode(input, at: i) {
                        flush(i)
                        switch decoded {
                        case .bytes(let b): out.append(contentsOf: b)
                        // The scalar's UTF-8 bytes, without a String on the read path.
                        case .scalar(let c): UTF8.encode(c) { out.append($0) }
                        }
                        i += length
                        run = i
                    } else { i &+= 1 }
                    continue
                }
                if b != 0x0D && b != 0 { i &+= 1; continue }
                flush(i)
                if b == 0x0D {
                    out.append(0x0A)
                    i += (i + 1 < n && base[i + 1] == 0x0A) ? 2 : 1
                } else { // NUL
                    nulBytes += 1
                    out.append(0x20)
                    i += 1
                }
                run = i
                continue
            }
            let len = Self.sequenceLength(input, at: i)
            if len == 0 {
                flush(i)
                repairs += 1
                out.append(0xEF); out.append(0xBF); out.append(0xBD)
                i += 1
                run = i
            } else if len == 2 && b == 0xC2 && base[i + 1] == 0xA0 {
                flush(i)
                out.append(0x20)
                i += 2
                run = i
            } else {
                i &+= len
            }
        }
        flush(n)
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
