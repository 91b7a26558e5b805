/// Phase 1 of splitting: decides which lines start stories, looking at the whole text at once.
///
/// Line-local scores (`BoundaryScorer`) are not enough on real dumps: an article's own subheads,
/// embedded tweets and captions look just like headlines. Three text-level checks follow the
/// local scores:
/// 1. Cohesion (`Cohesion`): the words before and after a real boundary differ; a subhead sits
///    inside one topic. Computed only for lines whose local score is near the threshold.
///    Left out where the whole dump is on one topic (`Cohesion.farSimilarity`, a live blog),
///    and for a page header (`header_repeat`: the headline repeated below a widget or credit
///    block), which no overlap of words can make an in-article line.
/// 2. Dump style: when most confident headlines of a dump come with a header block (credits,
///    widgets, a repeated headline), a candidate without one is probably an in-article line;
///    when more stories start at bare dateline ledes than at headlines, a headline candidate
///    not followed by a dateline lede is too. Dateline-like openings close together are
///    transcript speaker labels, not ledes.
/// 3. Story length prior: a "story" of a line or two between two boundaries is unlikely, so the
///    weaker of its two boundaries is dropped until every story has `min_story_words` words.
/// 4. Orphan headlines: a headline-shaped line between a story's trailer and the next story's
///    dateline lede (only stripped lines between) becomes that story's title.
/// 5. Headline affinity (`HeadlineAffinity`): a headline's words come back below it, not above it.
/// 6. Openings (`BoundaryOpenings.swift`): a headline and its dateline lede are one story; lines
///    between a trailer and a dateline lede open the lede's story; a wire dateline or a dateline
///    lede after a trailer is not vetoed by cohesion.
struct BoundaryPlanner {
    let scorer: BoundaryScorer
    var config: SplitConfig { scorer.config }

    /// A line chosen to start a story.
    struct Start {
        var isTitle: Bool
        var scored: ScoredLine
    }

    /// Indexed by line (`LineSlots`: a dictionary hashed the index per lookup).
    struct Plan {
        var starts = LineSlots<Start>()
        /// Scores of lines that were candidates but do not start a story (for `explain`).
        var rejected = LineSlots<ScoredLine>()
        /// Per-line facts, computed once per text.
        var facts = LineFacts()
        /// Each line's dateline place (nil for none or a non-body line), matched once per text.
        var places: [String?] { facts.places }
    }

