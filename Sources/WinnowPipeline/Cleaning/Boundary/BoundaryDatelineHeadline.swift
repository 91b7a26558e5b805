/// A headline right over a dateline lede of its own (`dateline_after`: `LOS ANGELES, February 12 —`
/// opens the paragraph below) is anchored by that lede as a header block anchors it: an article's
/// subhead, pull quote or caption is never followed by a dateline, which opens a story only. So the
/// dump's header-style vote (`unlike_dump_headlines`, `applyDumpStyle`) does not demote it: wire
/// copy sets its stories as headline + dateline lede with no credit or widget between, and in a
/// dump whose other pages carry header blocks such a headline was held back as a bare subhead
/// (w1 102: a wire story under a kicker glued to the story above; w204 050).
extension BoundaryPlanner {
    /// Whether a headline start's own dateline lede vouches for it against the header-style vote.
    /// The lede must be prose (`prose_after`): a place-like colon label over a short line
    /// (`NASH: Register faced tough decision`) is a promo's, not a story's dateline (a3 021). The
    /// line must not end a sentence: `Updated at 9:09 p.m.: to include …` over its story's lede is
    /// an update note, not a headline (o3917 114).
    static func datelineAnchorsHeadline(_ s: ScoredLine) -> Bool {
        s.fired.contains(.datelineAfter) && s.fired.contains(.proseAfter) && !s.fired.contains(.sentenceEnding)
    }
}
