/// A dateline lede under a page's header (`Washington: After some brutal end-game polling …` under
/// a `Name | Outlet` byline and a share row): two stories of one beat glued at the next page's
/// header share their words (0.12-0.16 across the edge on the wire sets), and cohesion with
/// `same_topic` held such a lede under the threshold although `page_header` fired. A page header
/// (two page edges, or a byline with other furniture) is no paragraph break an article sets, and
/// a dateline is how a story opens, never how a paragraph of one goes on: together they are the
/// head of the next page, as a whole page header is (`BoundaryFullPageHeader.swift`), so cohesion
/// does not veto the lede up to the same ceiling (a live blog's entries share more, ~0.25+).
/// Cohesion's support (a topic shift) is still taken. A kicker headline (`OPINION: …`) is a
/// title and keeps its check.
extension BoundaryScorer {
    /// Start score `s` (of a dateline lede, not a title) carries `dateline_start` and `page_header`.
    static func isDatedLedeUnderPageHeader(_ s: ScoredLine) -> Bool {
        s.fired.contains(.datelineStart) && s.fired.contains(.pageHeader)
    }
}