    func plan(_ lines: [ClassifiedLine]) -> Plan {
        let w = scorer.weights
        let threshold = config.threshold
        let cohesion = Cohesion(lines, window: config.cohesionWindowWords)
        var affinity = HeadlineAffinity(cohesion, window: config.affinityWindowWords)
        let affinityGain = max(0, w[.headlineAffinity] * (1 - config.affinityNeutral))
        let affinityLoss = max(0, w[.headlineAffinity] * (1 + config.affinityNeutral))
        var candidates: [(line: Int, start: Start)] = []
        var plan = Plan()
        plan.starts = LineSlots(count: lines.count)
        plan.rejected = LineSlots(count: lines.count)
        plan.facts = scorer.facts(lines)
        let (ledes, labels) = datelineLedes(lines, places: plan.facts.places)
        plan.facts.label = labels
        let facts = plan.facts
        let openRare = Self.openEndingShare(lines, facts) <= config.rareOpenShare
        let useCohesion = config.cohesionMaxFar <= 0 || cohesion.farSimilarity() < config.cohesionMaxFar
        for i in lines.indices where facts.shape[i] == .body {
            if facts.bullet[i] { continue }
            var s: ScoredLine
            let isTitle: Bool
            if ledes[i] {
                // A line that opens with a dateline is a lede, never a headline; except a kicker
                // (`OPINION: …`): scored as the lede it looks like, it becomes its story's title.
                s = scorer.datelineStart(i, in: lines, facts: facts)
                isTitle = lines[i].linkRule == nil && scorer.isKickerHeadline(i, in: lines, facts: facts)
                if isTitle { s.add(.kickerHeadline, w) }
            } else if scorer.underStrippedDateline(i, in: lines, facts: facts) {
                s = scorer.strippedDatelineStart(i, in: lines, facts: facts)
                isTitle = false
            } else {
                guard var h = scorer.headline(i, in: lines, facts: facts) else { continue }
                if openRare && h.fired.contains(.openEnding) { h.add(.rareOpenEnding, w) }
                s = h
                isTitle = true
            }
            if isTitle && !Self.isKicker(s) && Self.isLeadingHeadline(i, s, lines, config) { s.add(.leadingHeadline, w) }
            // A link is never a headline; a dateline before it still makes it a lede (`KARACHI — Embed …`).
            if lines[i].linkRule != nil && !ledes[i] { s.add(.linkLine, w) }
            // A sign-off line (an e-mail contact, `Follow … on Twitter`, an author bio) ends a story.
            // Asked only where the line can still pass (the cohesion band's floor).
            if isTitle && s.score >= threshold - config.cohesionMargin
                && SignOff.matches(lines[i].content, words: lines[i].words) { s.add(.signOffLine, w) }
            // Cohesion is the costly feature: only where it can change the decision.
            // A headline repeated below with page furniture between is a page header, whatever
            // the words around it share: cohesion cannot cancel it.
            // So is a dateline lede right after a trailer: the old story signed off, a new one opens
            // with a dateline; two wire stories on one news day share their words.
            // A wire dateline (`BEIJING, Dec 6 (Kyodo) -`, `(LONDON) —`, `ALEXANDRIA, VA –`) opens a
            // story in any text: no article quotes another one's opening mid-paragraph.
            let closedAndDated = s.fired.contains(.strippedDateline) || ledes[i] && !isTitle
                && (s.fired.contains(.trailerBefore) || Self.isWireDateline(lines[i].content, maxBytes: config.datelineMaxChars))
            // A two-sentence line's weight is pending (decided by headline affinity below) but
            // counts for the margins.
            let twoSentences = s.twoSentences
            let pending = twoSentences ? w[.twoSentenceHeadline] : 0
            if useCohesion && !s.fired.contains(.headerRepeat) && !closedAndDated && s.score + pending >= threshold - config.cohesionMargin && s.score + pending < threshold + config.cohesionMargin {
                var sim = cohesion.similarity(at: i)
                // A lead-photo caption right above: the boundary may lie above it
                // (`BoundaryCaptionAbove.swift`).
                if config.captionCohesion, let p = Self.captionAbove(i, facts) {
                    let above = cohesion.similarity(at: p)
                    if above >= 0 && (sim < 0 || above < sim) { sim = above; s.add(.captionAbove, w) }
                }
                if sim >= 0 {
                    s.add(.cohesion, value: sim, w)
                    if sim < config.topicShiftBelow { s.add(.topicShift, w) }
                    else if sim >= config.sameTopicAbove { s.add(.sameTopic, w) }
                }
            }
            // Headline affinity: only for a headline or kicker headline (a dateline lede announces
            // nothing) near the threshold. Unlike cohesion it holds in a one-topic dump too: an
            // entry's headline still announces its own entry more than it echoes the one before.
            // Only where it can change the decision: its value lies in [-1, 1] less the neutral point.
            // A two-sentence line is measured wherever it passes: it needs the affinity (below).
            var twoSentenceHeadline = twoSentences
            if config.affinityWindowWords > 0 && isTitle && !s.fired.contains(.headerRepeat)
                && s.score + pending + affinityGain >= threshold && (twoSentences || s.score - affinityLoss < threshold),
               let a = affinity.measure(i) {
                let v = a.after - a.before - config.affinityNeutral
                // Two sentences read as a headline only when their words come back below it; a
                // closing remark or a caption echoes the story above.
                if twoSentences && v <= 0 {
                    twoSentenceHeadline = false
                    s.note("two sentences without headline affinity: no two_sentence_headline")
                }
                if twoSentenceHeadline { s.add(.twoSentenceHeadline, w) }
                s.add(.headlineAffinity, value: v, w)
            } else if twoSentenceHeadline { s.add(.twoSentenceHeadline, w) }
            // Story overlap: a passing headline candidate whose words are already in the story so far
            // (back to the previous start) is a subhead of that story. Only where it can change the
            // decision.
            // In a one-topic dump every story shares the topic's words: a higher share is neutral.
            let overlapFrom = useCohesion ? config.storyOverlapFrom : config.storyOverlapOneTopicFrom
            let overlapLoss = max(0, -w[.storyOverlap]) * (1 - overlapFrom)
            if overlapLoss > 0 && isTitle && !s.fired.contains(.headerRepeat)
                && s.score >= threshold && s.score - overlapLoss < threshold,
               let share = affinity.storyShare(i, from: candidates.last?.line ?? 0), share > overlapFrom {
                s.add(.storyOverlap, value: share - overlapFrom, w)
            }
            if s.score >= threshold { candidates.append((i, Start(isTitle: isTitle, scored: s))) }
            else { plan.rejected[i] = s }
        }
        applyDumpStyle(&candidates, &plan)
        applyDatelineStyle(&candidates, &plan)
        applyLabelledHeadlines(&candidates, lines, &plan)
        applyHeadlineStyle(&candidates, lines, &plan)
        mergeHeadlineLedes(&candidates, lines, &plan)
        if useCohesion { applySiblingSubheads(&candidates, lines, &plan) }
        // Prefix sums of body words, so a segment's length is one subtraction (both priors).
        var words = [Int](repeating: 0, count: lines.count + 1)
        for (i, l) in lines.enumerated() { words[i + 1] = words[i] + (l.kind == .body ? l.words : 0) }
        applySignedOffStyle(&candidates, words, &plan)
        applyLengthPrior(&candidates, lines, words, &plan, soft: useCohesion)
        if useCohesion { applyLongStoryPrior(&candidates, lines, words, &plan) }
        adoptOrphanHeadlines(&candidates, lines, &plan)
        adoptLedeHeadlines(&candidates, lines, &plan, affinity: &affinity)
        adoptLeadIns(&candidates, lines, &plan)
        for c in candidates { plan.starts[c.line] = c.start }
        return plan
    }

