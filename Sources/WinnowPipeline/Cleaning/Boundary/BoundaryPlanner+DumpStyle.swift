/// The dump's house style, voted over its headline starts: whether its headlines carry header
/// blocks (credits, widgets, a repeat below them) and whether its stories open at dateline ledes
/// rather than headlines. A start that goes against the dump's style is demoted (`demoted`), as an
/// in-article subhead, pull quote or caption usually does.
extension BoundaryPlanner {
    /// A header block of the line's own right below it: credits, widgets, a repeat of the line,
    /// a date prefix.
    static func hasHeaderBlock(_ s: ScoredLine) -> Bool {
        s.fired.contains(.creditAfter) || s.fired.contains(.widgetAfter) || s.fired.contains(.repeatedAfter) || s.fired.contains(.datePrefix)
    }

    /// Header evidence: what a real headline in a dump with page furniture has below it (a header
    /// block, or page furniture).
    static func hasHeader(_ s: ScoredLine) -> Bool {
        hasHeaderBlock(s) || s.fired.contains(.furnitureAfter)
    }

    /// A header of the line's own below it (`hasHeader`, its byline, its dateline lede): what a real
    /// headline under a page header carries, and a page's opening paragraph does not
    /// (`BoundaryShortLede`, `BoundaryTwoSentenceLede`, `BoundaryPageHeaderLede`).
    static func hasOwnHeader(_ s: ScoredLine) -> Bool {
        hasHeader(s) || s.fired.contains(.bylineAfter) || s.fired.contains(.datelineAfter)
    }

    /// A start anchored by more than its shape: a header block below it, a dateline lede after it,
    /// the start of the text or a trailer before it.
    static func isAnchored(_ s: ScoredLine) -> Bool {
        hasHeaderBlock(s) || s.fired.contains(.datelineAfter) || s.fired.contains(.startOfText) || s.fired.contains(.trailerBefore)
    }

    /// Whether a dump's house style shows `mark`: at least `header_style_share` of `titles` have it
    /// (no titles: vacuously true). The dump-style checks (header blocks, wide gaps) share it.
    /// `tiesAbstain`: a share exactly at the bar (2 of 4) shows no house style (`BoundaryStyleVote.swift`).
    func dumpShare(_ titles: [Candidate], _ mark: (ScoredLine) -> Bool, tiesAbstain: Bool = false) -> Bool {
        let marked = titles.filter { mark($0.start.scored) }.count
        return Self.votes(marked, of: titles.count, share: config.headerStyleShare, tiesAbstain: tiesAbstain)
    }

    /// Whether the dump's headlines carry header blocks (`dumpShare` of `hasHeader`; a tie is none
    /// with `header_style_ties_abstain`, for the long-story prior as for `unlike_dump_headlines`).
    func headerStyle(_ titles: [Candidate]) -> Bool {
        dumpShare(titles, Self.hasHeader, tiesAbstain: config.headerStyleTiesAbstain)
    }

    /// Whether the dump's headline starts vote for header blocks (`fileHeaderStyle` over
    /// `styleVoters`): `applyDumpStyle` acts on it, and `anchoredHeaderStyle` only asks where it
    /// did not pass. `labels` is `labelsOverTitles(candidates)`, computed once for both.
    func dumpHeaderStyle(_ candidates: [Candidate], _ labels: [Bool], _ plan: Plan) -> Bool {
        fileHeaderStyle(Self.styleVoters(candidates, labels, plan.facts), plan)
    }

    /// Demotes the bare headline starts of a dump whose headlines carry header blocks; asked only
    /// where `dumpHeaderStyle` passed. `labels`: `labelsOverTitles(candidates)`.
    func applyDumpStyle(_ candidates: inout [Candidate], _ labels: [Bool], _ lines: [ClassifiedLine], _ plan: inout Plan) {
        // The wide-gap exemption holds only where the dump's headlines come under wide gaps
        // (`gapShare`, the share `applyGapStyle` asks too): one line under a stray wide gap in a
        // dump of single-blank stories is no story gap.
        let gapped = candidates.contains { $0.start.scored.fired.contains(.wideGapHeadline) } && gapShare(candidates)
        candidates = candidates.indices.compactMap { k in
            let c = candidates[k]
            // A label over a title is the kicker rule's, not a headline the vote weighs.
            if labels[k] { return c }
            // Right after a trailer the story above signed off: the line opens the next one. A
            // record's first line opens its page (`BoundaryFileStyle.swift`). A headline under the
            // dump's story gap (`wide_gap_headline`, in a dump whose headlines come under wide gaps)
            // is set apart as the dump sets its stories: the gap stands where another page's header
            // block would (`BoundaryWideGap.swift`). So does markup debris over a topic shift.
            guard c.start.isTitle, !Self.isKicker(c.start.scored), !Self.hasHeader(c.start.scored), !c.start.scored.fired.contains(.trailerBefore),
                  !Self.isUnderTagList(c.line, lines, plan.facts),  // the page above closed (BoundaryTagList.swift)
                  !(gapped && c.start.scored.fired.contains(.wideGapHeadline)),
                  !c.start.scored.fired.contains(.markupEdgeHeadline),  // BoundaryMarkupEdge.swift
                  !c.start.scored.fired.contains(.learnedLabelHeadline),  // BoundaryLearnedLabelEdge.swift
                  !(plan.record && c.start.scored.fired.contains(.startOfText)),
                  !Self.datelineAnchorsHeadline(c.start.scored),
                  !Self.headsRepeatedHeader(k, candidates) else { return c }  // BoundaryRepeatedHeaderStyle.swift
            return demoted(c, .unlikeDumpHeadlines, note: nil, &plan)
        }
    }

