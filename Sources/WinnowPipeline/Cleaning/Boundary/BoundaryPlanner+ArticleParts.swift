/// The checks that read a headline candidate as a part of an article rather than a page's
/// headline: a pull quote, a sentence quoted below, a line going on from the sentence before, a
/// clip's title or a quoted source, a hard-wrapped paragraph's line, a line repeated just above,
/// the first copy of a header set again below. Each adds a negative feature; asked of title
/// candidates only, in this order (a later check reads the score the earlier ones left), right
/// after the line's own score and before cohesion.
extension BoundaryPlanner {
    /// Adds the article-part features to title candidate `i`'s score `s`. `dateline`: the line opens
    /// with a dateline (read as a kicker headline). `threshold` and `cohesionMargin` are the config's,
    /// passed in: read through `config`, the scoring loop copied the whole `SplitConfig` per line.
    /// Inlined into its one caller (`score`): called, it copied the whole planner (~620 bytes, a
    /// `memcpy`) for every title candidate.
    @inline(__always)
    func addArticlePartChecks(_ i: Int, dateline: Bool, _ lines: [ClassifiedLine], _ facts: LineFacts,
                              threshold: Double, cohesionMargin: Double, _ s: inout ScoredLine) {
        let w = scorer.weights
        // A line that is one quotation is an article's pull quote (`BoundaryPullQuote.swift`),
        // signed with its speaker's name too (`BoundaryPullQuoteAttributed.swift`).
        if w[.pullQuote] != 0 && !s.fired.contains(.startOfText)
            && lines.withContentBytes(i, { BoundaryScorer.isPullQuote($0) || BoundaryScorer.isSinglePullQuote($0)
                || BoundaryScorer.isAttributedPullQuote($0) }) { s.add(.pullQuote, w) }
        // A sentence its article quotes below (`BoundaryQuotedBelow.swift`). Only where the line
        // passes on its shape and surroundings (the index lookups are not worth it below the
        // threshold), and not where its boundary is certain on other grounds (`quotedBelowExempt`).
        // Asked last, after cohesion and affinity, it took true headlines those had lifted
        // (b1 -.005, w1 -.0034, f3 -.001, i3 -.001 story_f1).
        if w[.quotedBelow] != 0 && s.score >= threshold && !s.fired.contains(where: BoundaryScorer.quotedBelowExempt)
            && BoundaryScorer.isQuotedBelow(i, in: lines, facts: facts, proseMinWords: scorer.config.proseMinWords,
                                            datelineMaxChars: scorer.config.datelineMaxChars) { s.add(.quotedBelow, w) }
        // A headline never goes on from the sentence before it (`BoundaryConjunction.swift`).
        // (A line ending like a sentence there is a headline-less lede's first line, which may.)
        if w[.conjunctionOpening] != 0 && facts.ending[i] != .sentence
            && lines.withContentBytes(i, BoundaryScorer.opensWithConjunction) { s.add(.conjunctionOpening, w) }
        // A clip's title in a player (`BoundaryPlayerChrome.swift`) and a source quoted with
        // its attribution (`BoundaryReportedSpeech.swift`) are parts of an article.
        // Not where a page opens: there either is the first line of a page that opens on its clip
        // or its quoted caption (`BoundaryScorer.opensPage`). Asked only where the line can still
        // pass (the cohesion band's floor), as the sign-off check after it in `score`. Nor on a line that opens
        // with a dateline (read as a kicker headline): a lede carries the dateline, a clip title
        // or a quoted paragraph does not (`DENVER: Adrian Wojnarowski joins SVP … (4:29)`).
        if !dateline && (w[.clipRunningTime] != 0 || w[.reportedSpeech] != 0)
            && s.score + (s.twoSentences ? w[.twoSentenceHeadline] : 0) >= threshold - cohesionMargin
            && !s.fired.contains(where: BoundaryScorer.opensPage) {
            // Or its player's label first (`Play Video 1:02 …`, `BoundaryPlayerLabel.swift`).
            if lines.withContentBytes(i, { BoundaryScorer.endsWithRunningTime($0) || BoundaryScorer.opensWithPlayerLabel($0) }) { s.add(.clipRunningTime, w) }
            if lines.withContentBytes(i, BoundaryScorer.hasSpeechAttribution) { s.add(.reportedSpeech, w) }
        }
        if w[.continuesBelow] != 0 && scorer.continuesBelow(i, in: lines, facts: facts) { s.add(.continuesBelow, w) }
        // The second copy of a line just above (`BoundaryRepeatsAbove.swift`).
        if w[.repeatsAbove] != 0 && scorer.repeatsAbove(i, in: lines, facts: facts) { s.add(.repeatsAbove, w) }
        // A promo printed twice between an article's paragraphs (`BoundaryRepeatedPromo.swift`).
        // Only where the line can still pass (the cohesion band's floor): the search for the other
        // copy walks up to 600 lines, and asked of every candidate it was 9% of a run's
        // instructions on the end-to-end dumps.
        if w[.repeatedPromo] != 0 && s.score + (s.twoSentences ? w[.twoSentenceHeadline] : 0) >= threshold - cohesionMargin
            && scorer.repeatedPromo(i, in: lines, facts: facts) { s.add(.repeatedPromo, w) }
        // The first copy of a headline the page sets again under its header (`BoundaryFirstCopy.swift`);
        // not a hard-wrapped paragraph's line (`continues_below`).
        if w[.headerRepeatBelow] != 0 && !s.fired.contains(.headerRepeat)
            && facts.ending[i] != .sentence && !s.fired.contains(.tooLong) && !s.fired.contains(.continuesBelow)
            && repeatsBelowHeader(i, lines, facts) { s.add(.headerRepeatBelow, w) }
    }
}
