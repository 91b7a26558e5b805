import CWinnowScan

/// Cheap byte-level facts about a line, shared by the classifier and the splitter.
///
/// Everything here is one pass over the line's UTF-8 bytes (or over its last few bytes), so the
/// splitter can afford to compute it for every line, long prose lines included.
enum LineText {
    /// The line without leading/trailing white space (ASCII, NBSP).
    static func trimmed(_ s: Substring) -> Substring {
        var start = s.startIndex, end = s.endIndex
        while start < end, s[start].isWhitespace { start = s.index(after: start) }
        while end > start, s[s.index(before: end)].isWhitespace { end = s.index(before: end) }
        return s[start..<end]
    }

    /// The form literal rules are compared with: ASCII lower-cased, curly quotes made straight,
    /// white-space runs collapsed to one space. Punctuation is kept, unlike `LineKey`, so that a
    /// suffix such as `(afp/file)` cannot match prose that merely ends in "AFP file".
    static func fold(_ s: some StringProtocol) -> String {
        var out: [UInt8] = []
        let bytes = Array(s.utf8)
        _ = bytes.withUnsafeBufferPointer { fold(bytes: $0, into: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    /// `fold` on bytes, into an array (replaced). Returns the `ByteMask` of the folded bytes.
    /// For tests and setup; the classifier's hot path calls `foldWithPairs` on its own scratch.
    @discardableResult
    static func fold(bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) -> ByteMask {
        out.removeAll(keepingCapacity: true)
        var mask = ByteMask()
        // Written through a raw pointer: `append` per byte (capacity and uniqueness checks) cost
        // about as much as the folding itself. Folding never lengthens a line.
        out = [UInt8](unsafeUninitializedCapacity: Swift.max(bytes.count, out.capacity)) { buf, count in
            (count, mask) = fold(bytes: bytes, to: buf.baseAddress!)
        }
        return mask
    }

    /// The one multi-byte mapping both folds share: curly quotes and en/em dashes to their ASCII
    /// forms, NBSP to a space; `i` moves to the scalar's last byte. Other bytes come back as they are.
    @inline(__always)
    static func foldPunctuation(_ bytes: UnsafeBufferPointer<UInt8>, at i: inout Int, lead b: UInt8) -> UInt8 {
        let n = bytes.count
        if b == 0xE2, i + 2 < n, bytes[i + 1] == 0x80 {
            switch bytes[i + 2] {
            case 0x98, 0x99: i += 2; return 0x27          // ‘ ’ → '
            case 0x9C, 0x9D: i += 2; return 0x22          // “ ” → "
            case 0x93, 0x94: i += 2; return 0x2D          // – — → -
            default: return b
            }
        }
        if b == 0xC2, i + 1 < n, bytes[i + 1] == 0xA0 { i += 1; return 0x20 }
        return b
    }

    /// `fold` of `bytes` written to `dst` (room for `bytes.count` bytes): the folded length and mask.
    @inline(__always)
    static func fold(bytes: UnsafeBufferPointer<UInt8>, to dst: UnsafeMutablePointer<UInt8>) -> (Int, ByteMask) {
        var lo: UInt64 = 0, hi: UInt64 = 0
        var space = false
        var o = 0
        var i = 0
        let n = bytes.count
        while i < n {
            var b = bytes[i]
            if b >= 0x80 { b = foldPunctuation(bytes, at: &i, lead: b) }
            if b == 0x20 || b == 0x09 {
                space = o != 0
            } else {
                if space { dst[o] = 0x20; o += 1; space = false; lo |= 1 << 0x20 }
                let l = b.isASCIIUpper ? b | 0x20 : b
                dst[o] = l; o += 1
                if l < 64 { lo |= 1 << UInt64(l) } else if l < 128 { hi |= 1 << UInt64(l - 64) }
            }
            i += 1
        }
        return (o, ByteMask(lo: lo, hi: hi))
    }

    /// `fold(bytes:to:)` and the tests' reference `PairTable.fill` of its output in ONE pass: the folded length;
    /// `pairs` (a `PairTable`'s slots) gets the folded line's byte pairs, and in its byte row
    /// (`PairTable.byteRow`) its bytes (the ASCII ones are what `fold` returns as the mask), marked with `stamp`.
    /// Printable ASCII and single spaces (most bytes of every line) take a short path in C
    /// (`winnow_fold_plain`: 16 bytes lower-cased and stored at once, then a store for each byte's
    /// pair and one for its byte slot; the Swift 8-byte blocks it replaced cost ~12 instructions a
    /// byte); the rest goes through the same cases as `fold`. Results are identical to the two separate passes (CleaningFastPathTests).
    @inline(__always)
    static func foldWithPairs(bytes: UnsafeBufferPointer<UInt8>, to dst: UnsafeMutablePointer<UInt8>,
                              pairs: UnsafeMutablePointer<UInt8>, stamp: UInt8) -> Int {
        guard let src = bytes.baseAddress else { return 0 }
        let byteRow = pairs + PairTable.byteRow
        var space = false
        var o = 0
        var i = 0
        // The pair row of the previous folded byte (`PairTable.noPrevious` before the first).
        var prev = PairTable.noPrevious
        let n = bytes.count
        while i < n {
            if !space && src[i] &- 0x21 < 0x5F {
                // Printable ASCII and single spaces between such bytes (prose): their fold is their
                // lower-cased bytes, 16 at a time in C (`winnow_fold_plain`), pairs and byte slots
                // marked as below. It takes the run up to its last printable byte.
                winnow_fold_plain(src, n, &i, dst, &o, pairs, PairTable.byteRow, stamp, &prev)
                if i == n { break }
            }
            var b = src[i]
            if b &- 0x21 < 0x5F {   // printable ASCII but space, 0x21...0x7F
                if space {
                    // The collapsed white space before this byte.
                    dst[o] = 0x20
                    pairs[prev | 0x20] = stamp
                    byteRow[0x20] = stamp
                    o &+= 1; prev = 0x20 << 7; space = false
                }
                let l = b &- 0x41 < 26 ? b | 0x20 : b
                dst[o] = l
                pairs[prev | Int(l)] = stamp
                byteRow[Int(l)] = stamp
                o &+= 1; prev = Int(l) << 7
                i &+= 1
                continue
            }
            if b == 0x20 { space = o != 0; i &+= 1; continue }
            if b >= 0x80 { b = foldPunctuation(bytes, at: &i, lead: b) }
            if b == 0x20 || b == 0x09 {
                space = o != 0
            } else {
                if space {
                    dst[o] = 0x20
                    pairs[prev | 0x20] = stamp
                    byteRow[0x20] = stamp
                    o += 1; prev = 0x20 << 7; space = false
                }
                let l = b.isASCIIUpper ? b | 0x20 : b
                dst[o] = l
                pairs[prev | Int(l & 0x7F)] = stamp
                byteRow[Int(l)] = stamp
                o += 1; prev = Int(l & 0x7F) << 7
            }
            i += 1
        }
        return o
    }

    /// Byte range of `bytes` without leading/trailing white space: ASCII white space and the
    /// Unicode spaces (NBSP, U+2000–U+200A, U+2028/9, U+202F, U+205F, U+3000, U+0085, U+1680),
    /// the same set `Character.isWhitespace` trims in `trimmed`.
    static func trimmedRange(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var start = 0, end = bytes.count
        while start < end, let w = whitespaceLength(bytes, at: start) { start += w }
        while end > start {
            // Step back over one scalar: find its first byte.
            var s = end - 1
            while s > start, bytes[s] & 0xC0 == 0x80 { s -= 1 }
            guard let w = whitespaceLength(bytes, at: s), s + w == end else { break }
            end = s
        }
        return start..<end
    }

    /// Length in bytes of the white-space scalar at `i`, or nil.
    @inline(__always)
    static func whitespaceLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        let c = b[i]
        if c == 0x20 || (c >= 0x09 && c <= 0x0D) { return 1 }
        if c < 0x80 { return nil }
        let n = b.count
        if c == 0xC2, i + 1 < n, b[i + 1] == 0xA0 || b[i + 1] == 0x85 { return 2 }
        if c == 0xE2, i + 2 < n {
            let c1 = b[i + 1], c2 = b[i + 2]
            if c1 == 0x80, c2 <= 0x8A || c2 == 0xA8 || c2 == 0xA9 || c2 == 0xAF { return 3 }
            if c1 == 0x81, c2 == 0x9F { return 3 }
        }
        if c == 0xE3, i + 2 < n, b[i + 1] == 0x80, b[i + 2] == 0x80 { return 3 }
        if c == 0xE1, i + 2 < n, b[i + 1] == 0x9A, b[i + 2] == 0x80 { return 3 }
        return nil
    }


    /// The bytes of at least the last `count` characters (2 × count scalars: room for combining marks).
    /// Walks back eight bytes at a time while the scalar starts in them (bytes other than
    /// 10xxxxxx, counted with one popcount) keep the total under the goal, then byte by byte.
    static func lastCharacters(_ bytes: UnsafeBufferPointer<UInt8>, _ count: Int) -> UnsafeBufferPointer<UInt8> {
        let goal = 2 * count
        var scalars = 0, i = bytes.count
        if let base = bytes.baseAddress {
            while i >= 8 {
                let starts = 8 - ByteScan.continuationCount(ByteScan.load(base, i - 8))
                if scalars + starts >= goal { break }
                scalars += starts
                i -= 8
            }
        }
        while i > 0 && scalars < goal {
            i -= 1
            if bytes[i] & 0xC0 != 0x80 { scalars += 1 }
        }
        return UnsafeBufferPointer(rebasing: bytes[i...])
    }

    /// Number of white-space separated words.
    static func wordCount(_ s: some StringProtocol) -> Int {
        SplitText.withBytes(s) { wordCount($0) }
    }

    /// `wordCount` of UTF-8 bytes.
    static func wordCount(_ u: UnsafeBufferPointer<UInt8>) -> Int {
        var n = 0, inWord = false
        for b in u {
            if b == 0x20 || b == 0x09 { inWord = false } else if !inWord { inWord = true; n += 1 }
        }
        return n
    }

    /// Leading blanks (spaces and tabs, one column each) of a line's bytes: its indent.
    static func leadingBlankCount(_ u: UnsafeBufferPointer<UInt8>) -> Int {
        var n = 0
        while n < u.count && (u[n] == 0x20 || u[n] == 0x09) { n += 1 }
        return n
    }

    /// How a line ends, ignoring closing quotes and brackets.
    enum Ending { case sentence, question, open }

    /// `.`/`;`/`:`/`,`/`…` end a sentence or clause; `!`/`?` are kept apart because headlines
    /// often end in them; anything else (a letter, a digit) is an open end, typical of headlines.
    static func ending(_ s: some StringProtocol) -> Ending {
        // The splitter asks this several times per line: read the last bytes when they settle it.
        if let fast = s.utf8.withContiguousStorageIfAvailable(endingOfBytes), let e = fast { return e }
        return endingOfCharacters(s)
    }

    /// `ending` of a line given as UTF-8 bytes.
    static func ending(bytes u: UnsafeBufferPointer<UInt8>) -> Ending {
        endingOfBytes(u) ?? endingOfCharacters(String(decoding: u, as: UTF8.self))
    }

    /// `ending` by Characters (the definition; `endingOfBytes` agrees wherever it answers).
    static func endingOfCharacters(_ s: some StringProtocol) -> Ending {
        for ch in s.reversed() {
            switch ch {
            case "\"", "'", "”", "’", ")", "]", "»", " ", "*": continue
            case ".", ";", ":", ",", "…": return .sentence
            case "!", "?": return .question
            default: return .open
            }
        }
        return .open
    }

    /// `ending` read off the UTF-8 bytes, or nil when that takes grapheme rules (then the caller
    /// walks Characters). A scalar is a Character of its own here when the byte before it is ASCII
    /// or absent: an ASCII scalar only joins a following LF (CR LF, which is not a sentence end
    /// either) and no character this looks at is an extending mark; a non-ASCII neighbour could be
    /// a prepended or combining one, so that case, and any other non-ASCII end, is left to Characters.
    static func endingOfBytes(_ u: UnsafeBufferPointer<UInt8>) -> Ending? {
        var end = u.count
        while end > 0 {
            let b = u[end - 1]
            var start = end - 1
            var skip = false
            var result = Ending.open
            if b < 0x80 {
                switch b {
                case 0x22, 0x27, 0x29, 0x5D, 0x20, 0x2A: skip = true               // " ' ) ] space *
                case 0x2E, 0x3B, 0x3A, 0x2C: result = .sentence                     // . ; : ,
                case 0x21, 0x3F: result = .question                                 // ! ?
                default: result = .open
                }
            } else if end >= 3 && u[end - 3] == 0xE2 && u[end - 2] == 0x80 && (b == 0x9D || b == 0x99 || b == 0xA6) {
                start = end - 3
                if b == 0xA6 { result = .sentence } else { skip = true }          // … / ” ’
            } else if end >= 2 && u[end - 2] == 0xC2 && b == 0xBB {
                start = end - 2
                skip = true                                                         // »
            } else {
                return nil
            }
            if start > 0 && u[start - 1] >= 0x80 { return nil }
            if !skip { return result }
            end = start
        }
        return .open
    }

    /// Where the text ends before its closing quotes (`"`, `'`, `”`, `’`) and, with `brackets`,
    /// closing parentheses: the end the last mark of a quoted sentence is read at (`… he said.”`).
    static func endBeforeClosingQuotes(_ u: UnsafeBufferPointer<UInt8>, brackets: Bool = false) -> Int {
        var e = u.count
        while e > 0 {
            let b = u[e - 1]
            if b == 0x22 || b == 0x27 || brackets && b == 0x29 {
                e -= 1
            } else if e >= 3 && u[e - 3] == 0xE2 && u[e - 2] == 0x80 && (b == 0x9D || b == 0x99) {
                e -= 3  // ” or ’
            } else {
                break
            }
        }
        return e
    }

    /// True when the line starts with an upper-case letter, a digit or an opening quote.
    static func startsCapitalised(_ s: some StringProtocol) -> Bool {
        if let fast = s.utf8.withContiguousStorageIfAvailable(startsCapitalisedBytes), let r = fast { return r }
        return startsCapitalisedCharacters(s)
    }

    /// `startsCapitalised` of a line's UTF-8 bytes.
    static func startsCapitalised(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        startsCapitalisedBytes(u) ?? startsCapitalisedCharacters(String(decoding: u, as: UTF8.self))
    }

    /// A short label's shape (a menu link, a site's name): the first byte an ASCII capital or a
    /// non-ASCII letter's lead byte, and no ASCII byte of `refused` anywhere (what a label may not
    /// hold: digits, sentence punctuation, …). Bytes, not Characters: run on every short kept line.
    static func opensCapitalisedLabel(_ u: UnsafeBufferPointer<UInt8>, refusing refused: ByteSet) -> Bool {
        guard let f = u.first, f.isASCIIUpper || f >= 0xC0 else { return false }
        for b in u where b < 0x80 && refused.contains(b) { return false }
        return true
    }

    /// `startsCapitalised` by Characters (the definition).
    static func startsCapitalisedCharacters(_ s: some StringProtocol) -> Bool {
        guard let ch = s.first(where: { !"\"'‘“(«".contains($0) }) else { return false }
        return ch.isUppercase || ch.isNumber
    }

    /// The scalar `u` opens with and its length, when it is a Character of its own whenever an
    /// ASCII byte (or nothing) follows: two-byte scalars (U+0080–U+07FF) and U+2000–U+2FFF,
    /// except the prepended concatenation marks among them (U+0600–U+0605, U+06DD, U+070F), which
    /// join the character after them. nil for anything else.
    static func leadingStandaloneScalar(_ u: UnsafeBufferPointer<UInt8>) -> (Unicode.Scalar, Int)? {
        guard let b = u.first else { return nil }
        var value: UInt32, length: Int
        if b >= 0xC2 && b <= 0xDF, u.count >= 2, u[1] & 0xC0 == 0x80 {
            value = UInt32(b & 0x1F) << 6 | UInt32(u[1] & 0x3F); length = 2
            if (0x600...0x605).contains(value) || value == 0x6DD || value == 0x70F { return nil }
        } else if b == 0xE2, u.count >= 3, u[1] & 0xC0 == 0x80, u[2] & 0xC0 == 0x80 {
            value = 0x2000 | UInt32(u[1] & 0x3F) << 6 | UInt32(u[2] & 0x3F); length = 3
        } else {
            return nil
        }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }

    /// `startsCapitalised` read off the UTF-8 bytes, or nil when that takes grapheme rules: a
    /// scalar followed by an ASCII byte (or nothing) is a Character of its own (ASCII never
    /// extends the one before it; CR LF is neither a capital nor a digit, like CR).
    static func startsCapitalisedBytes(_ u: UnsafeBufferPointer<UInt8>) -> Bool? {
        var i = 0
        let n = u.count
        while i < n {
            let b = u[i]
            var next = i + 1
            var skip = false
            if b < 0x80 {
                skip = b == 0x22 || b == 0x27 || b == 0x28                           // " ' (
            } else if i + 2 < n && b == 0xE2 && u[i + 1] == 0x80 && (u[i + 2] == 0x98 || u[i + 2] == 0x9C) {
                next = i + 3; skip = true                                           // ‘ “
            } else if i + 1 < n && b == 0xC2 && u[i + 1] == 0xAB {
                next = i + 2; skip = true                                           // «
            } else if i == 0, let (scalar, length) = leadingStandaloneScalar(u) {
                // A line opening with a non-ASCII letter, digit or mark (`É`, `Ж`, `—`, `•`): the
                // Character's own properties, as `startsCapitalisedCharacters` reads them,
                // without making a String of the line (~8k instructions a line).
                if length < n && u[length] >= 0x80 { return nil }
                let ch = Character(scalar)
                return ch.isUppercase || ch.isNumber
            } else {
                return nil
            }
            if next < n && u[next] >= 0x80 { return nil }
            if !skip { return b.isASCIIUpper || b.isASCIIDigit }
            i = next
        }
        return false
    }
}
