/// Record style: a JSONL record is a document the user gave us. Its start is a story start, and
/// the record is one story unless it shows clear evidence of another: a second page's header, a
/// trailer closing the story above, a dateline lede under the headline. A headline candidate inside
/// the record on shape and topic alone (`isBare`: no header block, dateline lede or trailer before
/// it) is an article's own subhead (a newsletter's item heads, a live page's
/// section titles, a pull quote), not a second story (`unlike_record_headlines`), however far its
/// words stray from the paragraphs around it: cohesion and headline affinity, which lift such a
/// line in a dump of glued pages, are what a long article's sections show too.
///
/// Unless the record is glued itself: a scraper that saved a whole dump (or a run of pages) as one
/// record puts other articles' headlines in it. Across a subhead the article's names and terms go
/// on; across a glued headline the text on either side shares next to nothing, less than unrelated
/// stories share on average (`record_glued_cohesion`), and that line keeps its start. So does one
/// across which the topic shifts (`topic_shift_below`) whose words come back below it and not above
/// it (headline affinity of `record_glued_affinity` or more): a subhead names its own article's
/// matter, which the paragraphs above it discussed too. Not an interviewer's question over a
/// speaker's turn label (`BoundaryTurnLabels.swift`): an interview turns to new matter at its
/// questions, and the answer below repeats the question's words. Nor one a second page's own
/// furniture marks: its text again after a caption's `|` (`BoundaryRecordCaptionEcho.swift`), or a
/// related-links box over it with its words coming back below (`BoundaryRecordLinkList.swift`).
/// Nor one set bare between paragraphs of a headed record in a file of headed pages: that is the
/// article's own section head whatever its topic (`BoundaryRecordSubhead.swift`).
///
/// Short unknown lines under a candidate (`furniture_after`) count as its header only where the
/// record's own start has nothing stronger: under a record that opens with credits, widgets or a
/// byline they are the article's captions or pull quotes. Dateline ledes are left alone (a wire
/// dateline opens a story in any text); text dumps are left to the dump-level votes
/// (`applyDumpStyle`, 3+ titles). Nor does the long-story prior run on a record
/// (`BoundaryPlanner.plan`): a record's story is as long as its author wrote it, and a record of
/// one long article would have its demoted subheads restored as "glued" headlines.
extension BoundaryPlanner {
    /// `edges`: the record edges' first content lines (`Scored.recordEdges`; empty for none). A
    /// closed edge (`closedAbove`) is exempt whatever `record_edge_closed` weighs: at weight 0 the
    /// feature does not fire, and the edge is still the joined record's own start.
    func applyRecordStyle(_ candidates: inout [Candidate], _ edges: [Bool], _ lines: [ClassifiedLine], _ plan: inout Plan) {
        guard scorer.weights[.unlikeRecordHeadlines] != 0, !candidates.isEmpty else { return }
        let head = candidates[0].start.scored
        let strong = head.fired.contains(.startOfText) && Self.isPageStart(head)
        let facts = plan.facts
        // Records of one url that each hold a story: every edge is a head (`BoundaryRecordStoryEdges.swift`).
        let storyEdges = edgesOpenStories(edges, candidates, plan)
        candidates = candidates.indices.compactMap { k in
            let c = candidates[k]
            let fired = c.start.scored.fired
            let closedEdge = !edges.isEmpty && edges[c.line] && (storyEdges || Self.closedAbove(c.line, c.start.scored, facts))
            // A subhead over one ad slot's label is bare too (`BoundaryRecordLoneWidget.swift`).
            guard !fired.contains(.startOfText), !closedEdge, Self.isBare(c.start) || overLoneWidget(c.line, c.start, lines),
                  !fired.contains(.furnitureBlock), !Self.hasByByline(c.line, c.start.scored, lines),
                  !Self.echoedInCaption(c.line, lines), !gluedUnderLinkList(c.line, c.start.scored, lines),
                  strong || !fired.contains(.furnitureAfter), !mayBeGluedInRecord(c.line, c.start.scored, strong: strong, lines, plan),
                  !Self.headsRepeatedHeader(k, candidates) else { return c }  // BoundaryRepeatedHeaderStyle.swift
            return demoted(c, .unlikeRecordHeadlines, note: "a headline inside a record with no page header or trailer of its own", &plan)
        }
    }

    /// Cohesion across the line measured and below `record_glued_cohesion`, or a topic shift with
    /// the line's words coming back below it only: another article begins.
    func gluedInRecord(_ i: Int, _ s: ScoredLine, _ facts: LineFacts) -> Bool {
        guard let sim = s.value(of: .cohesion), sim >= 0, !Self.overTurnLabel(i, facts) else { return false }
        if config.recordGluedCohesion > 0 && sim < config.recordGluedCohesion { return true }
        guard config.recordGluedAffinity > 0, sim < config.topicShiftBelow, let a = s.value(of: .headlineAffinity) else { return false }
        return a >= config.recordGluedAffinity
    }

    /// The next body line under `i` (blank and stripped lines between) is a speaker's turn label.
    static func overTurnLabel(_ i: Int, _ facts: LineFacts) -> Bool {
        var j = i + 1
        while j < facts.shape.count && facts.shape[j] != .body { j += 1 }
        return j < facts.shape.count && facts.isTurnLabel(j)
    }

    /// A short byline right under the headline that says so (`short_byline_after` on `By Jane
    /// Doe, Capitol Dispatch`) is that page's own header, as a longer byline (`byline_after`) is:
    /// an article sets no byline under its own subheads, so the headline opens a second article
    /// glued into the record. Only a line opening with `By `: a short Title Case subhead of two
    /// phrases (`Build Canals, Not Dams`) has a `Jane Doe, Reuters` byline's shape too.
    static func hasByByline(_ i: Int, _ s: ScoredLine, _ lines: [ClassifiedLine]) -> Bool {
        guard s.fired.contains(.shortBylineAfter) else { return false }
        var j = i + 1
        while j < lines.count && j <= i + bylineReach {
            if case .blank = lines[j].kind { j += 1; continue }
            if lines.withContentBytes(j, opensWithBy) { return true }
            j += 1
        }
        return false
    }

    /// Lines under a headline the byline may sit on (the headline's wrapped tail, a dek, the byline).
    static let bylineReach = 3

    /// `By ` / `BY ` / `by ` then a capital letter (ASCII bytes only).
    static func opensWithBy(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard u.count > 4, u[0] | 0x20 == 0x62, u[1] | 0x20 == 0x79, u[2] == 0x20 else { return false }
        return u[3].isASCIIUpper
    }

    /// A start that opens a page: credits, widgets, a byline, a repeat of the line or a date
    /// prefix under it, or a page's furniture block.
    static func isPageStart(_ s: ScoredLine) -> Bool {
        hasHeaderBlock(s) || s.fired.contains { $0 == .bylineAfter || $0 == .pageHeader }
    }
}
