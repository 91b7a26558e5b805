/// A byline the line rules kept as body: `By Jane Doe`, `By Jane Doe and John Roe`,
/// `BY JANE DOE - October 20, 2014`, `By Jane Doe | 03/02/16 3:44am`, `Story by Jane Doe`,
/// `Author: Jane Doe`; in other languages `LocalByline` (`Por Jane Doe`, `Von Anna Müller`).
///
/// Under a headline it is header furniture, not the lede: without it the headline above looks
/// like a line with no prose below it, and the byline (headline length, open ending, the lede
/// below) scores as the headline itself. Shape only: `By` and a blank, a capitalised word, a
/// short line that does not end like a sentence (`By Sunday afternoon, Pence had changed his
/// tune.` and `By contrast, liberals:` are prose).
enum Byline {
    /// A byline names a few people and maybe a date: longer lines are prose.
    static let maxWords = 16

    static func matches(_ content: some StringProtocol, words: Int, ending: LineText.Ending) -> Bool {
        SplitText.withBytes(content) { matches($0, words: words, ending: ending) }
    }

    /// `matches` of a line's UTF-8 bytes.
    static func matches(_ u: UnsafeBufferPointer<UInt8>, words: Int, ending: LineText.Ending) -> Bool {
        ending != .sentence && hasShape(u, words: words)
    }

    /// `matches` but for the ending, which a caller that has not computed it asks only after
    /// the shape (Reflow asks of every line).
    static func hasShape(_ u: UnsafeBufferPointer<UInt8>, words: Int) -> Bool {
        guard words >= 2, words <= maxWords, u.count >= 5 else { return false }
        if u[0] == 0x42, u[1] == 0x79 || u[1] == 0x59, u[2] == 0x20 { return u[3].isASCIIUpper }
        if let n = labelLength(u) { return n < u.count && u[n].isASCIIUpper }
        if LocalByline.matches(u) { return true }
        return words <= agencyMaxWords && (isNameAndAgency(u) || BylineRole.isNameAndRole(u))
    }

    /// Other labels sites set before the author's name (`Story by Jane Doe`, `Author: Jane Doe`),
    /// with the blank after them; compared in ASCII lower case. Not `Reporter:` or `Writer:`: a
    /// transcript's speaker labels (`REPORTER: Why won't you …`).
    private static let labels = OpeningLabels(["story by ", "words by ", "text by ", "author: ", "authors: "].map { Array($0.utf8) })

    /// The length of the label opening `u`, if one does (its first letter a capital, as a label is).
    private static func labelLength(_ u: UnsafeBufferPointer<UInt8>) -> Int? {
        guard u[0].isASCIIUpper else { return nil }
        return ByteSearch.openingLabel(u, labels)?.count
    }

    /// A wire byline has at most this many words (`Jane Q. Doe, The Washington Post`).
    static let agencyMaxWords = 6

    /// `Jane Doe, Reuters`, `Jane Q. Doe, Associated Press`: a name (two capitalised words, or
    /// three with an initial between), a comma, and one to three capitalised words (the agency or
    /// paper), nothing else: no digits, no other punctuation but a name's `.` and `'`, a hyphen
    /// only in the name. Title Case headlines share the shape but not the name: `The Trump
    /// Doctrine, Revealed`, `Too Many Opinions, Not Enough Knowledge`, `Mitt Romney,
    /// Big-Government Man`.
    static func isNameAndAgency(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !opensWithFunctionWord(u) else { return false }
        var before = 0, after = 0, commas = 0
        var atWordStart = true
        // Where the second word of the name starts, and whether it is an initial (`Q.`).
        var second = -1, secondInitial = false
        for k in 0..<u.count {
            let b = u[k]
            switch b {
            case 0x20:
                atWordStart = true
                continue
            case 0x2C:
                // A comma closes the name: `Doe,` then a blank.
                commas += 1
                guard commas == 1, before == 2 || before == 3 && secondInitial, k + 1 < u.count, u[k + 1] == 0x20 else { return false }
                continue
            case 0x2D: if commas > 0 { return false }
            case 0x41...0x5A, 0x61...0x7A, 0x2E, 0x27, 0x80...0xFF: break
            default: return false
            }
            if atWordStart {
                // Every word capitalised (a letter from A to Z, or a non-ASCII letter's first byte).
                guard b.isASCIIUpper || b >= 0xC0 else { return false }
                if commas == 0 {
                    before += 1
                    if before == 2 { second = k }
                } else { after += 1 }
                atWordStart = false
            }
            if second >= 0 && k == second + 1 && commas == 0 && before == 2 {
                secondInitial = b == 0x2E && (k + 1 == u.count || u[k + 1] == 0x20)
            }
        }
        return commas == 1 && after >= 1 && after <= 3
    }

    /// Words that open a headline, never a name (any case: `IN POLITICS, HEIGHT MATTERS`, `The
    /// Trump Doctrine, Revealed`, `Why Reform, Why Now`), in ASCII lower case.
    private static let headlineOpeners: [[UInt8]] = ["a", "an", "the", "in", "of", "on", "at", "to", "for", "as", "is",
                                                     "are", "why", "how", "what", "when", "where", "who", "no", "not",
                                                     "our", "my", "your", "this", "that", "more", "all"].map { Array($0.utf8) }

    /// The line's first word (up to a blank or comma), ASCII case-folded, is a `headlineOpeners`
    /// word. Bytes only, no String: Reflow asks `hasShape` of every short line.
    static func opensWithFunctionWord(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        var n = 0
        while n < u.count && u[n] != 0x20 && u[n] != 0x2C { n += 1 }
        guard n >= 1 && n <= 5 else { return false }
        return headlineOpeners.contains { $0.count == n && ByteSearch.hasPrefixFoldingASCII(u, $0) }
    }
}
