import Foundation

/// Scalar-level line measures for the splitter's hot loop.
///
/// `String.count` and `split` walk grapheme clusters, which cost more than all the boundary
/// features together on a dump. Unicode scalars are close enough for widths and word shapes.
enum SplitText {
    /// Length in Unicode scalars: UTF-8 bytes that do not continue a sequence. The splitter's one
    /// display width (headline length, wrap width, reflow test).
    static func width(_ s: some StringProtocol) -> Int {
        withBytes(s) { scalarCount($0) }
    }

    /// `width` on bytes: lead bytes counted eight at a time (an ASCII chunk at once).
    static func scalarCount(_ u: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = u.baseAddress else { return 0 }
        var leads = 0, k = 0
        while k + 8 <= u.count {
            leads += 8 - ByteScan.continuationCount(ByteScan.load(base, k))
            k += 8
        }
        while k < u.count { if u[k] & 0xC0 != 0x80 { leads += 1 }; k += 1 }
        return leads
    }

    /// Width of the first word (leading blanks skipped), in scalars.
    static func firstWordWidth(_ s: some StringProtocol) -> Int {
        withBytes(s) { firstWordWidth($0) }
    }

    static func firstWordWidth(_ u: UnsafeBufferPointer<UInt8>) -> Int {
        var k = 0
        while k < u.count && (u[k] == 0x20 || u[k] == 0x09) { k += 1 }
        var n = 0
        while k < u.count && u[k] != 0x20 && u[k] != 0x09 {
            if u[k] & 0xC0 != 0x80 { n += 1 }
            k += 1
        }
        return n
    }

    /// Runs `body` over the string's UTF-8 bytes in place (copied once if it is not stored
    /// contiguously): a buffer walk is several times cheaper than iterating `String.UTF8View`.
    @inline(__always)
    static func withBytes<S: StringProtocol, R>(_ s: S, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        // A line (`ClassifiedLine.text`, `.content`) is a Substring of its block: its bytes are
        // found through the block's storage and the slice's offsets (the Substring's own
        // `withContiguousStorageIfAvailable` is a generic `Slice` walk, several times slower).
        // `S` is known where this is specialised, so the cast costs nothing.
        if let sub = s as? Substring {
            let base = sub.base.utf8
            let from = base.distance(from: base.startIndex, to: sub.startIndex)
            let to = base.distance(from: base.startIndex, to: sub.endIndex)
            if let r = base.withContiguousStorageIfAvailable({ body(UnsafeBufferPointer(rebasing: $0[from..<to])) }) { return r }
        }
        if let r = s.utf8.withContiguousStorageIfAvailable(body) { return r }
        var copy = String(s)
        return copy.withUTF8(body)
    }

    /// `parts.joined(separator: "\n")` into a String reserved at its final size: the generic
    /// `joined` regrows it, and a String built from raw bytes checks their UTF-8 again, where
    /// appending a Substring (valid already) copies its bytes.
    ///
    /// Each append costs a fixed few hundred instructions whatever its length, so a part whose
    /// own line break follows it in its text (a line read from the input) is appended with that
    /// break, as one slice: one append per line instead of two.
    static func joinedLines(_ parts: [Substring]) -> String {
        var bytes = max(0, parts.count - 1)
        for p in parts { bytes += p.utf8.count }
        var out = String()
        out.reserveCapacity(bytes)
        for (k, p) in parts.enumerated() {
            guard k < parts.count - 1 else { out.append(contentsOf: p); break }
            let text = p.base.utf8
            // A break after LF is always a Character boundary: the slice ends where the bytes do.
            if p.endIndex < text.endIndex && text[p.endIndex] == 0x0A {
                out.append(contentsOf: p.base[p.startIndex..<text.index(after: p.endIndex)])
            } else {
                out.append(contentsOf: p)
                out.append("\n")
            }
        }
        return out
    }

    /// True when a line starting at byte `next` of `storage` follows a run of `base` ending at
    /// byte `end` (`StorySplitter.Builder`): the same String (equal bits are one storage, or for a
    /// small string equal bytes, which join the same way: two loads, not a walk of the contents),
    /// with a `\n` at `end` right before `next`.
    @inline(__always)
    static func follows(_ next: Int, in storage: String, _ base: String, _ end: Int) -> Bool {
        guard next == end + 1,
              unsafeBitCast(storage, to: (UInt64, UInt64).self) == unsafeBitCast(base, to: (UInt64, UInt64).self)
        else { return false }
        let u = base.utf8
        return end < u.count && (u.withContiguousStorageIfAvailable { $0[end] } ?? u[u.index(u.startIndex, offsetBy: end)]) == 0x0A
    }

