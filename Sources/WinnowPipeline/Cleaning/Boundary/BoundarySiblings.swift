/// Sibling subheads: an article's subheads come in a set of one shape (`What We Know`, `The Odds`,
/// `Why It Matters`: open, Title Case) spread through its body; a headline stands alone
/// between the end of one story and the body of its own. So a bare headline candidate (no header
/// block, dateline lede, trailer or start of text: shape and topic alone) with at least
/// `sibling_subhead_lines` lines of its own shape between the confident starts around it
/// (threshold + `confidentMargin`) is one of those subheads: it gets the `sibling_subheads`
/// weight, and stops being a start if that takes it under the threshold.
///
/// Only in a dump of unrelated stories (cohesion in use): a live blog's entries share one shape.
/// Only open and question endings: short prose paragraphs share the sentence shape anyway.
extension BoundaryPlanner {
    /// Starts at least this far above the threshold bound the region searched for siblings.
    static let confidentMargin = 2.0

    /// A line's headline shape: its ending and Title Case (nil: prose or no score). Not its length:
    /// one article's subheads run from two words to a dozen (`The Odds`, `What the Fishermen Fear
    /// Most This Season`) and still share ending and case. (With the length class as well, dev X
    /// story_f1 was .9423, without it .9433; A-G unchanged but G titles .9836 -> .9848.)
    static func shape(_ s: ScoredLine) -> UInt8? {
        guard !s.fired.contains(.tooLong), !s.fired.contains(.datelineStart) else { return nil }
        let ending: UInt8 = s.fired.contains(.openEnding) ? 1 : s.fired.contains(.questionEnding) ? 2 : 0
        guard ending != 0 else { return nil }
        return ending | (s.fired.contains(.titleCase) ? 4 : 0)
    }

    func applySiblingSubheads(_ candidates: inout [Candidate], _ lines: [ClassifiedLine], _ plan: inout Plan) {
        guard config.siblingSubheadLines > 0, scorer.weights[.siblingSubheads] != 0, candidates.count > 1 else { return }
        let w = scorer.weights
        let confident = config.threshold + Self.confidentMargin
        let loss = -w[.siblingSubheads]
        var drop = [Bool](repeating: false, count: candidates.count)
        // Each line's shape (0: none), made once, when the first bare candidate needs it: the
        // siblings check then reads one byte per line instead of copying each line's score.
        // (The sibling weight added below does not change a shape.) A sibling could pass for a
        // headline itself: a line under the cohesion band (a caption, a short prose line ending
        // open) is not one.
        var shapes: [UInt8] = []
        func makeShapes() {
            shapes = [UInt8](repeating: 0, count: lines.count)
            for i in lines.indices { if let s = plan.rejected[i], s.score >= config.threshold - config.cohesionMargin { shapes[i] = Self.shape(s) ?? 0 } }
            for c in candidates { shapes[c.line] = Self.shape(c.start.scored) ?? 0 }
        }
        for k in candidates.indices {
            let s = candidates[k].start.scored
            // Only a bare headline whose score the weight can take under the threshold.
            guard Self.isBare(candidates[k].start), !s.fired.contains(.headerRepeat), s.score < config.threshold + loss,
                  let shape = Self.shape(s) else { continue }
            if shapes.isEmpty { makeShapes() }
            var siblings = 0
            for j in Self.region(around: k, candidates, confident: confident, lineCount: lines.count)
                where j != candidates[k].line && shapes[j] == shape { siblings += 1 }
            guard siblings >= config.siblingSubheadLines else { continue }
            demote(k, .siblingSubheads, note: "\(siblings) lines of its shape between the confident starts around it",
                   &candidates, &drop, &plan)
        }
        candidates = candidates.indices.filter { !drop[$0] }.map { candidates[$0] }
    }

    /// The lines between the confident starts (score ≥ `confident`) around candidate `k`: the
    /// article it stands in, where its siblings are looked for.
    static func region(around k: Int, _ candidates: [Candidate], confident: Double, lineCount: Int) -> Range<Int> {
        var lo = k - 1
        while lo >= 0 && candidates[lo].start.scored.score < confident { lo -= 1 }
        var hi = k + 1
        while hi < candidates.count && candidates[hi].start.scored.score < confident { hi += 1 }
        return (lo >= 0 ? candidates[lo].line + 1 : 0)..<(hi < candidates.count ? candidates[hi].line : lineCount)
    }

    /// Adds `feature`'s weight to candidate `k`, with `note`; if that takes it under the threshold
    /// it is marked to drop, its score kept in `plan.rejected` (explain shows it).
    func demote(_ k: Int, _ feature: SplitFeature, note: String, _ candidates: inout [Candidate],
                _ drop: inout [Bool], _ plan: inout Plan) {
        candidates[k].start.scored.add(feature, scorer.weights)
        candidates[k].start.scored.note(note)
        if candidates[k].start.scored.score < config.threshold {
            drop[k] = true
            plan.rejected[candidates[k].line] = candidates[k].start.scored
        }
    }
}
