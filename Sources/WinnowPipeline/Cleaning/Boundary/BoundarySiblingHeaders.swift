/// Sibling headers: a structured article sets a photo under each of its section heads, with the
/// same credit every time (`Time Might Be Up` / `Photo: Reuters`, `Enthusiasm Gap` / `Photo:
/// Reuters`, `Congress Has Its Attention Elsewhere` / `Photo: Reuters`). A short head over a credit
/// reads as a headline over its header block (`credit_after`), and the one whose words also come
/// back below it passed (b1, b4: the same article three times). A headline stands alone between
/// two stories; a section head has siblings of its own build in the same article.
///
/// So a short headline start (`too_few_words`) not confidently a start (under threshold +
/// `confidentMargin`, no trailer, start of text or page header repeat), whose first line below is
/// a stripped credit, with another short open line between the confident starts around it over a
/// credit with the same key, is a section head: `sibling_headers`.
extension BoundaryPlanner {
    func applySiblingHeaders(_ candidates: inout [Candidate], _ lines: [ClassifiedLine], _ plan: inout Plan) {
        let w = scorer.weights
        guard w[.siblingHeaders] != 0, candidates.count > 1 else { return }
        let facts = plan.facts
        let confident = config.threshold + Self.confidentMargin
        /// The key of the credit right below line `i` (past blanks), if the first line there is one.
        func creditBelow(_ i: Int) -> UInt64? {
            guard let j = facts.nonBlank(after: i) else { return nil }
            return facts.shape[j] == .credit ? lines[j].key : nil
        }
        var drop = [Bool](repeating: false, count: candidates.count)
        for k in candidates.indices {
            let s = candidates[k].start.scored
            guard candidates[k].start.isTitle, s.fired.contains(.tooFewWords), s.score < confident,
                  !s.fired.contains(where: { $0 == .trailerBefore || $0 == .startOfText || $0 == .headerRepeat || $0 == .kickerHeadline }),
                  let credit = creditBelow(candidates[k].line) else { continue }
            var siblings = 0
            for j in Self.region(around: k, candidates, confident: confident, lineCount: lines.count)
                where j != candidates[k].line && facts.shape[j] == .body
                && lines[j].words < config.minWords && facts.ending[j] == .open && creditBelow(j) == credit { siblings += 1 }
            guard siblings >= 1 else { continue }
            demote(k, .siblingHeaders, note: "\(siblings) short lines over the same credit between the confident starts around it",
                   &candidates, &drop, &plan)
        }
        candidates = candidates.indices.filter { !drop[$0] }.map { candidates[$0] }
    }
}
