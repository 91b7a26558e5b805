/// `dek_above` holds only while the start it hands the story to stands.
///
/// `dekAbove` vetoes a lede (or a caption) under its header block because the story began above
/// it: at the start planned over the dek or teaser (`planned`, the last candidate when the lede
/// was scored: the headline over the teaser, or the teaser itself). That start is only a
/// candidate then; the dump-style checks that run after every line is scored may still demote
/// it: a portal page whose headline carries no header block of its own (the teaser stands between
/// it and the byline) in a dump whose headlines do loses it to `unlike_dump_headlines`. With the
/// headline gone and the lede vetoed, nothing starts the page: it was glued to the story above
/// (a sponsored box over the headline).
///
/// So a vetoed line remembers the start it deferred to (`Plan.dekVetoes`), and where that start
/// is no candidate any more after the style checks, the veto is taken back (its weight added
/// back, noted for `explain`): the lede starts the story again, and the header lift moves it up
/// to the headline over its block as it would without the veto.
extension BoundaryPlanner {
    /// A line `dek_above` held under the threshold, and the candidate it deferred to.
    struct DekVeto {
        var line: Int
        var over: Int
        var start: Start
    }

    /// Takes back the vetoes whose start (`over`) the dump-style checks demoted. Asked right after
    /// them: the passes after (`mergeHeadlineLedes` first) merge and move starts, and a start
    /// merged into the headline over it (a caption printed twice under its header) still begins
    /// the story over the dek.
    func releaseDekVetoes(_ candidates: inout [Candidate], _ plan: inout Plan) {
        guard !plan.dekVetoes.isEmpty else { return }
        for v in plan.dekVetoes {
            let k = candidates.firstIndex { $0.line >= v.over } ?? candidates.count
            if k < candidates.count && candidates[k].line == v.over { continue }
            var start = v.start
            start.scored.score -= scorer.weights[.dekAbove]
            start.scored.note("dek_above taken back: the start over the dek (line \(v.over + 1)) was demoted")
            guard start.scored.score >= config.threshold else { plan.rejected[v.line] = start.scored; continue }
            plan.rejected[v.line] = nil
            let at = candidates[k...].firstIndex { $0.line > v.line } ?? candidates.count
            candidates.insert(Candidate(v.line, start), at: at)
        }
    }
}
