/// Orphan headlines (step 4 of `plan`): a headline-shaped line left between a story's end and
/// the next story's lede, only stripped lines between, becomes that lede's title.
extension BoundaryPlanner {
    /// Line `p` stands between stripped lines: above it (blank lines skipped) are two or more too
    /// (a page's widgets, a breadcrumb). With stripped lines below it and a lede after them, it is that
    /// lede's headline as surely as one after a trailer (`adoptOrphanHeadlines`). Not after a
    /// sentence's end: there the line is as often the story's own last line (`— With assistance
    /// by …`, an author's bio) over the next story's header.
    static func standsAlone(_ p: Int, _ lines: [ClassifiedLine]) -> Bool {
        var a = p - 1, stripped = 0
        while a >= 0 && lines[a].kind != .body {
            if case .stripped = lines[a].kind { stripped += 1 }
            a -= 1
        }
        return stripped >= minStrippedAbove
    }

    /// Stripped lines above an orphan headline (`standsAlone`): one alone is as often a story's
    /// own furniture (`Advertisement`, a photo credit) over its last line.
    static let minStrippedAbove = 2

    /// A headline-shaped line right after the end of a story (a trailer before it, or a stripped
    /// line: `standsAlone`) that did not
    /// start a story itself, followed by nothing but stripped lines and then a lede that starts one:
    /// that line is the lede's headline (a credit the rules read as a trailer, `© Jane Doe/AFP`,
    /// hid the header block from the headline's own score). It becomes the story's title.
    func adoptOrphanHeadlines(_ candidates: inout [Candidate], _ lines: [ClassifiedLine], _ plan: inout Plan) {
        for k in candidates.indices where !candidates[k].start.isTitle {
            // Its own walk (not `previousBody`): at most `lookahead` stripped lines, and at least one.
            var p = candidates[k].line - 1
            var stripped = 0
            while p >= 0 && lines[p].kind != .body && stripped <= scorer.lookahead {
                if case .stripped = lines[p].kind { stripped += 1 }
                p -= 1
            }
            guard p >= 0, lines[p].kind == .body, stripped > 0, let s = plan.rejected[p],
                  s.fired.contains(.trailerBefore) || Self.standsAlone(p, lines),
                  s.fired.contains(.openEnding), !s.fired.contains(.tooLong),
                  k == 0 || candidates[k - 1].line < p else { continue }
            plan.rejected[p] = nil
            var start = candidates[k].start
            start.isTitle = true
            start.scored.note("headline of the lede at line \(candidates[k].line + 1) (stripped lines between)")
            candidates[k] = Candidate(p, start)
        }
    }
}
