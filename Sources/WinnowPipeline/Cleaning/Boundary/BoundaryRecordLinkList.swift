/// A bare headline inside a JSONL record right under a box of other stories' links (`Related:` /
/// `• <title>` / `• <title>` under a paragraph that ended, `BoundaryLinkListBlock.swift`) whose words
/// come back below it and not above it (headline affinity of `record_glued_affinity` or more) opens
/// a second article glued into the record: a page's recommendation box closes its story. The box
/// stands in for the topic shift `gluedInRecord` asks of a bare headline (two stories of one beat
/// share more words across the line than `topic_shift_below`); the affinity is still asked, as an
/// article sets such a box between its own paragraphs and a subhead under it names matter the
/// paragraphs above discussed too.
extension BoundaryPlanner {
    func gluedUnderLinkList(_ i: Int, _ s: ScoredLine, _ lines: [ClassifiedLine]) -> Bool {
        guard config.recordGluedAffinity > 0, let a = s.value(of: .headlineAffinity), a >= config.recordGluedAffinity - Self.shareSlack,
              let sim = s.value(of: .cohesion), sim >= 0 else { return false }
        return scorer.isLinkListBlock(i, in: lines)
    }

    /// Word shares are differences of fractions (`0.6 - 0.2` is `0.39999…`): a share printed as the
    /// threshold meets it.
    static let shareSlack = 1e-9
}
