/// A headline set in capitals that the reflow joined from two or more printed lines, standing
/// between paragraphs of mixed-case prose, in a dump whose headlines are set in capitals
/// (`THE TRUMP ADMINISTRATION DEBATES A` / `COLD WAR WITH CHINA`, `AMERICANS ARE MAKING A BIG
/// MISTAKE` / `ABOUT HEALTH CARE`): a printed page's story head.
///
/// A related-story link set between an article's paragraphs is one line, a title the site's
/// template prints on one row (`BoundaryCapitalsLink.swift`); a story's own head on a printed or
/// copied page runs as wide as the column and wraps like the prose under it. So a capitals line
/// the reflow built from several printed lines is no inline link (`inline_capitals_link` leaves
/// it), and no bare subhead either: where cohesion with the story above (two stories of one desk
/// share words), the lack of a byline (`unlike_dump_headlines`) or the story-length prior would
/// hold it down, it opens its story (`joined_capitals_headline`). Narrow on purpose: raising
/// `capitals_headline` for every capitals line split a one-line capitals link inside a story on a
/// held-out outsider set. The reflow's record of joined lines reaches the planner as `Plan.spans`
/// (`StorySplitter.prepare`), shared, not copied.
extension BoundaryPlanner {
    /// Line `i` (set in capitals, `caps`) was joined by the reflow from 2+ printed lines and sits
    /// between mixed-case body lines: a paragraph above and one below.
    static func isJoinedCapitalsHeadline(_ i: Int, _ caps: (Int) -> Bool, _ plan: Plan) -> Bool {
        guard plan.printedLines(i) > 1, caps(i),
              let a = plan.facts.nonBlank(before: i), plan.facts.shape[a] == .body, !caps(a),
              let b = plan.facts.nonBlank(after: i), plan.facts.shape[b] == .body, !caps(b) else { return false }
        return true
    }

    /// In a capitals dump (asked from `applyCapitalsStyle`): headline-shaped joined capitals lines
    /// held under the threshold are lifted by `joined_capitals_headline`, and such lines already
    /// starting get it too, so the length prior weighs them as headlines with a head of their own
    /// (`isBare` leaves them out). Returns whether a candidate was added (the caller re-sorts).
    func markJoinedCapitalsHeadlines(_ candidates: inout [Candidate], _ caps: (Int) -> Bool,
                                     _ plan: inout Plan) -> Bool {
        let w = scorer.weights
        guard w[.joinedCapitalsHeadline] > 0, !plan.spans.isEmpty else { return false }
        for k in candidates.indices where candidates[k].start.isTitle {
            let i = candidates[k].line
            guard Self.isCapitalsHeadlineShape(candidates[k].start.scored), Self.isJoinedCapitalsHeadline(i, caps, plan) else { continue }
            candidates[k].start.scored.add(.joinedCapitalsHeadline, w)
        }
        var added = false
        for i in plan.spans.indices where plan.spans[i].count > 1 && plan.facts.shape[i] == .body {
            // A head announces the story below it: a line whose words come back below less than
            // above (`headline_affinity` < 0) is a wrapped link to a related story, as a one-line
            // one is to `inline_capitals_link`; it is not lifted over cohesion.
            guard var s = plan.rejected[i], Self.isCapitalsHeadlineShape(s), (s.value(of: .headlineAffinity) ?? 0) >= Self.linkAffinityBar,
                  s.score + w[.joinedCapitalsHeadline] >= config.threshold, Self.isJoinedCapitalsHeadline(i, caps, plan) else { continue }
            s.add(.joinedCapitalsHeadline, w)
            plan.rejected[i] = nil
            candidates.append(Candidate(i, Start(isTitle: true, scored: s)))
            added = true
        }
        return added
    }
}
