/// A title start planned at a story's sign-off, over the next story's headline.
///
/// A wire story ends with its credits set off by a dash (`— With assistance by Jane Doe, John
/// Roe`) or a sign-off (`Jane Doe contributed to this report.`, an e-mail, a bio). Right over the
/// next story's headline such a line is short, open-ended and capitalised, and a topic shift
/// runs through it: it scored as the headline and the real one under it was stripped as header
/// furniture between a headline and its lede. A story's tail is never its headline
/// (`isHeaderHeadline` refuses it in the header lift for the same reason).
///
/// So a title start at a line that opens with a dash or reads as a sign-off, with a headline
/// (`isHeaderHeadline`) as the next non-blank line and no other start at it, moves down to that
/// headline; the tail stays the last line of the story above.
extension BoundaryPlanner {
    func moveTitlesOffSignOffs(_ candidates: inout [Candidate], _ lines: [ClassifiedLine], _ plan: inout Plan) {
        let facts = plan.facts
        for k in candidates.indices where candidates[k].start.isTitle && candidates[k].start.titleLine == nil {
            let t = candidates[k].line
            guard lines.withContentBytes(t, Self.opensWithDash) || SignOff.matches(lines, t),
                  let h = facts.nonBlank(after: t), facts.shape[h] == .body,
                  k + 1 == candidates.count || candidates[k + 1].line > h,
                  isHeaderHeadline(h, lines, facts) else { continue }
            var s = plan.rejected[h] ?? candidates[k].start.scored
            s.note("the headline under a story's sign-off (line \(t + 1)), where the title was planned")
            plan.rejected[h] = nil
            plan.rejected[t] = candidates[k].start.scored
            candidates[k] = Candidate(h, Start(isTitle: true, scored: s))
        }
    }
}
