/// A headline under its kicker stands alone. Pages set a section label in capitals on a line of its
/// own over the headline (`WHITE HOUSE` / `Trump’s campaign is in freefall, with COVID-19 on voters’
/// minds` / `Focusing on the highest-quality surveys …`); a sentence-case headline as wide as the
/// wrap width, with no stop at its end, passed the reflow test and was glued to its lede. The story
/// then opened at the label, titled by it, and the headline was lost in the text (b3, x9101).
///
/// The shape, not the label's wording: a short line in capitals (`kickerMaxWords`,
/// `kickerMaxBytes`) that opens its block (a blank or stripped line above it), then a line of
/// `minKickedHeadlineWords` words that stops without a stop, a comma or a function word (a
/// headline stops on a content word), then a line that opens with a capital (a sentence of its own).
/// A wrapped lede under a label (`ANALYSIS` / `The president said on Tuesday that he would`) stops
/// on a function word or goes on in lower case as often as not, and keeps its paragraph then.
extension Reflow {
    static let kickerMaxWords = 3
    static let kickerMaxBytes = 30
    static let minKickedHeadlineWords = 4

    /// Body line `i` (its block's second line, line `i + 1` a body line) is a headline under a
    /// section label (see above): it does not run on into line `i + 1`.
    static func headlineUnderKicker(_ lines: [ClassifiedLine], _ i: Int) -> Bool {
        guard i > 0, case .body = lines[i - 1].kind, lines[i - 1].words <= kickerMaxWords,
              lines[i - 1].contentByteCount <= kickerMaxBytes, lines[i].words >= minKickedHeadlineWords else { return false }
        if i > 1, case .body = lines[i - 2].kind { return false }
        guard lines.withContentBytes(i - 1, isLabelInCapitals), lines.withContentBytes(i, stopsOnContentWord) else { return false }
        return lines.withContentBytes(i + 1) { u in
            guard let f = u.first(where: { $0 != 0x20 && $0 != 0x09 }) else { return false }
            return f.isASCIIUpper
        }
    }

    /// Two capital letters or more and no lower-case ASCII letter, no `?` or `!`.
    static func isLabelInCapitals(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        var upper = 0
        for b in u {
            if b.isASCIILower || b == 0x3F || b == 0x21 { return false }
            if b.isASCIIUpper { upper += 1 }
        }
        return upper >= 2
    }

    /// The line stops on a letter or digit, and its last word is no function word (`… to the`).
    static func stopsOnContentWord(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let last = u.last(where: { $0 != 0x20 && $0 != 0x09 }),
              last.isASCIIDigit || last.isASCIILetter else { return false }
        let word = lastWord(u)
        return !titleFunctionWords.contains { $0.elementsEqual(word) }
    }
}
