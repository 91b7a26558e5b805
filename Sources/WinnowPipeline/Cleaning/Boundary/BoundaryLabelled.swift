/// Labelled headlines: sites put a section label over whole headlines (`OPINION: Tax cuts are
/// key`, `COLUMN: Polarization in government needs to end`). Such a kicker headline is scored as
/// the dateline lede it looks like, so cohesion with a story on a related topic takes it just under
/// the threshold. In a dump whose stories start at headlines (not at dateline ledes, where a
/// dateline-shaped line of headline length is a lede), a kicker headline of headline length
/// (`min_words`+ words with its label) gets the `labelled_headline` weight, and starts a story if
/// that takes it over the threshold. A short label line (`CSI: Environment`) is a section heading.
///
/// After the dump-style checks: a kicker votes with the dateline ledes there, and the weight must
/// not turn a headline dump into a dateline one.
extension BoundaryPlanner {
    func applyLabelledHeadlines(_ candidates: inout [Candidate], _ lines: [ClassifiedLine], _ plan: inout Plan) {
        let w = scorer.weights
        guard w[.labelledHeadline] != 0, !Self.startsAtDatelines(candidates) else { return }
        func labelled(_ i: Int, _ s: ScoredLine) -> Bool {
            Self.isKicker(s) && lines[i].words >= config.minWords
        }
        for k in candidates.indices where labelled(candidates[k].line, candidates[k].start.scored) {
            candidates[k].start.scored.add(.labelledHeadline, w)
        }
        var added: [Candidate] = []
        // A kicker opens with a dateline-shaped label: only those lines are looked up (a look-up
        // copies the line's score).
        for i in lines.indices where plan.facts.places[i] != nil && lines[i].words >= config.minWords {
            guard var s = plan.rejected[i] else { continue }
            if !labelled(i, s) {
                // A label over a question headline (`OPINION: Has Trump caused a rural rebound?`):
                // in a dump whose stories start at headlines, a kicker headline too. (Where stories
                // start at dateline ledes, `ADDIS ABABA: Do you live in a bubble?` is a lede.)
                guard config.questionKickers, s.fired.contains(.datelineStart), plan.facts.ending[i] == .question,
                      scorer.isKickerHeadline(i, in: lines, facts: plan.facts, question: true) else { continue }
                s.add(.kickerHeadline, w)
                s.note("question under a section label")
                // Scored as a lede, it was asked about the furniture above it only: a page's header
                // below it (a byline and a time stamp) holds it against cohesion as it holds a
                // kicker headline (`page_header`).
                if w[.pageHeader] != 0, !s.fired.contains(.pageHeader),
                   BoundaryScorer.isPageHeader(scorer.furnitureBelowKinds(i, in: lines, facts: plan.facts)) { s.add(.pageHeader, w) }
            }
            s.add(.labelledHeadline, w)
            plan.rejected[i] = s
            guard s.score >= config.threshold else { continue }
            plan.rejected[i] = nil
            added.append(Candidate(i, Start(isTitle: true, scored: s)))
        }
        guard !added.isEmpty else { return }
        candidates = (candidates + added).sorted { $0.line < $1.line }
    }

    /// `started_kickers`: a kicker that starts a story already, scored as the dateline lede it looks
    /// like (a copyright line, an ad or a caption between it and its lede, or a question ending),
    /// gives the story its title. Last of all, after the length priors: it names a story, it never
    /// decides one (as a kicker it would escape the dump-style checks).
    func titleStartedKickers(_ candidates: inout [Candidate], _ lines: [ClassifiedLine], _ plan: Plan) {
        guard config.startedKickers else { return }
        // A dump whose every dateline start is kicker-shaped opens its stories at kicker headlines
        // (`BoundaryStartedKickerDump.swift`).
        if Self.startsAtDatelines(candidates) && !startsAtKickersOnly(candidates, lines, plan) { return }
        for k in candidates.indices where !candidates[k].start.isTitle && !Self.isKicker(candidates[k].start.scored)
            && candidates[k].start.scored.fired.contains(.datelineStart) && lines[candidates[k].line].linkRule == nil
            && scorer.isStartedKicker(candidates[k].line, in: lines, facts: plan.facts) {
            candidates[k].start.isTitle = true
            candidates[k].start.scored.add(.kickerHeadline, scorer.weights)
            candidates[k].start.scored.note("started_kickers: a section label over a headline that starts a story gives its title")
        }
    }
}
