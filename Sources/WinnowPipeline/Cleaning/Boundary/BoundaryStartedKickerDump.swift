/// A dump whose stories all open at kicker headlines (`OPINION: Why won't anyone admit …?`).
///
/// `titleStartedKickers` titles a start scored as a dateline lede that reads as a section label
/// over a headline, but not in a dump whose starts are mostly dateline ledes: there a short
/// labelled line is as often a lede's own first line. A kicker headline opens like a dateline,
/// though, and votes with the dateline starts (`startsAtDatelines`): a dump of opinion pages, each
/// under its `OPINION:` headline, counted as a dateline dump and its stories lost their titles
/// (w412/113: both stories). So the dump-style guard asks the starts that do not read as kicker
/// headlines (`isStartedKicker`): when every dateline start is one, the vote has no dateline lede.
/// Measured (title accuracy): w412 +.0057, x6603 +.0020; no other set moves.
extension BoundaryPlanner {
    /// Every untitled dateline start in `candidates` reads as a kicker headline (at least one).
    func startsAtKickersOnly(_ candidates: [Candidate], _ lines: [ClassifiedLine], _ plan: Plan) -> Bool {
        var kickers = 0
        for k in candidates.indices where !candidates[k].start.isTitle && candidates[k].start.scored.fired.contains(.datelineStart) {
            guard lines[candidates[k].line].linkRule == nil,
                  scorer.isStartedKicker(candidates[k].line, in: lines, facts: plan.facts) else { return false }
            kickers += 1
        }
        return kickers > 0
    }
}