    /// `s` without leading and trailing blanks (tab and Unicode space separators: what
    /// `trimmingCharacters(in: .whitespaces)` removes), walking scalars instead of bridging to
    /// NSString.
    static func trimmingBlanks(_ s: some StringProtocol) -> Substring {
        func blank(_ u: Unicode.Scalar) -> Bool {
            u.isASCII ? (u == " " || u == "\t") : u.properties.generalCategory == .spaceSeparator
        }
        let s = Substring(s)
        let v = s.unicodeScalars
        guard let first = v.firstIndex(where: { !blank($0) }) else { return s[s.endIndex...] }
        let last = v.lastIndex(where: { !blank($0) })!
        return Substring(v[first...last])
    }

    /// The line ends with a photo credit: a `Name/Agency` slash (a letter, `/`, a capital) among
    /// its last `tail` bytes (`… in Kabul [Mohammad Ismail/Reuters]`, `… REUTERS/Jim Bourg/File
    /// Photo`, `… Photograph: Justin Lane/EPA`), or a sentence followed by a short capitalised
    /// group in brackets (`… on Tuesday. (Sipa USA)`, `… any U.S. (Redux)`): prose closes a
    /// sentence before a bracket, a caption puts its agency after it. Captions end so; headlines
    /// almost never do.
    static func endsWithCredit(_ s: some StringProtocol, tail: Int = 40) -> Bool {
        withBytes(s) { endsWithCredit($0, tail: tail) }
    }

    static func endsWithCredit(_ u: UnsafeBufferPointer<UInt8>, tail: Int = 40) -> Bool {
        var end = u.count
        while end > 0 && (u[end - 1] == 0x20 || u[end - 1] == 0x09) { end -= 1 }
        guard end >= 3 else { return false }
        // The slashes found with `memchr` (most tails have none: one call, no byte loop).
        var k = max(1, end - tail)
        let base = u.baseAddress!
        var slash = false
        while k < end - 1, let hit = memchr(base + k, 0x2F, end - 1 - k) {
            slash = true
            k = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
            if u[k - 1].isASCIILetter && u[k + 1].isASCIIUpper && !runsOnAsProse(u, from: k + 1, end: end) { return true }
            k += 1
        }
        // A spaced credit's slash lies in the span just searched (`endsWithSpacedCredit` looks at
        // `max(2, end - tail)...end - 3`): with no slash there, its backward byte walk over the
        // tail (~480 instructions a body line, 13 M on three e2e dumps) cannot find one.
        return endsWithBracketCredit(u, end: end, tail: tail) || slash && endsWithSpacedCredit(u, end: end, tail: tail)
    }

    /// Words a credit's slash may run on in lower case (`REUTERS/Jane Doe via Getty`, `… Doe and
    /// John Roe`): more than this after the slash and the line is a sentence naming a poll or a
    /// pair (`… according to a Reuters/Ipsos opinion poll released on Tuesday.`), no credit
    /// (allsides-dev: five Reuters ledes read as captions, the picture's caption under them as
    /// the next story's headline).
    static let creditLowerWords = 2

    /// The text from `from` to `end` (past a credit's slash) holds more than `creditLowerWords`
    /// words opening in lower case, or closes a sentence on one (`… a Reuters/Ipsos poll.`):
    /// prose, where a credit names people and agencies (`… Doe via Getty`, `… Ismail/Reuters.`).
    @inline(__always)
    private static func runsOnAsProse(_ u: UnsafeBufferPointer<UInt8>, from: Int, end: Int) -> Bool {
        var lower = 0
        var lastLower = false  // the latest word opened in lower case
        var k = from
        while k < end - 1 {
            if u[k] == 0x20 {
                lastLower = u[k + 1].isASCIILower
                if lastLower { lower += 1 }
                if lower > creditLowerWords { return true }
            }
            k += 1
        }
        return lastLower && u[end - 1] == 0x2E
    }

    /// `… sentence. (Agency Name)`: `.` or `!`/`?`, a blank, `(` or `[`, a capital, at most `tail`
    /// bytes and no sentence punctuation to the closing bracket at `end - 1`.
    private static func endsWithBracketCredit(_ u: UnsafeBufferPointer<UInt8>, end: Int, tail: Int) -> Bool {
        guard let k = creditGroupOpen(u, end: end, tail: tail, plain: true), u[k + 1].isASCIIUpper else { return false }
        let p = u[k - 2]
        return p == 0x2E || p == 0x21 || p == 0x3F
    }

