import CWinnowScan

/// Key, word count and scalar count of a line in ONE pass over its bytes.
///
/// `LineKey.hash(bytes:)`, `LineText.wordCount` and `LineText.scalarCount` each walked every
/// line; here one scan (`winnow_line_scan`, C with SSE2, Sources/CWinnowScan) does all three: a run
/// of ASCII letters and single spaces (most bytes of prose) is found 16 bytes at a time and hashed
/// with the FNV step alone (its words are its spaces), and only other bytes go through the state
/// machine. Results are identical to the separate functions (tested in CleaningFastPathTests).
/// Folding stays a pass of its own (`LineText.fold`): fused in here too it measured slower
/// (register pressure), and it only runs on lines short enough for some rule family.
struct LineScan {
    var key: UInt64 = 0
    var words = 0
    var scalars = 0

    /// Scans `line` (valid UTF-8: multi-byte separators are taken whole).
    static func counts(_ line: UnsafeBufferPointer<UInt8>) -> LineScan {
        counts(line, after: LineKey.emptyHash, emitted: false)
    }

    /// The key of `head + " " + line`, given `head`'s key and `hasKey(head)`: after a separator the
    /// key's state is just the hash so far and whether anything was hashed (a digit run or a
    /// pending separator ends at it), so `head` is not read again (`Reflow` re-keys a merged
    /// paragraph from its first line's key).
    static func key(of line: UnsafeBufferPointer<UInt8>, after head: UInt64, emitted: Bool) -> UInt64 {
        counts(line, after: head, emitted: emitted).key
    }

    /// The scan from the key state `h`, `emitted` after a separator: `winnow_line_scan` (C, SSE2),
    /// whose runs of letters and single spaces are classified 16 bytes at a time and then hashed
    /// with the FNV step alone (the Swift loop it replaced tested 8-byte blocks: ~14 instructions
    /// a byte on dev A, where the hash step is 3).
    @inline(__always)
    private static func counts(_ line: UnsafeBufferPointer<UInt8>, after h0: UInt64, emitted e0: Bool) -> LineScan {
        guard let base = line.baseAddress, line.count > 0 else { return LineScan(key: h0) }
        let c = winnow_line_scan(base, line.count, h0, e0)
        var r = LineScan()
        r.key = c.key; r.words = Int(c.words); r.scalars = Int(c.scalars)
        return r
    }

    /// True when `line` holds more than `limit` scalars, counted 16 bytes a step in C and only as
    /// far as needed: the learned pass asks it of every line (an 8-byte Swift loop was half of that
    /// scan's own instructions), as do the reflow and the title-case sentence check.
    @inline(__always)
    static func widerThan(_ limit: Int, _ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line.count > limit, let base = line.baseAddress else { return false }
        return limit < 0 || winnow_wider_than(base, line.count, limit)
    }

    /// Whether `counts(line).key` hashes any byte (is not `LineKey.emptyHash`): the line holds an
    /// ASCII letter or digit, or a non-ASCII byte outside the separators `counts` skips (NBSP,
    /// U+2000–U+207F). Settled on the first such byte: for prose, the first.
    static func hasKey(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = line.count
        var i = 0
        while i < n {
            let b = line[i]
            if b < 0x80 {
                if (b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10 { return true }
                i &+= 1
            } else if b == 0xC2, i + 1 < n, line[i + 1] == 0xA0 {
                i &+= 2
            } else if b == 0xE2, i + 1 < n, line[i + 1] == 0x80 || line[i + 1] == 0x81 {
                i &+= 3
            } else {
                return true
            }
        }
        return false
    }

}
