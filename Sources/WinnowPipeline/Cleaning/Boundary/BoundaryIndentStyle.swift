/// Dump style "paragraphs indented, headlines flush left": a hard-wrapped page that opens each
/// paragraph with an indent sets its header (headline, byline) flush left above them
/// (`Reflow+Indent.swift`). A line that opens indented there is a paragraph's first line, or an
/// article's own subhead set like one (b3: `    The Woman Behind the Breast Photo` inside a media
/// column, `    Why, one might ask, does this question still have resonance? …` taken for a
/// question headline); on shape and topic alone it passed for a headline and cut its article in two.
///
/// A headline start with evidence beyond its shape (`isBacked`) shows how the site sets its
/// headlines. Where at least `minBackedTitles` of them stand and most are flush left (a tie
/// abstains), and most of the text's paragraphs open indented, a bare headline start (`isBare`)
/// (a widget below it may stand: `isBareButWidgets`)
/// that opens indented is a paragraph or subhead: `indented_start` (the long-story prior takes it
/// back no more: `namedInArticle`). A site that indents its headlines too never passes the vote.
/// Measured (story_f1 without → with): b3 .9085 → .9133, o4711 .9684 → .9703, o8923 .9604 →
/// .9641 (related-link lines between indented paragraphs), o1313 .9719 → .9738; others unchanged.
extension BoundaryPlanner {
    /// Share of a text's body lines (4+ words) that must open indented for the indent style.
    static let indentedParagraphShare = 0.5

    /// `isBare`, but a widget below may stand (a `READ MORE: …` link box an article sets between
    /// its paragraphs, b3: `    Why, one might ask, does this question still have resonance?` over
    /// one); a page header's furniture above (`opensPage`) is evidence as a trailer is.
    static func isBareButWidgets(_ start: Start) -> Bool {
        start.isTitle && !isKicker(start.scored) && !start.scored.fired.contains {
            $0 == .creditAfter || $0 == .repeatedAfter || $0 == .datePrefix || $0 == .datelineAfter || $0 == .bylineAfter
                || BoundaryScorer.opensPage($0)
        }
    }

    func applyIndentStyle(_ candidates: inout [Candidate], _ lines: [ClassifiedLine], _ plan: inout Plan) {
        guard scorer.weights[.indentedStart] != 0 else { return }
        let indented = { (i: Int) in lines.withTextBytes(i, SplitText.startsIndented) }
        // Only worth the votes where some bare start opens indented.
        guard candidates.contains(where: { Self.isBareButWidgets($0.start) && indented($0.line) }) else { return }
        let backed = candidates.filter { Self.isBacked($0.start) }
        guard backed.count >= Self.minBackedTitles else { return }
        let flush = backed.filter { !indented($0.line) }.count
        guard Self.votes(flush, of: backed.count, share: config.headerStyleShare, tiesAbstain: true) else { return }
        var body = 0, opened = 0
        for i in lines.indices where plan.facts.shape[i] == .body && lines[i].words >= 4 {
            body += 1
            if indented(i) { opened += 1 }
        }
        guard body > 0, Double(opened) >= Self.indentedParagraphShare * Double(body) else { return }
        candidates = candidates.compactMap { c in
            guard Self.isBareButWidgets(c.start), indented(c.line) else { return c }
            return demoted(c, .indentedStart, note: "the text indents its paragraphs and sets its headlines with evidence flush left", &plan)
        }
    }
}
