/// A headline-less page may open right under its header (a byline and a stamp, a photo and its
/// credit) on a question (`Do you live in a bubble?`) or on a sentence of a headline's length,
/// wrapped or not (`Hearings begin today for President Trump's Supreme Court pick, Brett
/// Kavanaugh.`), often a quotation. Scored as a headline, the page header lifts it over the
/// threshold (`furniture_block`, `page_header`) and it became the story's title, its text then
/// without its first paragraph. `BoundaryShortLede.swift` reads a sentence shorter than a headline
/// there as the lede; this reads these shapes so too.
///
/// The header is above the line, so a headline there is the page's second header line at most;
/// and a real headline in that place carries a header of its own below it (a byline, a credit, share
/// buttons, a dek, a dateline lede: `hasHeader`, `byline_after`, `dateline_after`), where an
/// opening paragraph runs straight into the prose. Only in sentence case for a question: Title Case
/// sets a question as a headline (`What Is A Nationalist In The Age Of Trump?`), while a sentence
/// closing on a full stop is no headline in either case. Two sentences have their own reading
/// (`BoundaryTwoSentenceLede.swift`).
extension BoundaryPlanner {
    /// Headline candidate `s` at line `i` opens its page as the lede's first line, not as a title.
    static func isOpeningUnderPageHeader(_ s: ScoredLine, _ i: Int, _ lines: [ClassifiedLine]) -> Bool {
        guard s.fired.contains(.pageHeader), !s.twoSentences, !hasOwnHeader(s) else { return false }
        let question = s.fired.contains(.questionEnding) && !s.fired.contains(.titleCase)
        guard question || s.fired.contains(.sentenceEnding) else { return false }
        return lines.withContentBytes(i) { u in
            // The last byte before closing quotes (`… he said.”`): a full stop, or a question mark.
            let n = LineText.endBeforeClosingQuotes(u)
            return n > 0 && u[n - 1] == (question ? 0x3F : 0x2E)
        }
    }
}