    /// Where the bracket group that closes the text at `end - 1` (`end` ≥ 1) opens: the opening
    /// bracket's index, within `tail` bytes of `end`, with a blank before it and a byte before that
    /// (two with `plain`; the caller reads its sentence's stop at `open - 2`). The one scan of the two
    /// tests that read a credit in brackets after a caption's sentence:
    /// - `plain`: a bare credit (`endsWithBracketCredit`: `(Sipa USA)`, `[Reuters]`): round or
    ///   square brackets, and no stop, comma, semicolon or bracket inside (prose goes on there).
    /// - not `plain`: a credit naming its source (`BoundaryPlanner.endsWithViaCredit`: `(Courtesy
    ///   of J. Doe via AP)`): round brackets, anything inside up to the nearest `(`.
    @inline(__always)
    static func creditGroupOpen(_ u: UnsafeBufferPointer<UInt8>, end: Int, tail: Int, plain: Bool) -> Int? {
        let close = u[end - 1]
        guard close == 0x29 || plain && close == 0x5D else { return nil }
        var k = end - 2
        while k > 0 && end - k <= tail {
            let b = u[k]
            // The via form's caller reads only its stop at `open - 2`: a line opening `. (` is one;
            // the plain form keeps a byte before that stop.
            if b == 0x28 || plain && b == 0x5B { return k >= (plain ? 3 : 2) && u[k - 1] == 0x20 ? k : nil }
            if plain && (b == 0x2E || b == 0x29 || b == 0x5D || b == 0x2C || b == 0x3B) { return nil }
            k -= 1
        }
        return nil
    }

    /// The line holds a sentence break before its end: `?` or `!`, or `.` after a lower-case word of
    /// 3+ letters or a capitalised one of 5+ (not `Mr.`, `Sen.`, `U.S.`, `V.`), a blank, then a
    /// capital or an opening quote
    /// (`I have OCD. Here's how I cope.`, `Relief or Bailout? The predicament of …`). Two short
    /// sentences on one line under a headline's length read as a headline and its deck, or a
    /// headline in two beats.
    ///
    /// One of three tests for a sentence's end inside a line. Their callers ask different
    /// questions and the tests answer differently on the same bytes, so they stay three:
    /// - this one sets a boundary feature (`twoSentences`) on lines that may be headlines, so it
    ///   asks most: a second sentence must open (a capital or a quote), and the word before a `.`
    ///   must be a word and no abbreviation (`Sen. Joe Roe`, `U.S. Army` stay one sentence; a
    ///   number before the stop does not count).
    /// - `Reflow.hasInnerSentenceEnd` tells a header line from a wrapped paragraph's tail: a
    ///   credit that finishes a caption's sentence begun above (`Dec. 23, 2015. J Pat Carter / AP`)
    ///   ends on a year, and what follows is a name in any case: any stop after a lower-case
    ///   letter or a digit counts, and a line with one is no header line of its own.
    /// - `CaptionSentence.reads` asks the opposite, that a line is exactly one sentence, word by
    ///   word: every word but the last is no sentence end, where a stop inside closing quotes or
    ///   brackets counts and `?` does not (a question is a headline, not a caption).
    static func hasInnerSentenceBreak(_ s: some StringProtocol) -> Bool {
        withBytes(s) { hasInnerSentenceBreak($0) }
    }

    static func hasInnerSentenceBreak(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        let end = sentenceEnd(u)
        var k = 3
        let base = u.baseAddress
        while k + 2 < end {
            // Eight bytes at a time to the next `.`, `?` or `!` (most bytes are none).
            if k + 8 <= end, let base {
                let m = sentenceMarks(ByteScan.load(base, k))
                if m == 0 { k += 8; continue }
                k += ByteScan.firstIndex(m)
                if k + 2 >= end { break }
            }
            if isSentenceBreak(u, at: k) { return true }
            k += 1
        }
        return false
    }

    /// The line is set as a headline: in capitals, or with at least `share` of its longer words
    /// capitalised (`titleCaseShare`), not in sentence case as prose is.
    static func setsAsHeadline(_ u: UnsafeBufferPointer<UInt8>, titleCaseShare share: Double) -> Bool {
        isAllCapitals(u) || titleCaseShare(u) >= share
    }

