/// The text's first story, headline stripped. A dump that opens on a page's header (a photo
/// credit, the headline, a comment count, a time stamp) and then its lede plans no start: the
/// text's start opens a story anyway. When the rules stripped that header's headline as learned
/// (the same story runs in several dumps, so its headline line repeats across documents), the
/// story lost its title with it. So the first body line, with no start planned at or above it,
/// under a header block (at least one stripped furniture line under the headline) whose nearest
/// learned line has a headline's shape and stands apart from other learned lines (`learnedSetApart`),
/// starts the story with that line's text as its title (`Start.titleLine`, as
/// `liftHeadlinesOverHeaders` does for a planned start).
extension BoundaryPlanner {
    func titleFirstLedeFromLearned(_ candidates: inout [Candidate], _ lines: [ClassifiedLine], _ plan: inout Plan) {
        let facts = plan.facts
        guard let f = facts.shape.firstIndex(of: .body), candidates.first.map({ $0.line > f }) ?? true,
              !facts.byline[f], !facts.bullet[f], lines[f].linkRule == nil, facts.ending[f] != .open,
              !facts.isKeyPoint(f) else { return }
        var furniture = 0, seen = 0
        var p = f - 1
        while p >= 0 && seen < Self.maxHeaderLines {
            defer { p -= 1 }
            guard facts.shape[p] != .blank else { continue }
            seen += 1
            if isLearnedHeadline(p, lines) {
                guard furniture > 0, Self.learnedSetApart(p, lines, facts) else { return }
                var s = plan.rejected[f] ?? ScoredLine()
                s.note("the text's first lede, titled by a stripped headline over its header block")
                plan.rejected[f] = nil
                candidates.insert(Candidate(f, Start(isTitle: false, scored: s, titleLine: p)), at: 0)
                return
            }
            // A trailer ends a story above: no header of this one.
            if Self.endsStory(p, lines, facts) { return }
            furniture += 1
        }
    }

    /// Line `p` was stripped as learned and has a headline's shape: a story's headline learned
    /// because the story runs in several dumps.
    /// Not the label of a link list (`More in Politics` over its items): a box every page prints.
    func isLearnedHeadline(_ p: Int, _ lines: [ClassifiedLine]) -> Bool {
        lines[p].strippedRule == LearnedBoilerplate.rule
            && lines.withContentBytes(p, { Self.hasHeadlineShape($0, words: lines[p].words, config: config) })
            && !Self.labelsLinkList(p, lines)
            // A record header's field (`BoundaryFieldRun.swift`).
            && !Self.inFieldRun(p, lines)
    }

    /// The first non-blank line under line `p` is an item of a link list: `p` is the list's label.
    static func labelsLinkList(_ p: Int, _ lines: [ClassifiedLine]) -> Bool {
        var j = p + 1
        while j < lines.count, case .blank = lines[j].kind { j += 1 }
        return j < lines.count && lines[j].strippedRule == ListContext.rule
    }

    /// The learned line `p` is not the last of a block of learned lines: right above it (blank
    /// lines skipped) stands no other learned line. A widget block the corpus repeats on every
    /// page (`Trending Now` / `Recommended for you`) is learned whole; a headline learned from a
    /// story run in several dumps stands alone among the page's own furniture.
    static func learnedSetApart(_ p: Int, _ lines: [ClassifiedLine], _ facts: LineFacts) -> Bool {
        guard let a = facts.nonBlank(before: p) else { return true }
        return lines[a].strippedRule != LearnedBoilerplate.rule
    }
}