    /// The text's first content line, short and followed by a longer one: the headline of a dump
    /// that has headlines, even one that ends like a sentence (`Harry Truman, please call Obama.`).
    /// A long sentence there is a lede, so sentence-ending lines need to be short.
    static func isLeadingHeadline(_ i: Int, _ s: ScoredLine, _ lines: [ClassifiedLine], _ config: SplitConfig) -> Bool {
        guard s.fired.contains(.startOfText), lines[i].words <= config.maxWords else { return false }
        if LineText.ending(lines[i].content) == .sentence && lines[i].words > config.minWords + 2 { return false }
        // The walk of `LineFacts.nextBody`, written out: passing `LineFacts` in here made the
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

    /// Header evidence: what a real headline in a dump with page furniture has below it.
    static func hasHeader(_ s: ScoredLine) -> Bool {
        s.fired.contains { $0 == .creditAfter || $0 == .widgetAfter || $0 == .repeatedAfter || $0 == .datePrefix || $0 == .furnitureAfter }
    }

    private func applyDumpStyle(_ candidates: inout [(line: Int, start: Start)], _ plan: inout Plan) {
        let titles = candidates.filter { $0.start.isTitle }
        guard titles.count >= 3 else { return }
        let withHeader = titles.filter { Self.hasHeader($0.start.scored) }.count
        guard Double(withHeader) >= config.headerStyleShare * Double(titles.count) else { return }
        candidates = candidates.compactMap { c in
            guard c.start.isTitle, !Self.isKicker(c.start.scored), !Self.hasHeader(c.start.scored) else { return c }
            var c = c
            c.start.scored.add(.unlikeDumpHeadlines, scorer.weights)
            if c.start.scored.score >= config.threshold { return c }
            plan.rejected[c.line] = c.start.scored
            return nil
        }
    }

    /// Lines that open with a dateline and can start a story (a flag per line). Speaker labels of a transcript
    /// (`TRUMP: …` / `CLINTON: …`, `Q:` / `A:`) and section labels (`ISSUE: …` repeated per item)
    /// open like a colon dateline, so colon openings are ledes only when they are neither close
    /// to another colon opening (a real dateline opens one lede per story, and stories are several
    /// paragraphs long) nor a label that repeats through the text. A colon opening just above any
    /// dateline is a kicker headline (`OPINION: …`) over that lede. Bracket and dash datelines
    /// (`(LAGOS) —`, `VIENNA (IANS) —`, `CAIRO, March 10 (Reuters) -`) are not speaker labels:
    /// they stay ledes even when two short stories put them close together.
    /// Also returns the lines whose colon label repeats (`LineFacts.label`).
    func datelineLedes(_ lines: [ClassifiedLine], places: [String?]) -> (ledes: [Bool], labels: [Bool]) {
        var found: [Int] = []
        var colon: [Bool] = []
        var labelCount: [String: Int] = [:]
        var bodyIndex = [Int](repeating: 0, count: lines.count)
        var n = 0
        for i in lines.indices where lines[i].kind == .body {
            bodyIndex[i] = n
            n += 1
            guard let place = places[i] else { continue }
            found.append(i)
            let c = Self.isColonLabel(lines[i].content, place: place)
            colon.append(c)
            if c { labelCount[place, default: 0] += 1 }
        }
        var out = [Bool](repeating: false, count: lines.count)
        var labels = [Bool](repeating: false, count: lines.count)
        for (k, i) in found.enumerated() {
            if colon[k] {
                if config.labelRepeats > 0 && labelCount[places[i]!, default: 0] >= config.labelRepeats { labels[i] = true; continue }
                let near = { (m: Int) in abs(bodyIndex[found[m]] - bodyIndex[i]) <= config.speakerGapLines }
                if k > 0 && colon[k - 1] && near(k - 1) { continue }
                // Any dateline just below: this line is a kicker headline (`OPINION: …`) over its lede.
                if k + 1 < found.count && near(k + 1) { continue }
            }
            out[i] = true
        }
        return (out, labels)
    }

    /// The line opens with a bare label and a colon (`HOST: `, `LONDON: `): no bracket, agency,
    /// date or dash after the place.
    static func isColonLabel(_ content: String, place: String) -> Bool {
        let u = content.utf8
        guard u.first != 0x28 else { return false }
        let rest = u.dropFirst(place.utf8.count).drop { $0 == 0x20 }
        return rest.first == 0x3A
    }

    /// Dump style "dateline ledes, no headlines": when more stories start at a bare dateline lede
    /// than at a headline with evidence (a header block or a dateline lede after it), a headline
    /// candidate not followed by a dateline lede is an in-article subhead, pull quote or a
    /// caption (whose credit line looks like a header block).
    private func applyDatelineStyle(_ candidates: inout [(line: Int, start: Start)], _ plan: inout Plan) {
        guard Self.startsAtDatelines(candidates) else { return }
        candidates = candidates.compactMap { c in
            guard c.start.isTitle, !Self.isKicker(c.start.scored),
                  !c.start.scored.fired.contains(where: { $0 == .datelineAfter || $0 == .startOfText }) else { return c }
            var c = c
            c.start.scored.add(.unlikeDumpHeadlines, scorer.weights)
            c.start.scored.note("dump starts stories at dateline ledes")
            if c.start.scored.score >= config.threshold { return c }
            plan.rejected[c.line] = c.start.scored
            return nil
        }
    }

    /// More stories start at a bare dateline lede (or a kicker) than at a headline with evidence.
    static func startsAtDatelines(_ candidates: [(line: Int, start: Start)]) -> Bool {
        // A kicker headline (`OPINION: …`) opens like a dateline: it votes with the dateline starts.
        // A lede found only by a stripped line's dateline (`stripped_dateline`) does not vote: a
        // caption under a headline carries one as often as a wire lede.
        let bare = candidates.filter { (!$0.start.isTitle || isKicker($0.start.scored)) && !$0.start.scored.fired.contains(.strippedDateline) }.count
        let backed = candidates.filter { $0.start.isTitle && hasEvidence($0.start.scored) }.count
        return bare >= 2 && bare > backed
    }

    /// A kicker headline starts a story as a dateline lede does; the style checks leave it alone.
    static func isKicker(_ s: ScoredLine) -> Bool { s.fired.contains(.kickerHeadline) }

    /// A headline start on shape and topic alone: no header block, dateline lede, trailer before it
    /// or start of text, and not a kicker. That is what an in-article subhead looks like.
    static func isBare(_ start: Start) -> Bool {
        start.isTitle && !isKicker(start.scored) && !start.scored.fired.contains {
            $0 == .creditAfter || $0 == .widgetAfter || $0 == .repeatedAfter || $0 == .datePrefix
                || $0 == .datelineAfter || $0 == .startOfText || $0 == .trailerBefore || $0 == .bylineAfter
        }
    }

    private static func hasEvidence(_ s: ScoredLine) -> Bool {
        hasHeader(s) || s.fired.contains(.datelineAfter) || s.fired.contains(.startOfText) || s.fired.contains(.trailerBefore)
    }

    /// A headline-shaped line right after the end of a story (a trailer before it) that did not
    /// start a story itself, followed by nothing but stripped lines and then a lede that starts one:
    /// that line is the lede's headline (a credit the rules read as a trailer, `© Jane Doe/AFP`,
    /// hid the header block from the headline's own score). It becomes the story's title.
    private func adoptOrphanHeadlines(_ candidates: inout [(line: Int, start: Start)], _ lines: [ClassifiedLine], _ plan: inout Plan) {
        for k in candidates.indices where !candidates[k].start.isTitle {
            // Its own walk (not `previousBody`): at most `lookahead` stripped lines, and at least one.
            var p = candidates[k].line - 1
            var stripped = 0
            while p >= 0 && lines[p].kind != .body && stripped <= scorer.lookahead {
                if case .stripped = lines[p].kind { stripped += 1 }
                p -= 1
            }
            guard p >= 0, lines[p].kind == .body, stripped > 0, let s = plan.rejected[p],
                  s.fired.contains(.trailerBefore), s.fired.contains(.openEnding), !s.fired.contains(.tooLong),
                  k == 0 || candidates[k - 1].line < p else { continue }
            plan.rejected[p] = nil
            var start = candidates[k].start
            start.isTitle = true
            start.scored.note("headline of the lede at line \(candidates[k].line + 1) (stripped lines between)")
            candidates[k] = (p, start)
        }
    }

    /// Keeps the set of starts with the largest total margin such that every story has at least
    /// `min_story_words` body words: a dynamic program over the candidates of the whole text, so a
    /// strong start is not lost to a chain of weak ones next to it (dropping one boundary at a
    /// time, the weaker of a short story's two, can keep the wrong one of three close together).
    /// A start is worth its margin over the threshold plus one, so of two plans of equal margin
    /// the one with more stories wins.
    ///
    /// `soft`: a dump glued from unrelated sources (cohesion in use) holds whole articles, so a
    /// story under `short_story_words` (or under the mean words per candidate story, if less)
    /// opened by a bare headline also costs `short_story_cost` ×
    /// its shortfall share: a weak start that leaves a fragment loses to the plan without it, a
    /// strong one stays. A one-topic live blog (cohesion left out) is made of short entries and
    /// gets no soft cost.
    /// `words[i]`: body words of lines before i.
    private func applyLengthPrior(_ candidates: inout [(line: Int, start: Start)], _ lines: [ClassifiedLine], _ words: [Int],
                                  _ plan: inout Plan, soft: Bool) {
        let m = candidates.count
        guard config.minStoryWords > 0 || (soft && config.shortStoryWords > 0), m > 1 else { return }
        // Only a story opened by a bare headline (no header block, dateline lede, trailer before
        // it or start of text: shape and topic alone) pays the soft cost; that is what an in-article
        // subhead looks like. A dateline lede or a headline with a header block opens short stories too.
        // (Short unknown lines under it, `furniture_after`, are too weak to count.)
        let bare = candidates.map { Self.isBare($0.start) }
        // A headline with a stripped trailer right above: the story before is over and this is the
        // next one's headline, so a start close below it is that story's own lede or a line of it.
        // (A dateline-shaped line after a trailer is as often a promo, `NOW WATCH: …`, above the
        // next headline.)
        let closed = candidates.map { $0.start.isTitle && !Self.isKicker($0.start.scored) && $0.start.scored.fired.contains(.trailerBefore) }
        let from = candidates.map { $0.start.isTitle ? $0.line + 1 : $0.line }
        // Short against the dump's own stories too: no shorter than the mean words per candidate
        // story, so a dump of short briefs is not merged (a subhead is a small part of a long story).
        let mean = Double(words[lines.count] - words[from[0]]) / Double(m)
        let short = soft ? min(Double(config.shortStoryWords), mean) : 0
        /// Cost of story `k` of `n` body words, infinite below the hard minimum.
        func cost(_ k: Int, _ n: Int) -> Double {
            if n < config.minStoryWords { return .infinity }
            return bare[k] && Double(n) < short ? config.shortStoryCost * (short - Double(n)) / short : 0
        }
        // best[k]: the best total of a plan whose first start is candidate k; next[k]: its second (m: none).
        var best = [Double](repeating: -.infinity, count: m)
        var next = [Int](repeating: m, count: m)
        for k in stride(from: m - 1, through: 0, by: -1) {
            var rest = -cost(k, words[lines.count] - words[from[k]])
            var nx = m
            for j in (k + 1)..<m {
                let v = best[j] - cost(k, words[candidates[j].line] - words[from[k]])
                if v > rest { rest = v; nx = j }
            }
            guard rest > -.infinity else { continue }
            best[k] = candidates[k].start.scored.score - config.threshold + 1 + (closed[k] ? config.closedStartBonus : 0) + rest
            next[k] = nx
        }
        var keep = [Bool](repeating: false, count: m)
        if let first = best.indices.max(by: { best[$0] < best[$1] || (best[$0] == best[$1] && $0 > $1) }), best[first] > -.infinity {
            var k = first
            while k < m { keep[k] = true; k = next[k] }
        } else if let strongest = candidates.indices.max(by: { candidates[$0].start.scored.score < candidates[$1].start.scored.score }) {
            keep[strongest] = true  // no plan gives every story its length: the text is one story
        }
        for k in candidates.indices where !keep[k] {
            var s = candidates[k].start.scored
            s.note("dropped by the story-length prior")
            plan.rejected[candidates[k].line] = s
        }
        candidates = candidates.indices.filter { keep[$0] }.map { candidates[$0] }
    }
}
