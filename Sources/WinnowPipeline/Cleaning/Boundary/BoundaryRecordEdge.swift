/// Record edges: where `PageJoiner` joined a JSONL record onto the one before it (same url), the
/// old record edge is a line break inside one text. Some scrapers write one record per page of an
/// article (the edge falls anywhere, mostly between paragraphs); others give every story of a
/// dump the same url (the edge is a story start). So the edge is a weak reading (`record_edge`):
/// it tips a line that other readings already lean toward a start, and it is stronger
/// (`record_edge_closed`) where the text above it closed like a story's end, a trailer, a
/// sign-off or stripped furniture (a credit, a widget) under the last paragraph: a page cut
/// mid-article ends on the article's prose. A closed edge is a record's own start, as the first
/// line is: the record style's `unlike_record_headlines` does not demote it, whatever
/// `record_edge_closed` weighs (`BoundaryRecord.swift`).
extension LineClassifier {
    /// `classify(block.text)`, with the block's page edges and title field
    /// (`BoundaryTitledRecord.swift`) carried to the splitter.
    public func classify(_ block: TextBlock) -> ClassifiedText {
        var c = classify(block.text)
        c.recordEdges = block.pageEdges
        c.titledRecord = block.isTitledRecord
        return c
    }
}

extension BoundaryPlanner {
    /// Flags per merged line (`Reflow.merge`'s `spans`): the first content line at or after each
    /// record edge. An edge inside a merged line (a wrapped paragraph a page cut went through)
    /// flags nothing: the paragraph reads on. Empty when there are no edges.
    static func recordEdgeLines(_ edges: [Int], spans: [Range<Int>], lines: [ClassifiedLine]) -> [Bool] {
        guard !edges.isEmpty, spans.count == lines.count else { return [] }
        var flags = [Bool](repeating: false, count: lines.count)
        var m = 0
        for e in edges {
            while m < spans.count && spans[m].upperBound <= e { m += 1 }
            guard m < spans.count, spans[m].lowerBound >= e else { continue }
            var k = m
            while k < lines.count, lines[k].kind != .body { k += 1 }
            if k < lines.count { flags[k] = true }
        }
        return flags
    }

    /// Adds `record_edge` to a start at a record edge, and `record_edge_closed` where the lines
    /// above it closed the story before (`BoundaryRecordEdge.swift`).
    func addRecordEdge(_ s: inout ScoredLine, _ i: Int, _ lines: [ClassifiedLine], _ facts: LineFacts) {
        // Each on its own weight: a feature at weight 0 does not show in `explain`.
        let w = scorer.weights
        if w[.recordEdge] != 0 { s.add(.recordEdge, w) }
        if w[.recordEdgeClosed] != 0 && Self.closedAbove(i, s, facts) { s.add(.recordEdgeClosed, w) }
    }

    /// A record edge right under the close of the story above (`closingLine`: a trailer or
    /// sign-off, or a block of stripped furniture under a closed paragraph) opens a story whatever
    /// its first line looks like (a lede with no dateline, a headline the rules stripped): a page
    /// cut mid-article falls on the article's prose. Adds a start at the edge's first content line
    /// (`record_edge_opening`) where none is. Run after the length prior: an edge is no guess.
    func openClosedRecordEdges(_ candidates: inout [Candidate], _ lines: [ClassifiedLine],
                                  _ edges: [Bool], _ plan: inout Plan) {
        guard scorer.weights[.recordEdgeOpening] != 0, edges.count == lines.count else { return }
        let facts = plan.facts
        var added: [Candidate] = []
        var k = 0
        for b in lines.indices where edges[b] {
            while k < candidates.count && candidates[k].line < b { k += 1 }
            if k < candidates.count && candidates[k].line == b { continue }
            guard let close = Self.closingLine(above: b, lines, facts) else { continue }
            var s = plan.rejected[b] ?? ScoredLine()
            s.add(.recordEdgeOpening, scorer.weights)
            s.note(close.signedOff ? "record edge under a trailer or sign-off"
                   : "record edge under furniture after a closed paragraph")
            plan.rejected[b] = nil
            added.append(Candidate(b, Start(isTitle: s.fired.contains(.openEnding) && s.fired.contains(.headlineLength) && !facts.bullet[b], scored: s)))
        }
        guard !added.isEmpty else { return }
        candidates = (candidates + added).sorted { $0.line < $1.line }
    }

    /// The line that closed the story above a record edge's first content line `b`, if one did:
    /// a trailer or sign-off (past blank lines and stripped furniture), or two or more lines of
    /// stripped furniture (a credit and a page label, a link list) between a paragraph that ended
    /// like a sentence and a line that opens like one (`LineText.startsCapitalised`, the splitter's
    /// one reading of it: a capital or a digit, past opening quotes). A page cut mid-article leaves
    /// neither: the page ends on the article's prose, at most under one inline widget (`Advertisement`).
    /// `signedOff`: the close is a trailer or sign-off (not furniture after a closed paragraph).
    static func closingLine(above b: Int, _ lines: [ClassifiedLine], _ facts: LineFacts) -> (line: Int, signedOff: Bool)? {
        var j = b - 1, furniture = 0
        while j >= 0 && facts.shape[j] != .body && facts.shape[j] != .trailer {
            if facts.shape[j] != .blank { furniture += 1 }
            j -= 1
        }
        guard j >= 0 else { return nil }
        if facts.shape[j] == .trailer || SignOff.matches(lines, j) { return (j, true) }
        guard furniture >= 2, facts.ending[j] != .open, lines.withContentBytes(b, LineText.startsCapitalised) else { return nil }
        return (j, false)
    }

    /// A trailer or sign-off before the line, or the last non-blank line above it stripped
    /// (furniture under the story's last paragraph).
    /// Reads the shapes, not `lines[j].kind` (a retain and a release per look).
    static func closedAbove(_ i: Int, _ s: ScoredLine, _ facts: LineFacts) -> Bool {
        if s.fired.contains(.trailerBefore) || s.fired.contains(.signOffBefore) { return true }
        guard let j = facts.nonBlank(before: i) else { return false }
        return facts.shape[j] != .body
    }
}