    /// Where `hasInnerSentenceBreak` stops: the end of `u` without trailing blanks (spaces, tabs),
    /// which every test of a line's last byte reads.
    @inline(__always)
    static func sentenceEnd(_ u: UnsafeBufferPointer<UInt8>) -> Int {
        var end = u.count
        while end > 0 && (u[end - 1] == 0x20 || u[end - 1] == 0x09) { end -= 1 }
        return end
    }

    /// Whether a sentence break (as `hasInnerSentenceBreak` reads one) sits at `u[k]` (k + 2 < `u.count`).
    @inline(__always)
    static func isSentenceBreak(_ u: UnsafeBufferPointer<UInt8>, at k: Int) -> Bool {
        let b = u[k]
        guard b == 0x2E || b == 0x3F || b == 0x21 else { return false }
        // A quotation closing the sentence sits between its stop and the space (`… ‘very
        // quickly.’ It just hit …`, `… "done." Then …`).
        let q = closingQuoteWidth(u, at: k + 1)
        guard k + q + 2 < u.count, u[k + q + 1] == 0x20 else { return false }
        let n = u[k + q + 2]
        // The next sentence opens on a capital or a quotation mark: `“`/`‘` (E2 80 9C/98), not
        // any E2 character (an em dash after a quotation is its attribution: `… history.” — tweet`).
        let opens = n.isASCIIUpper || n == 0x22 || (n == 0xE2 && isOpeningQuote(u, at: k + q + 2))
        // `?`/`!` end a clause whatever precedes them; `.` only after a lower-case word of 3+ letters.
        var word = true
        if b == 0x2E {
            var j = k - 1, len = 0
            while j >= 0, u[j].isASCIILower { len += 1; j -= 1 }
            let capital = len > 0 && j >= 0 && u[j].isASCIIUpper
            let starts = capital ? j - 1 : j
            let wordStart = starts < 0 || u[starts] == 0x20
            // A capitalised word needs 4+ letters (`Sen.`, `Gov.` are titles); at 4 letters
            // (`Army.`, `Work.`) not one of English's closed set of 4-letter abbreviations.
            word = wordStart && (capital ? len + 1 >= 5 || (len + 1 == 4 && !isFourLetterAbbreviation(u, j)) : len >= 3)
        }
        return opens && word
    }

    /// Whether `u[k]` opens `“` or `‘`.
    @inline(__always)
    static func isOpeningQuote(_ u: UnsafeBufferPointer<UInt8>, at k: Int) -> Bool {
        k + 2 < u.count && u[k] == 0xE2 && u[k + 1] == 0x80 && (u[k + 2] == 0x9C || u[k + 2] == 0x98)
    }

    /// Bytes of a closing quotation mark at `u[k]`: `"` or `'` (1), `’` or `”` (3); 0 for none.
    @inline(__always)
    static func closingQuoteWidth(_ u: UnsafeBufferPointer<UInt8>, at k: Int) -> Int {
        guard k < u.count else { return 0 }
        if u[k] == 0x22 || u[k] == 0x27 { return 1 }
        if k + 2 < u.count && u[k] == 0xE2 && u[k + 1] == 0x80 && (u[k + 2] == 0x99 || u[k + 2] == 0x9D) { return 3 }
        return 0
    }

    /// A mask whose lowest set bit marks the first `.`, `?` or `!` of the 8 bytes `x` (any bytes;
    /// bits above it may be false: the borrow of the classic zero-byte test runs upward only).
    @inline(__always)
    private static func sentenceMarks(_ x: UInt64) -> UInt64 {
        ByteScan.zeroBytes(x ^ 0x2E2E_2E2E_2E2E_2E2E) | ByteScan.zeroBytes(x ^ 0x3F3F_3F3F_3F3F_3F3F)
            | ByteScan.zeroBytes(x ^ 0x2121_2121_2121_2121)
    }

    /// English's title-cased 4-letter abbreviations (titles and their plurals, units of
    /// organisations, months, US states in AP style): a `.` after them ends no sentence. One list
    /// for the sentence-break test and the truncated teaser's `stopsShort`.
    private static let fourLetterAbbreviations: [UInt32] = [
        "Sens", "Reps", "Gens", "Govs", "Capt", "Cmdr", "Supt", "Prof", "Dept", "Corp", "Assn", "Univ",
        "Bros", "Blvd", "Sept", "Ariz", "Colo", "Conn", "Mass", "Mich", "Minn", "Okla", "Tenn", "Wash", "Wisc",
    ].map { w in w.utf8.reduce(UInt32(0)) { $0 << 8 | UInt32($1) } }

