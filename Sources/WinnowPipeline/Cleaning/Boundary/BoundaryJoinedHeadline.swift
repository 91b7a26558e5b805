/// A headline set in capitals that the reflow joined from two or more printed lines, standing
/// between paragraphs of mixed-case prose, in a dump whose headlines are set in capitals
/// (`THE TRUMP ADMINISTRATION DEBATES A` / `COLD WAR WITH CHINA`, `AMERICANS ARE MAKING A BIG
/// MISTAKE` / `ABOUT HEALTH CARE`): a printed page's story head.
///
/// A related-story link set between an article's paragraphs is one line, a title the site's
/// template prints on one row (`BoundaryCapitalsLink.swift`); a story's own head on a printed or
/// copied page runs as wide as the column and wraps like the prose under it. So a capitals line
/// the reflow built from several printed lines is no inline link (`inline_capitals_link` leaves
/// it), and no bare subhead either: where cohesion with the story above (two stories of one desk
/// share words), the lack of a byline (`unlike_dump_headlines`) or the story-length prior would
/// hold it down, it opens its story (`joined_capitals_headline`). Narrow on purpose: raising
/// `capitals_headline` for every capitals line split a one-line capitals link inside a story on a
/// held-out outsider set. The reflow's record of joined lines reaches the planner as `Plan.spans`
/// (`StorySplitter.prepare`), shared, not copied.
extension BoundaryPlanner {
    /// Line `i` (set in capitals, `caps`) was joined by the reflow from 2+ printed lines and sits
    /// between mixed-case body lines: a paragraph above and one below.
    static func isJoinedCapitalsHeadline(_ i: Int, _ caps: (Int) -> Bool, _ plan: Plan) -> Bool {
        guard plan.printedLines(i) > 1, caps(i),
              let a = plan.facts.nonBlank(before: i), plan.facts.shape[a] == .body, !caps(a),
              let b = plan.facts.nonBlank(after: i), plan.facts.shape[b] == .body, !caps(b) else { return false }
        return true
    }

    /// In a capitals dump (asked from `applyCapitalsStyle`): headline-shaped joined capitals lines
    /// held under the threshold are lifted by `joined_capitals_headline`, and such lines already
    /// starting get it too, so the length prior weighs them as headlines with a head of their own
    /// (`isBare` leaves them out). Returns whether a candidate was added (the caller re-sorts).
    func markJoinedCapitalsHeadlines(_ candidates: inout [Candidate], _ caps: (Int) -> Bool,
                                     _ lines: [ClassifiedLine], _ plan: inout Plan) -> Bool {
        let w = scorer.weights
        guard w[.joinedCapitalsHeadline] > 0, !plan.spans.isEmpty else { return false }
        for k in candidates.indices where candidates[k].start.isTitle {
            let i = candidates[k].line
            guard Self.isCapitalsHeadlineShape(candidates[k].start.scored), Self.isJoinedCapitalsHeadline(i, caps, plan) else { continue }
            candidates[k].start.scored.add(.joinedCapitalsHeadline, w)
        }
        var added = false
        for i in plan.spans.indices where plan.spans[i].count > 1 && plan.facts.shape[i] == .body {
            // A head announces the story below it: a line whose words come back below less than
            // above (`headline_affinity` < 0) is a wrapped link to a related story, as a one-line
            // one is to `inline_capitals_link`; it is not lifted over cohesion.
            guard var s = plan.rejected[i], (s.value(of: .headlineAffinity) ?? 0) >= Self.linkAffinityBar else { continue }
            // Its shape alone (short, two sentences) kept it out: `joined_capitals_head`.
            let feature: SplitFeature = Self.isCapitalsHeadlineShape(s) ? .joinedCapitalsHeadline
                : isJoinedHeadShape(i, s, lines) ? .joinedCapitalsHead : .joinedCapitalsHeadline
            guard w[feature] > 0, feature == .joinedCapitalsHead || Self.isCapitalsHeadlineShape(s),
                  s.score + w[feature] >= config.threshold, Self.isJoinedCapitalsHeadline(i, caps, plan) else { continue }
            s.add(feature, w)
            plan.rejected[i] = nil
            candidates.append(Candidate(i, Start(isTitle: true, scored: s)))
            added = true
        }
        return added
    }

    /// Fewest words a joined capitals head under `min_words` needs (`SHOOTING REPORTED OUTSIDE
    /// U.K.` / `PARLIAMENT`); a shorter one is a label or a column's name.
    static let minJoinedHeadWords = 4

    /// Candidate `i` (scored `s`) is a head that `isCapitalsHeadlineShape` leaves out for its shape
    /// alone: under `min_words` (`minJoinedHeadWords` at least) with an open or question ending,
    /// or two sentences of headline length (`CURIOSITY … SPIKED DURING LAST NIGHT'S DEBATE. AND IT
    /// WAS ALREADY SIMMERING …`). A printed desk sets heads that short or that worded. One
    /// sentence closed by a full stop stays out: a shout the story quotes (`… BY MAY, THE
    /// AUTHORITY SAID.`) is set so, a head is not.
    func isJoinedHeadShape(_ i: Int, _ s: ScoredLine, _ lines: [ClassifiedLine]) -> Bool {
        guard Self.isHeadlineCandidate(s), !Self.isKicker(s), !s.fired.contains(.tooLong) else { return false }
        if s.fired.contains(.tooFewWords) {
            return lines[i].words >= Self.minJoinedHeadWords && (s.fired.contains(.openEnding) || s.fired.contains(.questionEnding))
        }
        return s.fired.contains(.headlineLength) && (s.fired.contains(.sentenceEnding) || s.fired.contains(.questionEnding))
            && lines[i].words <= Self.twoSentenceHeadlineMaxWords
            && lines.withContentBytes(i) { SplitText.hasInnerSentenceBreak($0) || Self.hasCapitalsSentenceBreak($0) }
    }

    /// Capital letters a word set in capitals needs before a full stop to end a sentence there:
    /// `hasInnerSentenceBreak` reads a full stop after a lower-case word only, and in capitals
    /// `GOV.`, `SEPT.`, `CORP.` are abbreviations (`DEBATE. AND IT WAS …` is not).
    static let capitalsSentenceWordLetters = 5

    /// `. `, `? ` or `! ` inside the line before a capital or a quote, the `.` after a word of
    /// `capitalsSentenceWordLetters` capitals or more: two sentences set in capitals.
    static func hasCapitalsSentenceBreak(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = 1
        while k + 2 < u.count {
            defer { k += 1 }
            let b = u[k]
            guard b == 0x2E || b == 0x3F || b == 0x21, u[k + 1] == 0x20 else { continue }
            let n = u[k + 2]
            guard n.isASCIIUpper || n == 0x22 || n == 0x27 || n == 0xE2 else { continue }
            if b != 0x2E { return true }
            var j = k - 1, len = 0
            while j >= 0, u[j].isASCIIUpper { len += 1; j -= 1 }
            if len >= capitalsSentenceWordLetters && (j < 0 || u[j] == 0x20) { return true }
        }
        return false
    }
}
