/// A headline set in capitals right over its byline, in a dump whose headlines are set in
/// capitals (`BUSINESS GROUPS SEE LOSS OF SWAY` / `OVER HOUSE G.O.P.` / `By GRACE HARGROVE`):
/// a printed page's story head. The headline's shape alone can hold it under the threshold: a
/// printed headline may end on an abbreviation (`G.O.P.`) or run two sentences (`… FROM THE DEAD.
/// SO IT PAID …`), and `short_byline_after` is not asked over a sentence (there a story's last
/// paragraph sits over the next story's byline). Prose is never set in capitals, and no article
/// sets a byline between its own paragraphs, so the line opens a story
/// (`capitals_byline_headline`) whatever words it shares with the story above.
extension BoundaryPlanner {
    /// Rejected candidate `i` (scored `s`, `words` words, set in capitals) has headline length or
    /// a kicker's shape, is no link, and the line right below it (no blank between) is a byline.
    static func isCapitalsOverByline(_ i: Int, _ s: ScoredLine, words: Int, facts: LineFacts) -> Bool {
        // A kicker-shaped one too (`THE VOTES ARE IN -- THE MEDIA LOST THE ELECTION` reads as a
        // dateline over its lede): over a byline it is the whole headline. So is a short one
        // (`A NEW, EMBOLDENED OBAMA?`, `minJoinedHeadWords` words at least): a desk sets heads
        // that short; a shorter line is a label or a column's name.
        guard isHeadlineCandidate(s), isKicker(s) || s.fired.contains(.headlineLength)
                || s.fired.contains(.tooFewWords) && words >= minJoinedHeadWords else { return false }
        let j = i + 1
        return j < facts.shape.count && facts.shape[j] == .body && facts.byline[j]
    }
}
