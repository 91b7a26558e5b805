/// Dump style "headlines set in capitals": a site sets all its headlines one way, and capitals
/// are the one way prose never takes (`'50 DIRTIEST' US POWER PLANTS EMIT MORE GREENHOUSE GASES
/// THAN SOUTH KOREA`). Where most of a dump's headline starts are set in capitals, another line
/// set in capitals of headline shape is one of its headlines even when its topic runs on from the
/// story above (`capitals_headline`: cohesion and story overlap held it under the threshold), and
/// a mixed-case headline candidate is an article's own subhead (`unlike_dump_capitals`).
extension BoundaryPlanner {
    func applyCapitalsStyle(_ candidates: inout [Candidate], _ lines: [ClassifiedLine], _ plan: inout Plan,
                            affinity: inout HeadlineAffinity) {
        let w = scorer.weights
        guard w[.capitalsHeadline] != 0 || w[.unlikeDumpCapitals] != 0 || w[.capitalsBylineHeadline] != 0 else { return }
        let caps = { (i: Int) in lines.withContentBytes(i, SplitText.isAllCapitals) }
        // A JSONL record's votes add the file's other records' (`BoundaryFileStyle.swift`).
        let titles = candidates.filter { $0.start.isTitle }
        let capital = titles.filter { caps($0.line) }.count + plan.fileStyle.capitalTitles
        // A printed page's copy needs one capitals title only (`BoundaryPrintedHead.swift`).
        let printed = capital > 0 && scorer.weights[.printedHead] > 0 && Self.isPrintedCopy(lines, plan.facts)
        guard capital >= (printed ? 1 : Self.minCapitalTitles),
              Self.votes(capital, of: titles.count + plan.fileStyle.titles, share: config.headerStyleShare, tiesAbstain: true) else { return }
        // Last, over the starts kept and added below: links to related stories set in capitals
        // between paragraphs (`BoundaryCapitalsLink.swift`).
        defer { demoteInlineCapitalsLinks(&candidates, caps, &plan, affinity: &affinity) }
        // Mixed-case headline candidates on shape and topic alone: subheads of the dump's stories.
        candidates = candidates.compactMap { c in
            // A sentence there (a dek, a lede) may be the start of a story whose headline was missed.
            // Not on a printed copy, whose heads `printed_head` finds (`BoundaryPrintedHead.swift`):
            // there a sentence in mixed case is copy (`Ratings and revenue tell us as much. So,
            // too, does polling.`), read as a two-sentence headline.
            guard c.start.isTitle, printed || !c.start.scored.fired.contains(.sentenceEnding), !caps(c.line),
                  !Self.hasStrongOpening(c.start.scored) else { return c }
            return demoted(c, .unlikeDumpCapitals, note: "dump sets its headlines in capitals", &plan)
        }
        // Capitals heads wrapped over printed lines between prose (`BoundaryJoinedHeadline.swift`).
        var added = markJoinedCapitalsHeadlines(&candidates, caps, lines, &plan)
        // Any capitals head between prose on a printed page's copy (`BoundaryPrintedHead.swift`).
        if printed && liftPrintedHeads(&candidates, caps, lines, &plan) { added = true }
        defer { if added { candidates.sort { $0.line < $1.line } } }
        // Headline-shaped lines in capitals held under the threshold.
        guard w[.capitalsHeadline] > 0 || w[.capitalsBylineHeadline] > 0 else { return }
        for i in lines.indices where plan.facts.shape[i] == .body {
            guard var s = plan.rejected[i], lines[i].linkRule == nil else { continue }
            // Over its byline, a sentence ending does not hold it (`BoundaryCapitalsByline.swift`).
            let feature: SplitFeature = Self.isCapitalsHeadlineShape(s) ? .capitalsHeadline : .capitalsBylineHeadline
            guard w[feature] > 0, s.score + w[feature] >= config.threshold,
                  feature == .capitalsHeadline || Self.isCapitalsOverByline(i, s, words: lines[i].words, facts: plan.facts), caps(i) else { continue }
            s.add(feature, w)
            plan.rejected[i] = nil
            candidates.append(Candidate(i, Start(isTitle: true, scored: s)))
            added = true
        }
    }

    /// Two headlines in capitals at least make a house style (one is the text's first line as often).
    static let minCapitalTitles = 2

    /// A start with evidence beyond its shape: the top of the text, a trailer before it, a page's
    /// furniture block around it.
    static func hasStrongOpening(_ s: ScoredLine) -> Bool {
        s.fired.contains { $0 == .startOfText || $0 == .trailerBefore || $0 == .furnitureBlock }
    }

    /// Scored as a headline of headline length with an open or question ending; not a link, a
    /// dateline lede or a paragraph, nor a labelled line (`WATCH: …`, `RELATED: OPINION: …`: a
    /// site's labels over embeds and links are set in capitals too).
    static func isCapitalsHeadlineShape(_ s: ScoredLine) -> Bool {
        guard isHeadlineCandidate(s), !isKicker(s), !s.fired.contains(.tooLong), !s.fired.contains(.tooFewWords) else { return false }
        return s.fired.contains(.openEnding) || s.fired.contains(.questionEnding)
    }
}
