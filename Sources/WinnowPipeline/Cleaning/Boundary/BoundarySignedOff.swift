/// Dump style "every story signs off" (wire copy): each story ends with a sign-off the rules strip
/// as a trailer (`Reuter`, `(Reporting by …)`, `-- END --`). Where nearly every start has a trailer
/// between it and the start before, a dateline lede with none, a short way (`preamble_max_words`)
/// below the previous start, is that story's real lede under a preamble (a photo caption, an
/// editor's note, a partnership note, each of which can carry a dateline of its own): it gets
/// `unsigned_lede` and stops being a start if that takes it under the threshold.
extension BoundaryPlanner {
    /// `words[i]`: body words of lines before i (the planner's prefix sums).
    func applySignedOffStyle(_ candidates: inout [Candidate], _ words: [Int], _ plan: inout Plan) {
        let w = scorer.weights
        let m = candidates.count
        guard w[.unsignedLede] != 0, config.preambleMaxWords > 0, m >= 4 else { return }
        let facts = plan.facts
        /// A trailer lies between line a and start b, or a kept sign-off line right above b.
        func signedOff(_ a: Int, _ b: Candidate) -> Bool {
            if b.start.scored.fired.contains(.signOffBefore) { return true }
            for j in (a + 1)..<b.line where facts.shape[j] == .trailer { return true }
            return false
        }
        /// Body words from start `a` (its headline excluded) to line `b`.
        func gap(_ a: Candidate, _ b: Int) -> Int { words[b] - words[a.start.isTitle ? a.line + 1 : a.line] }
        // The style is read off the starts this pass does not judge: an unsigned start a short way
        // below the previous one is the question, not evidence (two preambles in a short dump
        // would hide its style).
        var closed = 0, judged = 0
        for k in 1..<m {
            if signedOff(candidates[k - 1].line, candidates[k]) { closed += 1 }
            else if gap(candidates[k - 1], candidates[k].line) <= config.preambleMaxWords { continue }
            judged += 1
        }
        guard judged >= 3, Double(closed) >= config.signedOffShare * Double(judged) else { return }
        var kept: [Candidate] = [candidates[0]]
        for c in candidates.dropFirst() {
            let prev = kept[kept.count - 1]
            guard !c.start.isTitle, !signedOff(prev.line, c), gap(prev, c.line) <= config.preambleMaxWords else { kept.append(c); continue }
            if let c = demoted(c, .unsignedLede, note: "dump's stories sign off; none since the start at line \(prev.line + 1)", &plan) { kept.append(c) }
        }
        candidates = kept
    }
}
