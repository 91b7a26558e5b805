/// A headline printed twice is no wrapped paragraph's first line.
///
/// Many pages set the headline again over the article text, right under it or past the header's
/// furniture (`<headline>` / `By Jane Doe` / `<headline>` / lede). In copy hard-wrapped at a
/// width near the headline's length the second copy looks like a wrapped line and was joined to
/// the lede: the story's text then opened with the headline (wire set w2: 8 repeated headlines
/// left in the text of width-58 dumps) and the splitter, which strips a line repeating the title
/// (`repeated_headline`) or lifts a start to a headline's first copy (`repeats_above`), never saw
/// the copy as a line of its own. A wrapped paragraph's first line does not repeat, key for key,
/// the body line right above it (blank and stripped lines between at most), nor does a line run on
/// into its own copy: both are left standing alone.
extension Reflow {
    /// How many lines above (blank and stripped ones included) a first copy may stand.
    static let repeatWindow = 4

    /// A copy of a few words at least: a one-word line repeated (`Yes` / `Yes`) says nothing.
    static let repeatMinWords = 3

    /// Line `i` repeats the nearest body line above it within `repeatWindow` lines, past blank
    /// and stripped lines only, byte for byte (blanks at its ends aside: `SplitText.trimmedBlankBytes`,
    /// as `Reflow.merge` trims a tail). Not key for key: keys fold digits, and a carousel's wrapped
    /// caption counters (`violence? Hide Caption 4 of 11 Photos: …` / `… 5 of 11 …`) are one key
    /// and still one wrapped paragraph (o31337 lost a story to that). A copy opens as a headline does, not in lower case (a wrapped tail).
    static func repeatsLineAbove(_ lines: [ClassifiedLine], _ i: Int, window: Int = repeatWindow) -> Bool {
        guard i > 0, lines[i].words >= repeatMinWords else { return false }
        var j = i - 1
        while j >= 0 && i - j <= window {
            switch lines[j].kind {
            case .blank, .stripped:
                j -= 1
            case .body:
                guard lines[j].key == lines[i].key else { return false }
                return lines[j].withContentBytes { a in
                    lines[i].withContentBytes { b in
                        let a = UnsafeBufferPointer(rebasing: a[SplitText.trimmedBlankBytes(a)])
                        let b = UnsafeBufferPointer(rebasing: b[SplitText.trimmedBlankBytes(b)])
                        return !SplitText.startsLowercase(b) && SplitText.sameBytes(a, b)
                    }
                }
            }
        }
        return false
    }

    /// How many lines above a first copy may stand when the copy runs onto a stripped line: a
    /// page sets its headline again past the header's furniture (stamp, comment count, a blank
    /// line around each: six lines), then a photo's credit (`toggle caption Jane Doe/Xinhua`). In
    /// copy wrapped near the headline's length the copy read as a paragraph wrapping onto that
    /// credit, which then stayed in the text (w1: a paged record opening with the credit). A copy
    /// is a whole line of its own, never a paragraph running on.
    static let repeatOverStrippedWindow = 8
}
