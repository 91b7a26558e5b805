/// A headline-less page that opens on a short paragraph of two sentences (`It's bad enough when
/// leftists smear capitalism. I hate it more when capitalists do it, too.`) under the page's header
/// (a stamp, share buttons, a credit, the last page's sign-off): the line has a headline's length
/// and two sentences, so the planner scored it as a two-sentence headline (`two_sentence_headline`,
/// pending on headline affinity) and never as the lede under the block; when the affinity then
/// refused the two-sentence weight, it stayed under the threshold, shape penalties and all.
///
/// Such a line is read both ways, as a prose line is (`BoundaryLoneEdge.swift`), when it is in
/// sentence case (Title Case sets a two-sentence headline: `We Spent 10 Months Investigating
/// Kavanaugh. Here's What We Found.`), has no header of its own below it (a real headline there
/// carries its byline, credit, share buttons or dateline lede: `byline_after`, `credit_after`,
/// `widget_after`, `furniture_after`, `dateline_after`), and the block above it is a page header
/// (`isPageHeader`: two page edges, or a byline with more furniture). The headline reading then
/// counts without its pending weight. (`BoundaryPlanner.plan` makes the choice.)
extension BoundaryPlanner {
    /// Words a line has at most to be read as a two-sentence headline (`two_sentence_headline`).
    /// Headlines of two sentences run 5-23 words in every dev set's gold; `max_words` (30) also
    /// admits a joined two-sentence paragraph (`Consider that about 35 million people have filed
    /// for unemployment benefits, … Hundreds of thousands of small businesses have closed, never
    /// to open again.`, 30 words), which then started a story over the pull quote below it.
    static let twoSentenceHeadlineMaxWords = 25

    /// Headline candidate `h` (two sentences) may be the lede of a headline-less page instead.
    static func mayBeTwoSentenceLede(_ h: ScoredLine) -> Bool {
        h.twoSentences && !h.fired.contains(.titleCase) && !hasOwnHeader(h)
    }
}
