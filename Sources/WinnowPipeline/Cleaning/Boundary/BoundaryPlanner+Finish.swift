/// The planner's second phase (`BoundaryPlanner.plan`): the text-level checks over the scored starts
/// (cohesion, dump style, story length, the header lift), and the tests they share.
extension BoundaryPlanner {
    /// The second phase of `plan`: the text-level checks over the scored starts.
    func finish(_ scored: Scored, _ lines: [ClassifiedLine], record: Bool, fileStyle: StyleTally) -> Plan {
        var candidates = scored.candidates
        var plan = scored.plan
        var affinity = scored.affinity
        let useCohesion = scored.useCohesion
        let facts = plan.facts
        plan.fileStyle = fileStyle
        plan.record = record
        // One header-style vote over the same voters for both checks (labels over titles left out).
        let labels = scored.labels
        let dumpStyle = dumpHeaderStyle(candidates, labels, plan)
        let anchoredStyle = anchoredHeaderStyle(candidates, plan, dumpStyle: dumpStyle)
        if dumpStyle { applyDumpStyle(&candidates, labels, lines, &plan) }
        if anchoredStyle { applyAnchoredHeaderStyle(&candidates, &plan) }
        applyCaptionHeadStyle(&candidates, lines, &plan)  // BoundaryCaptionHead.swift
        // After the header-style vote: its labels are per scored candidate.
        dropTitlesOverLaterSlides(&candidates, lines, &plan)
        applyGapStyle(&candidates, &plan)
        applyWideGapLedes(&candidates, lines, cohesion: scored.cohesion, &plan)  // BoundaryWideGapLede.swift
        applyDatelineStyle(&candidates, &plan)
        applyLabelledHeadlines(&candidates, lines, &plan)
        applyHeadlineStyle(&candidates, lines, &plan)
        if !applyMixedCaseStyle(&candidates, lines, &plan) { applyCapitalsStyle(&candidates, lines, &plan, affinity: &affinity) }
        applyLabelStyle(&candidates, lines, &plan)
        moveTitlesToLabelledHeadlines(&candidates, lines, &plan)  // BoundaryLabelledBelow.swift
        applyIndentStyle(&candidates, lines, &plan)
        applySeparatorStyle(&candidates, lines, &plan)
        releaseDekVetoes(&candidates, &plan)  // `BoundaryDekVeto.swift`: after the style checks, before starts merge
        mergeHeadlineLedes(&candidates, lines, &plan)
        dropLedesUnderEditorsNotes(&candidates, lines, &plan)  // BoundaryEditorsNote.swift
        dropAnnouncedTranscripts(&candidates, lines, &plan)  // BoundaryAnnouncedTranscript.swift
        dropQuestionSubheads(&candidates, lines, &plan)  // BoundaryQuestionSubhead.swift
        if useCohesion { applySiblingSubheads(&candidates, lines, &plan) }
        applySiblingHeaders(&candidates, lines, &plan)
        if record { applyRecordStyle(&candidates, scored.recordEdges, lines, &plan) }
        // Prefix sums of body words, so a segment's length is one subtraction (both priors).
        var words = [Int](repeating: 0, count: lines.count + 1)
        // The shape, not `lines[i].kind`: a line taken out of the array retained its storage and rule.
        for i in lines.indices { words[i + 1] = words[i] + (facts.shape[i] == .body ? lines[i].words : 0) }
        applySignedOffStyle(&candidates, words, &plan)
        applyCaptionLedes(&candidates, lines, &plan)
        applyWireOpenings(&candidates, lines, &plan)
        applyLengthPrior(&candidates, lines, words, &plan, soft: useCohesion)
        // After the length prior: a record's edge under its story's close is no length guess.
        if !scored.recordEdges.isEmpty { openClosedRecordEdges(&candidates, lines, scored.recordEdges, &plan) }
        if useCohesion && !record { applyLongStoryPrior(&candidates, lines, words, &plan) }
        if useCohesion { applyLongStoryLedes(&candidates, lines, words, scored.cohesion, &plan) }  // BoundaryLongStoryLede.swift
        adoptOrphanHeadlines(&candidates, lines, &plan)
        adoptLedeHeadlines(&candidates, lines, &plan, affinity: &affinity)
        adoptLeadIns(&candidates, lines, &plan)
        moveTitlesOffSignOffs(&candidates, lines, &plan)  // BoundarySignOffTitle.swift
        titleStartedKickers(&candidates, lines, plan)
        liftRepeatedTitles(&candidates, lines, &plan)
        liftOverRepeatedTeasers(&candidates, lines, &plan)  // BoundaryTeaserUnderHeadline.swift
        liftHeadlinesOverHeaders(&candidates, lines, &plan)
        liftForumPasteTitles(&candidates, lines, &plan)  // BoundaryForumPaste.swift
        moveStartsOverCaptions(&candidates, lines, &plan)
        if config.subheadBoxes { moveStartsOverSubheadBoxes(&candidates, lines, &plan) }  // BoundarySubheadBox.swift
        moveTitlesOverPageTops(&candidates, lines, &plan)
        moveStartsOffTitleTags(&candidates, lines, &plan)
        moveTitlesUpToTaggedHeadlines(&candidates, lines, &plan)
        // After every move: a start the lifts set under a bare note is the note's promo.
        dropStartsUnderBareNotes(&candidates, lines, &plan)  // BoundaryEditorsNote.swift
        // Last: whatever the checks above moved or kept, a titled record is one article.
        if record && scored.titledRecord { keepTitledRecordWhole(&candidates, lines, &plan) }
        // Empty until here (only this loop sets starts): made with room for every candidate.
        plan.starts = LineSlots(count: lines.count, reserving: candidates.count)
        for c in candidates { plan.starts[c.line] = c.start }
        return plan
    }

