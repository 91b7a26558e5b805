/// Section labels over headlines: sites put a short mixed-case label before a whole headline
/// (`Analysis: The Trump Doctrine, Revealed`, `Watch: Cancel Everything`, `Full report: …`,
/// `Live: Who's winning Indiana? It's anybody's guess`). The dateline-shaped, upper-case ones
/// (`OPINION: …`) are kicker headlines (`BoundaryScorer.isKickerHeadline`); these do not match a
/// dateline and were scored as bare lines, a label and a short Title Case headline after it read
/// as an in-article subhead. An article's own lines seldom open that way: a speaker turn or a
/// field (`Trump: "We will …"`, `Update: In a statement, …`) goes on as a sentence, which the
/// ending features keep down.
extension BoundaryScorer {
    /// Longest label, in bytes (`Full report`, `Explainer`, `Analysis`).
    static let sectionLabelMaxBytes = 12
    /// A labelled line not in Title Case reads as a headline up to this many words; a longer one
    /// is a labelled caption (`Habit: Trump appears to have a habit of …`).
    static let sectionLabelPlainWords = 12
    /// Lines each side searched for the same label (`sectionLabelRepeats`).
    static let sectionLabelRepeatLines = 40

    /// Line `i` carries a section label over a headline: the label opens it, it is in Title Case
    /// or short, and no line near it opens with the same label (a list's fields or an article's
    /// own labelled subheads: `Argument: …` under `Argument: …`, `Read: …` links).
    func sectionLabelled(_ i: Int, in lines: [ClassifiedLine], titleCase: Bool) -> Bool {
        guard titleCase || lines[i].words <= Self.sectionLabelPlainWords,
              lines.withContentBytes(i, Self.opensWithSectionLabel) else { return false }
        return !sectionLabelRepeats(i, in: lines)
    }

    /// Another line (body or stripped) within `sectionLabelRepeatLines` opens with line `i`'s label and colon.
    func sectionLabelRepeats(_ i: Int, in lines: [ClassifiedLine]) -> Bool {
        lines.withContentBytes(i) { u in
            guard let colon = u.firstIndex(of: 0x3A) else { return false }
            let label = UnsafeBufferPointer(rebasing: u[...colon])
            let lo = max(0, i - Self.sectionLabelRepeatLines), hi = min(lines.count - 1, i + Self.sectionLabelRepeatLines)
            for j in lo...hi where j != i && lines[j].contentByteCount > label.count {
                if lines.withContentBytes(j, { v in SplitText.sameBytes(UnsafeBufferPointer(rebasing: v[..<label.count]), label) }) { return true }
            }
            return false
        }
    }

    /// The line opens with a section label: a capitalised word of 4+ letters, at most one more
    /// lower-case word, `sectionLabelMaxBytes` bytes in all, then `: ` and two or more words from
    /// a capital, digit or quote.
    static func opensWithSectionLabel(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard u.count > 6, u[0].isASCIIUpper else { return false }
        var k = 1, spaces = 0, firstWord = 1
        while k < u.count && k <= sectionLabelMaxBytes {
            let b = u[k]
            if b.isASCIILetter {
                if spaces == 0 { firstWord += 1 }
            } else if b == 0x20 {
                // A second word, lower-case (`Full report`); two capitalised words are a speaker's
                // name (`Ezra Klein: Thank you!`).
                spaces += 1
                guard spaces == 1, k + 1 < u.count, u[k + 1].isASCIILower else { return false }
            } else if b == 0x3A {
                guard firstWord >= 4, k + 2 < u.count, u[k + 1] == 0x20 else { return false }
                let c = u[k + 2]
                // A capital, a digit, an opening quote (ASCII or a curly one's lead byte 0xE2)...
                guard c.isASCIIUpper || c.isASCIIDigit || c == 0x22 || c == 0x27 || c == 0xE2 else { return false }
                // ... and a headline of 2+ words after it: a field's value (`Total: 60%`) is one.
                return UnsafeBufferPointer(rebasing: u[(k + 3)...]).contains(0x20)
            } else {
                return false
            }
            k += 1
        }
        return false
    }
}
