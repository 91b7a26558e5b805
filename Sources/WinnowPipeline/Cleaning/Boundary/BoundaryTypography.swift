/// Typography shift: a dump glues pages from different sites, and each site's CMS sets its quotes
/// one way: curly (`’ “ ”`) or straight (`' "`). Within one article the style holds; across a
/// boundary between two sites' articles it flips as often as not. An in-article subhead has the
/// same style on both sides. So a headline candidate (not ending like a sentence) held just under the threshold whose nearby
/// text is set in one style above it and the other below it (each side decided: at least
/// `minQuotes` quote marks, `decidedShare` of them one way) gets `typography_shift`. A match
/// says nothing (two sites may share a style), so there is no penalty.
extension BoundaryPlanner {
    /// Bytes of body text read on each side of the candidate (whole lines: a paragraph or two).
    static let typographyWindowBytes = 800
    /// Quote marks a side needs before its style counts as decided.
    static let typographyMinQuotes = 4
    /// Share of a side's quote marks that must be one style.
    static let typographyDecidedShare = 0.9

    /// Adds `typography_shift` to headline candidate `i` (scored `s`) below the threshold that the
    /// weight can lift over it, when the quote style above it differs from the style below it.
    func addTypographyShift(_ i: Int, _ lines: [ClassifiedLine], _ shape: [LineFacts.Shape], _ s: inout ScoredLine) {
        let weight = scorer.weights[.typographyShift]
        // Headline-shaped lines only: a line ending like a sentence is an article's sentence far
        // more often (a wrapped wire paragraph, a caption), whatever the quotes around it.
        // Nor where the words on both sides share one topic (`same_topic`): an article quoting
        // another source's text mixes styles (a caption, an embedded statement).
        guard weight > 0, !s.fired.contains(.sentenceEnding), !s.fired.contains(.sameTopic),
              s.score < config.threshold, s.score + weight >= config.threshold,
              let above = Self.quoteStyle(lines, shape, from: i - 1, step: -1),
              let below = Self.quoteStyle(lines, shape, from: i + 1, step: 1), above != below else { return }
        s.add(.typographyShift, scorer.weights)
    }

    /// The quote style (true: curly) of the body lines from `from` on in direction `step`, until
    /// `typographyWindowBytes` bytes are read; nil when undecided.
    static func quoteStyle(_ lines: [ClassifiedLine], _ shape: [LineFacts.Shape], from: Int, step: Int) -> Bool? {
        var straight = 0, curly = 0, read = 0
        var j = from
        while j >= 0 && j < lines.count && read < typographyWindowBytes {
            if shape[j] == .body {
                // The bytes in place: no copy of the line (a copy retains its storage).
                let c = lines.withContentBytes(j) { u in (quoteCounts(u), u.count) }
                straight += c.0.straight
                curly += c.0.curly
                read += c.1
            }
            j += step
        }
        let n = straight + curly
        guard n >= typographyMinQuotes else { return nil }
        if Double(curly) >= typographyDecidedShare * Double(n) { return true }
        if Double(straight) >= typographyDecidedShare * Double(n) { return false }
        return nil
    }

    /// Straight quotes (`'`, `"`) and curly ones (U+2018/2019/201C/201D: E2 80 98/99/9C/9D) in `u`.
    static func quoteCounts(_ u: UnsafeBufferPointer<UInt8>) -> (straight: Int, curly: Int) {
        var straight = 0, curly = 0
        var k = 0
        let n = u.count
        while k < n {
            // Eight bytes at a time to the next `"`, `'` or 0xE2 (the bytes before it count
            // nothing; the lowest mark of each `zeroBytes` is exact, so the lowest of all is).
            if k + 8 <= n, let base = u.baseAddress {
                let x = ByteScan.load(base, k)
                let marks = ByteScan.zeroBytes(x ^ 0x2222_2222_2222_2222) | ByteScan.zeroBytes(x ^ 0x2727_2727_2727_2727)
                    | ByteScan.zeroBytes(x ^ 0xE2E2_E2E2_E2E2_E2E2)
                if marks == 0 { k += 8; continue }
                k += ByteScan.firstIndex(marks)
            }
            let b = u[k]
            k += 1
            // Letters and blanks, most bytes, are all above `"`/`'` and below 0xE2 or are blanks:
            // one compare passes them (0x20 and 0x21 come through and count nothing).
            if b > 0x27 && b != 0xE2 { continue }
            if b == 0x27 || b == 0x22 { straight += 1 }
            else if b == 0xE2 && k + 1 < n && u[k] == 0x80 {
                let c = u[k + 1]
                if c == 0x98 || c == 0x99 || c == 0x9C || c == 0x9D { curly += 1 }
            }
        }
        return (straight, curly)
    }
}