    /// The text's first content line, short and followed by a longer one: the headline of a dump
    /// that has headlines, even one that ends like a sentence (`Harry Truman, please call Obama.`).
    /// A long sentence there is a lede, so sentence-ending lines need to be short, unless every
    /// long word is capitalised (`A Jail Increased Extreme Isolation to Stop Suicides. More People
    /// Killed Themselves.`): a lede naming people still sets its verbs and nouns in lower case.
    static func isLeadingHeadline(_ i: Int, _ s: ScoredLine, _ lines: [ClassifiedLine], _ config: SplitConfig) -> Bool {
        guard s.fired.contains(.startOfText), lines[i].words <= config.maxWords else { return false }
        if lines.withContentBytes(i, LineText.ending(bytes:)) == .sentence && lines[i].words > config.minWords + 2
            && !(s.fired.contains(.titleCase) && lines.withContentBytes(i, SplitText.titleCaseShare) >= 1) { return false }
        // The next body line, on `lines` (not `LineFacts`): passing `LineFacts` in here made the
        // scoring loop of `plan` copy line scores (splitter +1.1% instructions on dev A).
        var j = i + 1
        while j < lines.count && lines[j].kind != .body { j += 1 }
        return j < lines.count && lines[j].words > lines[i].words
    }

    /// Share of body lines of 4+ words without terminal punctuation. In a dump where nearly every
    /// line ends like a sentence, an open line stands out (and is likely a headline).
    static func openEndingShare(_ lines: [ClassifiedLine], _ facts: LineFacts) -> Double {
        var n = 0, open = 0
        for i in lines.indices where facts.shape[i] == .body && lines[i].words >= 4 {
            n += 1
            if facts.ending[i] == .open { open += 1 }
        }
        return n < 8 ? 1 : Double(open) / Double(n)
    }

    /// Start `c` with the (negative) weight of style check `f` added, and why (`note`, for
    /// `explain`): still a start if it passes the threshold, else it becomes a rejected line.
    func demoted(_ c: Candidate, _ f: SplitFeature, note: String?, _ plan: inout Plan) -> Candidate? {
        var c = c
        c.start.scored.add(f, scorer.weights)
        if let note { c.start.scored.note(note) }
        if c.start.scored.score >= config.threshold { return c }
        plan.rejected[c.line] = c.start.scored
        return nil
    }

    /// A headline start on shape and topic alone: no header block, dateline lede, trailer before it
    /// or start of text, and not a kicker. That is what an in-article subhead looks like. Nor under a
    /// page's header (`page_header`: two page edges set above it), which no article sets over a subhead.
    static func isBare(_ start: Start) -> Bool {
        start.isTitle && !isKicker(start.scored) && !isAnchored(start.scored) && !isPageStart(start.scored)
            && !carriedHeadMarks.contains(where: start.scored.fired.contains)
    }

    /// Marks of a page's head that the header-block features do not see: a capitals headline over
    /// its byline (`BoundaryCapitalsByline.swift`), the next page's head set over a headline
    /// (`BoundaryHeaderAbove.swift`), a capitals headline wrapped over printed lines
    /// (`BoundaryJoinedHeadline.swift`), any capitals head on a printed page's copy
    /// (`BoundaryPrintedHead.swift`). A headline with one is no bare subhead.
    static let carriedHeadMarks: [SplitFeature] = [.capitalsBylineHeadline, .headerAbove, .joinedCapitalsHeadline, .joinedCapitalsHead, .printedHead]

    /// `isAnchored`, or page furniture below the line.
    static func hasEvidence(_ s: ScoredLine) -> Bool {
        isAnchored(s) || s.fired.contains(.furnitureAfter)
    }
}
