/// A headline its page sets again under its own header (`header_repeat_below`: a dek, a byline and
/// a time stamp, then the headline once more over the text) has a page's header block, only not
/// right under it: it is no bare subhead. Neither the dump's header style (`unlike_dump_headlines`)
/// nor a record's (`unlike_record_headlines`) demotes it: an article never prints a byline and a
/// stamp under one of its own subheads and then the subhead again.
///
/// Unless the second copy is a start candidate itself (the next candidate within the header's
/// reach, `repeatReach`): then that copy carries the start and `liftRepeatedTitles`
/// (`BoundaryFirstCopy.swift`) moves it up to the first copy, keeping the article's text as
/// printed under it; the demotion of the first copy stands as before.
extension BoundaryPlanner {
    static func headsRepeatedHeader(_ k: Int, _ candidates: [Candidate]) -> Bool {
        guard candidates[k].start.isTitle, candidates[k].start.scored.fired.contains(.headerRepeatBelow) else { return false }
        return k + 1 == candidates.count || candidates[k + 1].line > candidates[k].line + BoundaryScorer.repeatReach
    }
}
