/// A teaser cut short above the paragraph it repeats, stripped as `teaser`: a page sets the
/// first words of the lede as a teaser (a card's text, a share blurb) and cuts it at a fixed
/// length or at the first `.`, which in news copy is often an abbreviation's stop:
/// `WASHINGTON (Reuters) - U.S.` over `WASHINGTON (Reuters) - U.S. President Donald Trump …`,
/// `Facebook removed several ads placed by Sen.` over the paragraph that names the senator.
///
/// Three things give it away together: the line is an exact prefix of the next body line (blanks
/// and stripped furniture between), it stops where no sentence or headline stops (after an
/// abbreviation, `U.S.`, `Sen.`, `Fla.`, or a comma), and it sits in a header block (stripped
/// furniture right above it). A full sentence repeated over
/// its paragraph (a pull quote, a dek) and a name set as a subhead over a paragraph that opens with
/// it stay: the gold of several generators keeps those as the article's own lines.
extension CaptionContext {
    static let truncatedRule = "teaser"
    /// A teaser is a line of at most this many bytes: a paragraph's opening, not a paragraph.
    private static let truncatedMaxBytes = 160
    /// Lines looked at below the teaser for the paragraph it repeats (blanks and stripped lines
    /// between: a credit, a widget).
    private static let truncatedLookahead = 4

    /// Strips every body line that a nearby body line below repeats and goes on from, when the
    /// line stops at an abbreviation or a comma.
    static func stripTruncatedTeasers(_ lines: inout [ClassifiedLine]) {
        guard lines.count > 1 else { return }
        for i in 0..<(lines.count - 1) {
            guard case .body = lines[i].kind, lines[i].linkRule == nil,
                  lines[i].contentByteCount >= 2, lines[i].contentByteCount <= truncatedMaxBytes,
                  underFurniture(i, in: lines), lines.withContentBytes(i, stopsShort) else { continue }
            guard let j = nextBody(after: i, in: lines),
                  lines[j].contentByteCount > lines[i].contentByteCount + 1 else { continue }
            let repeats = lines.withContentBytes(i) { head in
                lines.withContentBytes(j) { para in
                    para[head.count] == 0x20 && para[..<head.count].elementsEqual(head)
                }
            }
            if repeats {
                lines[i] = lines[i].with(kind: .stripped(rule: truncatedRule, role: nil),
                                         detail: "teaser cut short above the paragraph it repeats")
            }
        }
    }

    /// The nearest non-blank line above `i` is one the rules stripped (a byline, a credit, a
    /// widget): the teaser sits inside a story's header block. At the top of a text or under a
    /// paragraph it is where the boundary scores read a story's start (the wire sets open
    /// headline-less stories with such a line); stripped there, the start under it was lost (w1:
    /// −.0002 story_f1).
    private static func underFurniture(_ i: Int, in lines: [ClassifiedLine]) -> Bool {
        var j = i - 1
        while j >= 0, case .blank = lines[j].kind { j -= 1 }
        guard j >= 0, case .stripped = lines[j].kind else { return false }
        return true
    }

    /// The first body line below `i` within `truncatedLookahead` lines, past blanks and stripped
    /// lines; nil if none.
    private static func nextBody(after i: Int, in lines: [ClassifiedLine]) -> Int? {
        var j = i + 1
        while j < lines.count && j <= i + truncatedLookahead {
            switch lines[j].kind {
            case .body: return j
            default: j += 1
            }
        }
        return nil
    }

    /// The line stops where no sentence or headline does: after a comma, or after an
    /// abbreviation's stop (`U.S.`, `D.C.`: a stop inside the word; `Sen.`, `Gov.`, `Fla.`, `Mr.`:
    /// a capitalised word of at most three letters, or one of `SplitText`'s four-letter ones).
    /// `Trump.` or `Army.` ends a sentence.
    static func stopsShort(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        let end = SplitText.sentenceEnd(u)
        guard end >= 2 else { return false }
        if u[end - 1] == UInt8(ascii: ",") { return true }
        guard u[end - 1] == UInt8(ascii: ".") else { return false }
        // The word before the stop: ASCII letters, and whether a stop sits inside it.
        var j = end - 2, letters = 0, innerStop = false
        while j >= 0 {
            let b = u[j]
            if b.isASCIILetter { letters += 1 }
            else if b == UInt8(ascii: ".") { innerStop = true }
            else { break }
            j -= 1
        }
        let start = j + 1
        guard letters > 0, start < end - 1, u[start].isASCIIUpper else { return false }
        // A word of capitals and stops (`U.S.`, `D.C.`, `R.N.C.`), not an ellipsis.
        if innerStop { return u[end - 2] != UInt8(ascii: ".") }
        if letters <= 3 { return true }
        return letters == 4 && SplitText.isFourLetterAbbreviation(u, start)
    }
}