    /// True when the 4 bytes at `u[at...]` are one of `fourLetterAbbreviations`.
    static func isFourLetterAbbreviation(_ u: UnsafeBufferPointer<UInt8>, _ at: Int) -> Bool {
        var key: UInt32 = 0
        for b in u[at..<at + 4] { key = key << 8 | UInt32(b) }
        return fourLetterAbbreviations.contains(key)
    }
}

/// Byte shortcuts for reflow (`Reflow`): first-character tests, trimming and comparing lines
/// without walking Characters.
extension SplitText {
    /// `s.first == " " || s.first == "\t"`, from the bytes unless a blank is followed by a
    /// non-ASCII scalar (a combining mark would make the first Character more than the blank).
    static func startsIndented(_ s: some StringProtocol) -> Bool {
        let fast: Bool?? = s.utf8.withContiguousStorageIfAvailable { u -> Bool? in
            guard let b = u.first else { return false }
            guard b == 0x20 || b == 0x09 else { return false }  // another first scalar
            return u.count == 1 || u[1] < 0x80 ? true : nil
        }
        if let f = fast, let r = f { return r }
        return s.first == " " || s.first == "\t"
    }

    /// `startsIndented` of a line's bytes.
    static func startsIndented(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let b = u.first, b == 0x20 || b == 0x09 else { return false }
        return u.count == 1 || u[1] < 0x80 ? true : startsIndented(String(decoding: u, as: UTF8.self))
    }

    /// `startsLowercase` of a line's bytes.
    static func startsLowercase(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let b = u.first else { return false }
        guard b < 0x80, b != 0x0D, u.count == 1 || u[1] < 0x80 else { return startsLowercase(String(decoding: u, as: UTF8.self)) }
        return b.isASCIILower
    }

    /// `s.first?.isLowercase ?? false`, from the bytes when the first Character is one ASCII byte
    /// (not CR, the only ASCII byte that pairs with the next).
    static func startsLowercase(_ s: some StringProtocol) -> Bool {
        let fast: Bool?? = s.utf8.withContiguousStorageIfAvailable { u -> Bool? in
            guard let b = u.first else { return false }
            guard b < 0x80, b != 0x0D, u.count == 1 || u[1] < 0x80 else { return nil }
            return b.isASCIILower
        }
        if let f = fast, let r = f { return r }
        return s.first?.isLowercase ?? false
    }

    /// The UTF-8 offsets of `trimmingBlanks(s)` in `s` (what `Reflow.merge` copies of a tail),
    /// found on the bytes when both ends of the trimmed text are ASCII (only ASCII space and tab
    /// are blank there; a non-ASCII end may be a Unicode space).
    static func trimmedBlankBytes(_ s: some StringProtocol) -> Range<Int> {
        let range: Range<Int>? = SplitText.withBytes(s) { u -> Range<Int>? in
            var a = 0, b = u.count
            while a < b && (u[a] == 0x20 || u[a] == 0x09) { a += 1 }
            while b > a && (u[b - 1] == 0x20 || u[b - 1] == 0x09) { b -= 1 }
            guard a == b || (u[a] < 0x80 && u[b - 1] < 0x80) else { return nil }
            return a..<b
        }
        if let r = range { return r }
        let t = trimmingBlanks(s), u = s.utf8
        return u.distance(from: u.startIndex, to: t.startIndex)..<u.distance(from: u.startIndex, to: t.endIndex)
    }

    /// `trimmedBlankBytes` of a line's bytes.
    static func trimmedBlankBytes(_ u: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var a = 0, b = u.count
        while a < b && (u[a] == 0x20 || u[a] == 0x09) { a += 1 }
        while b > a && (u[b - 1] == 0x20 || u[b - 1] == 0x09) { b -= 1 }
        guard a == b || (u[a] < 0x80 && u[b - 1] < 0x80) else { return trimmedBlankBytes(String(decoding: u, as: UTF8.self)) }
        return a..<b
    }

    /// True when two byte runs are equal.
    static func sameBytes(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool {
        x.count == y.count && (x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0)
    }

    /// True when the bytes `range` of `s` (within its bounds) are the bytes of `t`.
    static func sameBytes(_ s: some StringProtocol, _ range: Range<Int>, _ t: some StringProtocol) -> Bool {
        guard range.count == t.utf8.count else { return false }
        guard !range.isEmpty else { return true }
        return withBytes(s) { x in withBytes(t) { y in memcmp(x.baseAddress! + range.lowerBound, y.baseAddress!, range.count) == 0 } }
    }
}
