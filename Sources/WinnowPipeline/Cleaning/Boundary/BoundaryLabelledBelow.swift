/// A title planned at an unlabelled line over the dump's labelled headline.
///
/// In a dump whose headlines open with a section label (`OPINION: The real war`; a vote of
/// its own, looser than `applyLabelStyle`), a story's closing promo (`Read CNNOpinion's new Flipboard magazine`, set
/// apart by blank lines and followed by its own widgets, `Follow us on Twitter`, `Join us on
/// Facebook.com/…`) looked like a headline over a header block and took the title start; the real
/// headline under those widgets was then stripped as header furniture and the story titled by the
/// promo (b4: one title). When the first body line under an unlabelled title start, past only
/// blank and stripped lines, opens with a label and has a header of its own below it (a stripped
/// line next), and at least half the text's backed headlines open with a label, it is the
/// headline the dump's style announces: the start moves down to it, and the
/// promo stays with the story above.
extension BoundaryPlanner {
    /// Most lines from the start to the labelled headline under it (its widgets and blanks).
    static let labelledBelowWindow = 10

    /// Share of the text's backed headlines that must open with a label: half. Looser than
    /// `labelStyleShare`: the promos this moves off are themselves backed and unlabelled, and a
    /// dump repeats its promo under every story, so they vote against the style they hide.
    static let labelledBelowShare = 0.5

    func moveTitlesToLabelledHeadlines(_ candidates: inout [Candidate], _ lines: [ClassifiedLine], _ plan: inout Plan) {
        let backed = candidates.filter {
            $0.start.isTitle && (Self.isBacked($0.start) || Self.isKicker($0.start.scored) || $0.start.scored.fired.contains(.pageHeader))
        }
        guard backed.count >= Self.minBackedTitles else { return }
        let labelled = { (i: Int) in lines.withContentBytes(i, Self.opensWithHeadlineLabel) }
        guard Self.votes(backed.filter { labelled($0.line) }.count, of: backed.count, share: Self.labelledBelowShare, tiesAbstain: true) else { return }
        let facts = plan.facts
        var dropped = Set<Int>()
        for k in candidates.indices where candidates[k].start.isTitle && candidates[k].start.titleLine == nil {
            let t = candidates[k].line
            guard !labelled(t) else { continue }
            var j = t + 1
            while j < lines.count && j <= t + Self.labelledBelowWindow && facts.shape[j] != .body { j += 1 }
            guard j < lines.count, j <= t + Self.labelledBelowWindow, j > t + 1,
                  k + 1 == candidates.count || candidates[k + 1].line >= j,
                  lines[j].linkRule == nil, lines[j].words <= config.maxWords, labelled(j),
                  let below = facts.nonBlank(after: j), case .stripped = lines[below].kind else { continue }
            // Stripped lines between (the widgets the start was read as a header over), not blanks alone.
            guard ((t + 1)..<j).contains(where: { if case .stripped = lines[$0].kind { return true } else { return false } }) else { continue }
            plan.rejected[t] = candidates[k].start.scored
            if k + 1 < candidates.count && candidates[k + 1].line == j {
                // The headline is a start already: the promo's start only cut its story short.
                plan.rejected[t]?.note("over the dump's labelled headline at line \(j + 1)")
                dropped.insert(k)
                continue
            }
            var s = plan.rejected[j] ?? ScoredLine()
            s.note("the dump's labelled headline under the line the title was planned at")
            plan.rejected[j] = nil
            candidates[k] = Candidate(j, Start(isTitle: true, scored: s))
        }
        if !dropped.isEmpty { candidates = candidates.enumerated().filter { !dropped.contains($0.offset) }.map(\.element) }
    }
}
