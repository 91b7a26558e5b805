/// The headline over a long-story lede (`BoundaryLongStoryLede.swift`): a dateline lede the pass
/// lifts may sit right under its own headline block (the headline, a stamp, a byline, blank
/// lines), the headline kept as a line of the story above because cohesion held the lede under
/// the threshold and the headline with it. Lifting only the lede made the story start without
/// its title and left the headline as the last line of the story before (w413/102: a capitals
/// headline in two sentences, blank lines, then `TOKYO -- …` in an indented dump).
///
/// So the start goes to that line instead, as its title, when it reads as this lede's headline:
/// only blank and header lines (stamp, byline, credit, widget; no trailer, which ends the story
/// above) between it and the lede, its score found the lede as its own (`dateline_after`), it is
/// no longer than a headline, set as one (open, or in Title Case or capitals), and its words
/// measured coming back below it (headline affinity over the neutral band). A paragraph's last
/// line over the next story's lede is the whole paragraph after the reflow (`too_long`), a short
/// quote paragraph (`He added, “…”`) or a caption is in sentence case with no affinity measured.
/// Measured (title accuracy): w413 +.0030; no other set moves. Without the shape and affinity
/// checks a quote paragraph and a caption took two titles in w201 and w203.
extension BoundaryPlanner {
    /// The headline line over long-story lede `i` (in the story starting after `lo`), or nil.
    func longStoryLedeHeadline(_ i: Int, after lo: Int, _ lines: [ClassifiedLine], _ plan: Plan) -> Int? {
        let facts = plan.facts
        var p = i - 1
        while p >= lo {
            switch facts.shape[p] {
            case .body: break
            case .trailer: return nil
            default: p -= 1; continue
            }
            break
        }
        guard p >= lo, let s = plan.rejected[p],
              s.fired.contains(.datelineAfter), !s.fired.contains(.tooLong), !plan.lengthDropped.contains(p),
              Self.isHeadlineCandidate(s), !Self.styleDemoted(s) else { return nil }
        // Its words measured coming back below it, and set as a headline (open, or in Title Case
        // or capitals): a quote paragraph or a caption over the lede is neither.
        guard let a = s.value(of: .headlineAffinity), a > config.affinityNeutral else { return nil }
        guard facts.ending[p] == .open
                || lines.withContentBytes(p, { SplitText.setsAsHeadline($0, titleCaseShare: config.titleCaseShare) }) else { return nil }
        return p
    }
}
