/// A page's own headline over a learned headline-shaped line: an export prints the publication's
/// name under each document's headline (`Facebook news selection is in hands of editors …` /
/// `The Guardian` / the date line / fields), and the learned pass strips the name, which repeats
/// over the dump. Walking up from a start below, the header lift met the name first and took it
/// for a headline the rules stripped. A headline still in the text right above it (blank lines
/// between), standing where a story ends (under stripped lines, the text's start) or one the
/// story-length prior dropped, is the page's headline: a learned headline from a story run in
/// several dumps has the page's furniture above it, not another headline.
extension BoundaryPlanner {
    /// The body line right above learned line `p` (blank lines skipped, above `floor`) when it is
    /// a headline over a header block: dropped by the story-length prior (an untitled start
    /// only, as the lift reads it), or read as a headline standing under furniture.
    func headlineOverLearned(_ p: Int, floor: Int, start: Start, _ lines: [ClassifiedLine], _ plan: Plan) -> Int? {
        let facts = plan.facts
        var q = p - 1
        while q > floor && facts.shape[q] == .blank { q -= 1 }
        guard q > floor, facts.shape[q] == .body, !facts.byline[q], !facts.bullet[q], lines[q].linkRule == nil else { return nil }
        if !start.isTitle && isDroppedHeadline(q, lines, plan) { return q }
        if isHeaderHeadline(q, lines, facts), facts.ending[q] != .question, standsUnderFurniture(q, floor, lines, facts) { return q }
        return nil
    }
}