    /// Short title candidates (`too_few_words`) with no header of their own (`hasHeader`) right over
    /// another title candidate (only blank or stripped lines between): a section label or kicker set over the
    /// headline (`Politics` / the headline), which the kicker rule then takes as that headline's
    /// label. Such a line shows nothing of the dump's header style (the headline below carries the
    /// header block), so it does not vote. (A line with a header of its own over another title is a
    /// headline over its repeat and votes: left out, such pairs tied b1/096's vote and a subhead
    /// stood. A longer bare line there is no label: a sign-off over the next headline, `— With
    /// assistance by …`, still votes as bare, as before.)
    /// Counted as bare, two labels and a headline's first copy over its header tied a dump's
    /// header-style vote (6 of 12 in b3/093; without the labels 6 of 10 carry a header), and an
    /// article's subhead stood.
    static func labelsOverTitles(_ candidates: [Candidate], _ facts: LineFacts) -> [Bool] {
        candidates.indices.map { k in
            guard candidates[k].start.isTitle, candidates[k].start.scored.fired.contains(.tooFewWords),
                  !hasHeader(candidates[k].start.scored), k + 1 < candidates.count,
                  candidates[k + 1].start.isTitle else { return false }
            return !((candidates[k].line + 1)..<candidates[k + 1].line).contains { facts.shape[$0] == .body }
        }
    }

    /// The title candidates that vote on the dump's header style: labels over a title
    /// (`labelsOverTitles`) left out, a bare dek stacked under a headed title left out
    /// (`BoundaryStackedDekVote.swift`).
    static func styleVoters(_ candidates: [Candidate], _ labels: [Bool], _ facts: LineFacts) -> [Candidate] {
        leavingOutStackedDeks(candidates.indices.filter { candidates[$0].start.isTitle && !labels[$0] }.map { candidates[$0] }, facts)
    }

    /// Dump style "dateline ledes, no headlines": when more stories start at a bare dateline lede
    /// than at a headline with evidence (a header block or a dateline lede after it), a headline
    /// candidate not followed by a dateline lede is an in-article subhead, pull quote or a
    /// caption (whose credit line looks like a header block).
    func applyDatelineStyle(_ candidates: inout [Candidate], _ plan: inout Plan) {
        guard Self.startsAtDatelines(candidates) else { return }
        candidates = candidates.compactMap { c in
            guard c.start.isTitle, !Self.isKicker(c.start.scored),
                  !c.start.scored.fired.contains(.datelineAfter) && !c.start.scored.fired.contains(.startOfText) else { return c }
            return demoted(c, .unlikeDumpHeadlines, note: "dump starts stories at dateline ledes", &plan)
        }
    }

    /// More stories start at a bare dateline lede (or a kicker) than at a headline with evidence.
    static func startsAtDatelines(_ candidates: [Candidate]) -> Bool {
        // A kicker headline (`OPINION: …`) opens like a dateline: it votes with the dateline starts.
        // A lede found only by a stripped line's dateline (`stripped_dateline`) does not vote: a
        // caption under a headline carries one as often as a wire lede.
        // Counted in place: `filter { … }.count` copied every passing candidate only to count it,
        // and `fired.contains(where:)` walked the fired features where a bit test answers.
        var bare = 0, backed = 0
        for k in candidates.indices {
            let isTitle = candidates[k].start.isTitle
            let fired = candidates[k].start.scored.fired
            if (!isTitle || isKicker(candidates[k].start.scored)) && !fired.contains(.strippedDateline)
                && !fired.contains(.furnitureBlock) && !fired.contains(.lonePageEdge) && !fired.contains(.softBlock)
                && !fired.contains(.learnedLabelEdge)
                && !fired.contains(.trailerEdge) {
                bare += 1
            }
            if isTitle && hasEvidence(candidates[k].start.scored) { backed += 1 }
        }
        return bare >= 2 && bare > backed
    }

    /// A kicker headline starts a story as a dateline lede does; the style checks leave it alone.
    static func isKicker(_ s: ScoredLine) -> Bool { s.fired.contains(.kickerHeadline) }

    /// A line scored as a headline (or a kicker headline), not a dateline lede or a link.
    static func isHeadlineCandidate(_ s: ScoredLine) -> Bool {
        if s.fired.contains(.linkLine) { return false }
        return isKicker(s) || !s.fired.contains(.datelineStart)
    }

    /// Starts at a headline, kickers not counted: the dump-style checks weigh them against the
    /// starts at dateline ledes.
    static func headlineStarts(_ candidates: [Candidate]) -> Int {
        // Counted in place, as in `startsAtDatelines`.
        var n = 0
        for k in candidates.indices where candidates[k].start.isTitle && !isKicker(candidates[k].start.scored) { n += 1 }
        return n
    }
}
