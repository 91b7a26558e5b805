/// Phase 1 of splitting: decides which lines start stories, looking at the whole text at once.
///
/// Line-local scores (`BoundaryScorer`) are not enough on real dumps: an article's own subheads,
/// embedded tweets and captions look just like headlines. Text-level checks follow the local
/// scores:
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
///    The mirror and further styles have files of their own: headlines, no bare ledes
///    (`BoundaryHeadlineStyle.swift`); labelled headlines (`BoundaryLabelled.swift`); sibling
///    subheads (`BoundarySiblings.swift`); every story signs off (`BoundarySignedOff.swift`);
///    stories set apart by wider gaps than paragraphs (`BoundaryWideGap.swift`: `wide_gap` in the
///    line loop, `narrow_gap` here).
/// 3. Story length prior (`BoundaryLengthPrior.swift`): a "story" of a line or two between two
///    boundaries is unlikely; the set of starts that gives every story `min_story_words` words
///    wins. Its counterpart, a story far longer than the dump's others, is `BoundaryLongStory.swift`.
/// 4. Orphan headlines: a headline-shaped line between a story's trailer and the next story's
///    dateline lede (only stripped lines between) becomes that story's title.
///    (`BoundaryPlanner+OrphanHeadlines.swift`)
/// 5. Headline affinity (`HeadlineAffinity`): a headline's words come back below it, not above it.
/// 6. Openings (`BoundaryOpenings.swift`): a headline and its dateline lede are one story; lines
///    between a trailer and a dateline lede open the lede's story; a wire dateline or a dateline
///    lede after a trailer is not vetoed by cohesion.
/// Which dateline openings are ledes at all is read first (`BoundaryDatelineLedes.swift`); a
/// lede under a stripped wire dateline (`BoundaryStrippedDateline.swift`) is scored in the line
/// loop.
struct BoundaryPlanner {
    let scorer: BoundaryScorer
    var config: SplitConfig { scorer.config }

    /// A line chosen to start a story.
    struct Start {
        var isTitle: Bool
        var scored: ScoredLine
        /// A line whose text is the story's title: stripped above the start (`BoundaryHeaderLift.swift`,
        /// `BoundaryLearnedHeadline.swift`), or the headline below a photo caption the start moved
        /// up to (`BoundaryCaptionOpening.swift`), which the splitter then leaves out of the text.
        var titleLine: Int? = nil
        /// Read as its page's first paragraph where a headline could stand (`BoundaryPageHeaderLede.swift`):
        /// the splitter does not take it for a headline again (`readsAsStartHeadline`).
        var isOpening = false
    }

    /// A candidate start: its line and start. A struct, not a `(line:, start:)` tuple: the ~50
    /// passes over the candidates copied each element through the runtime's generic tuple
    /// witnesses (`tuple_initializeWithCopy`, `tuple_destroy`: ~17 M instructions on e2esub),
    /// where a struct's copy is inlined.
    struct Candidate {
        var line: Int
        var start: Start
        init(line: Int, start: Start) { self.line = line; self.start = start }
        init(_ line: Int, _ start: Start) { self.line = line; self.start = start }
    }

    /// Indexed by line (`LineSlots`: a dictionary hashed the index per lookup).
    struct Plan {
        var starts = LineSlots<Start>()
        /// Scores of lines that were candidates but do not start a story (for `explain`).
        var rejected = LineSlots<ScoredLine>()
        /// Per-line facts, computed once per text.
        var facts = LineFacts()
        /// Deks of a lifted header that the story repeats below (`BoundaryHeaderLift.swift`).
        var repeatedDeks: Set<Int> = []
        /// Lines `dek_above` held under the threshold, with the start each deferred to (`BoundaryDekVeto.swift`).
        var dekVetoes: [DekVeto] = []
        /// A rail's last item a title start moved down from (`BoundaryTitleOverPageTop.swift`):
        /// stripped as the list's item it is.
        var listTails: Set<Int> = []
        /// Starts the story-length prior dropped (`BoundaryLengthPrior.swift`): their stories were
        /// too short, so the long-story prior does not lift them back.
        var lengthDropped: Set<Int> = []
        /// Of those, the title starts (`BoundaryDroppedHeadline.swift`).
        var lengthDroppedTitles: Set<Int> = []
        /// Each line's dateline place (nil for none or a non-body line), matched once per text.
        var places: LineSlots<String> { facts.places }
        /// The style tallies of the file's other records, added to this text's own by the votes
        /// (`BoundaryFileStyle.swift`; zero for a text dump or a file of one record).
        var fileStyle = StyleTally()
        /// The text is a JSONL record.
        var record = false
        /// Lines `inline_capitals_link` demoted: links to related stories, which the pass strips
        /// whatever their length (`BoundaryCapitalsLink.swift`, `StorySplitter+CapsLink.swift`).
        var inlineLinks: Set<Int> = []
        /// Per line, the input lines the reflow joined into it (`Reflow.merge`'s spans, shared, not
        /// copied); empty when the planner was handed lines without them (`printedLines` is then 1).
        var spans: [Range<Int>] = []

        /// How many printed lines the reflow joined into line `i`: a headline wrapped over two
        /// printed lines reads as 2 (`BoundaryJoinedHeadline.swift`).
        func printedLines(_ i: Int) -> Int { i < spans.count ? spans[i].count : 1 }
    }

    /// `record`: the lines are one JSONL record's (`BoundaryRecord.swift`). `fileStyle`: the
    /// style tallies of the file's other records (`BoundaryFileStyle.swift`).
    func plan(_ lines: [ClassifiedLine], record: Bool = false, fileStyle: StyleTally = StyleTally()) -> Plan {
        finish(score(lines, recordEdges: []), lines, record: record, fileStyle: fileStyle)
    }

    /// A text's line scores: the starts they pass, before the text-level checks. A JSONL file's
    /// records are scored first, their style tallied over the file, then finished
    /// (`BoundaryFileStyle.swift`).
    struct Scored {
        var candidates: [Candidate]
        var plan: Plan
        var affinity: HeadlineAffinity
        var useCohesion: Bool
        /// Per line: the first content line of a joined record (`BoundaryRecordEdge.swift`); empty for none.
        var recordEdges: [Bool]
        /// Per candidate: a label over a title (`labelsOverTitles`), left out of the header-style
        /// vote. Computed once here: a JSONL record's style tally (`BoundaryFileStyle.swift`) and
        /// `finish` both read it, on the same candidates.
        var labels: [Bool]
        /// The text is a JSONL record with a title field of its own (`BoundaryTitledRecord.swift`).
        var titledRecord = false
        /// The text's word ids, where cohesion is in use (`BoundaryLongStoryLede.swift` measures whole parts).
        var cohesion: Cohesion? = nil
    }

    /// The first phase of `plan`: every line scored, the passing ones as candidates.
    func score(_ lines: [ClassifiedLine], recordEdges: [Bool]) -> Scored {
        let w = scorer.weights
        let threshold = config.threshold
        let affinityGain = max(0, w[.headlineAffinity] * (1 - config.affinityNeutral))
        let affinityLoss = max(0, w[.headlineAffinity] * (1 + config.affinityNeutral))
        var candidates: [Candidate] = []
        var plan = Plan()
        plan.starts = LineSlots(count: lines.count)
        plan.facts = scorer.facts(lines)
        // Nearly every body line is scored and most are rejected: room for all of them at once.
        var bodyLines = 0
        for shape in plan.facts.shape where shape == .body { bodyLines += 1 }
        plan.rejected = LineSlots(count: lines.count, reserving: bodyLines)
        let cohesion = Cohesion(lines, window: config.cohesionWindowWords, skip: scorer.cohesionSkip(lines, facts: plan.facts))
        var affinity = HeadlineAffinity(cohesion, window: config.affinityWindowWords)
        let (ledes, labels) = datelineLedes(lines, places: plan.facts.places, shape: plan.facts.shape)
        plan.facts.label = labels
        let facts = plan.facts
        let openRare = Self.openEndingShare(lines, facts) <= config.rareOpenShare
        let far = config.cohesionMaxFar <= 0 ? -1 : cohesion.farSimilarity()
        let useCohesion = config.cohesionMaxFar <= 0 || far < config.cohesionMaxFar
        // In a one-topic dump cohesion is measured against the dump's own far similarity
        // (`cohesion_over_far`): only what a line's neighbours share beyond the topic counts.
        let overFar = !useCohesion && w[.cohesionOverFar] != 0
        // Widgets the text's articles set between their paragraphs (`BoundaryInArticleWidget.swift`).
        let inArticle = w[.inArticleWidgetAfter] != w[.widgetAfter] ? scorer.inArticleWidgets(lines, facts: facts) : []
        let wide = wideGaps(plan.facts.shape)
        // The config fields the loop reads, in locals: read through `config`, the loop copied the
        // whole `SplitConfig` (retaining each of its arrays and strings) ~1.1 times per line.
        let cohesionMargin = config.cohesionMargin, maxChars = config.maxChars, datelineMaxChars = config.datelineMaxChars
        let closedLeadIns = config.closedLeadIns, topicShiftBelow = config.topicShiftBelow, sameTopicAbove = config.sameTopicAbove
        let affinityWindowWords = config.affinityWindowWords, affinityNeutral = config.affinityNeutral
        let storyOverlapFrom = config.storyOverlapFrom, storyOverlapOneTopicFrom = config.storyOverlapOneTopicFrom
        // The last candidate's line, kept here: `candidates.last?.line` copied the whole last
        // candidate (its score, retained and released) for every body line.
        var lastCandidate: Int?
        for i in lines.indices where facts.shape[i] == .body {
            // A summary box's label (`Key points`) is furniture, no headline: the lede under the
            // box starts its story.
            if facts.bullet[i] || facts.isKeyPoint(i) { continue }
            var s: ScoredLine
            let isTitle: Bool
            var isOpening = false
            // The furniture kinds above a lede, where this line's scoring read them (reused by the
            // whole-page-header check below rather than walking the block again).
            var ledeBlockKinds: UInt8?
            if ledes[i] {
                // A line that opens with a dateline is a lede, never a headline; except a kicker
                // (`OPINION: …`): scored as the lede it looks like, it becomes its story's title.
                s = scorer.datelineStart(i, in: lines, facts: facts)
                isTitle = lines.linkRule(i) == nil && (scorer.isKickerHeadline(i, in: lines, facts: facts)
                    || scorer.isKickerOverDeks(i, in: lines, facts: facts))  // `BoundaryKickerDeks.swift`
                if isTitle { s.add(.kickerHeadline, w) }
                if isTitle && w[.kickerHeader] != 0 && scorer.hasKickerHeader(i, in: lines, facts: facts) { s.add(.kickerHeader, w) }
                // A dateline lede (or a kicker headline) under a page's header holds against cohesion
                // as a headline-less lede there does (`page_header`).
                if w[.pageHeader] != 0 && lines.linkRule(i) == nil && BoundaryScorer.isPageHeader(isTitle
                    ? scorer.furnitureBlockHeadlineKinds(i, in: lines, facts: facts)
                    : scorer.furnitureBlockKinds(i, in: lines, facts: facts)) { s.add(.pageHeader, w) }
            } else if scorer.underStrippedDateline(i, in: lines, facts: facts) {
                s = scorer.strippedDatelineStart(i, in: lines, facts: facts)
                isTitle = false
            } else if w[.forumPasteLede] != 0 && scorer.isUnderForumLeadIn(i, in: lines)
                        && (lastCandidate == nil || lastCandidate != facts.previousBody(before: i)) {
                // A story pasted under a forum poster's lead-in, unless the post's title over it
                // opens the story already (`BoundaryForumPaste.swift`).
                s = scorer.forumPasteLede(i, in: lines, facts: facts)
                isTitle = false
            } else if var h = scorer.headline(i, in: lines, facts: facts, inArticle: inArticle) {
                if openRare && h.fired.contains(.openEnding) { h.add(.rareOpenEnding, w) }
                // A prose line under a furniture block opens a story (`BoundaryFurniture.swift`).
                // Only a line that is no headline candidate at all (under the cohesion band's floor, a
                // pending two-sentence headline counted): a headline under the block keeps its title.
                // So is a line no headline could be (too long, or a sentence in sentence case) that a
                // trailer or a widget around it lifted over that floor (`BoundaryLoneEdge.swift`).
                // Then the better of the two readings wins (`BoundaryLoneEdge.swift`).
                let floor = h.score + (h.twoSentences ? w[.twoSentenceHeadline] : 0) < threshold - cohesionMargin
                // Two sentences in sentence case under a page header are read both ways too, the
                // headline without its pending weight (`BoundaryTwoSentenceLede.swift`).
                let twoSentenceLede = Self.mayBeTwoSentenceLede(h)
                let ledeKinds = floor || !h.twoSentences && !Self.isHeadlineShaped(h) || twoSentenceLede
                    ? scorer.furnitureBlockLedeKinds(i, in: lines, facts: facts) : 0
                if ledeKinds != 0 { ledeBlockKinds = ledeKinds }
                // A line with a dateline lede below its header is that lede's headline: a dateline
                // opens a story's first paragraph, so the line above it opens no story of its own.
                var blockLede = ledeKinds != 0 && (floor || !h.fired.contains(.datelineAfter)
                    && (!twoSentenceLede || BoundaryScorer.isPageHeader(ledeKinds))
                    && scorer.furnitureBlockStart(i, kinds: ledeKinds, in: lines, facts: facts).score
                    > scorer.headlineWithBlock(h, i, in: lines, facts: facts).score)
                // `furniture_block` lifts a headline held under the threshold by its shape; a page
                // header (`page_header`) holds one against cohesion too, passing or not.
                // All the read-more test reads of `h`, taken first: `h` itself then moves into `s`.
                let headlineShape = BoundaryScorer.hasHeadlineShape(h)
                if blockLede {
                    s = scorer.furnitureBlockStart(i, kinds: ledeKinds, in: lines, facts: facts)
                } else {
                    s = ScoredLine()
                    swap(&s, &h)
                    scorer.addBlock(i, in: lines, facts: facts, to: &s)
                    scorer.addSignedOffLede(i, in: lines, facts: facts, &s)
                }
                // A digest's next item under the last one's read-more button (`BoundaryReadMoreEdge.swift`).
                if let r = scorer.readMoreLede(i, headlineShape: headlineShape, in: lines, facts: facts), r.score > s.score { s = r; blockLede = true }
                // A sentence of a few words under a page header is a lede (`BoundaryShortLede.swift`),
                // as is a question or a sentence of a headline's length there (`BoundaryPageHeaderLede.swift`).
                isOpening = !blockLede && (Self.isShortSentenceLede(s, i, lines) || Self.isOpeningUnderPageHeader(s, i, lines)
                                           || s.fired.contains(.signedOffLede))
                isTitle = !blockLede && !isOpening
            } else {
                // Too long to be scored as a headline (an unwrapped paragraph of 800+ bytes), it can
                // still be the lede under a page's header (`isPageHeader`: a lone trailer or credit
                // over such a paragraph is a caption's `©` more often than a story's end). Three
                // kinds with one edge are a page's header too (`isLedePageHeader`: a syndication note
                // over a navigation row and a photo credit), as over a shorter lede.
                guard lines[i].contentByteCount > maxChars * 4 else { continue }
                let kinds = scorer.furnitureBlockLedeKinds(i, in: lines, facts: facts)
                // Or a page template's footer, a directive by a tag list (`BoundaryTemplateFooter.swift`).
                guard BoundaryScorer.isPageHeader(kinds) || BoundaryScorer.isLedePageHeader(kinds)
                        || kinds != 0 && scorer.hasTemplateFooterAbove(i, in: lines) else { continue }
                ledeBlockKinds = kinds
                s = scorer.furnitureBlockStart(i, kinds: kinds, in: lines, facts: facts)
                isTitle = false
            }
            if isTitle && !Self.isKicker(s) && Self.isLeadingHeadline(i, s, lines, config) { s.add(.leadingHeadline, w) }
            // A page's `<h1>` headline (`BoundaryHeadingTag.swift`).
            if w[.headingTag] != 0 && Self.isHeadingTag(i, lines) { s.add(.headingTag, w) }
            // A feed item's title field over its fields (`BoundaryFeedTitle.swift`).
            if isTitle && w[.feedItemTitle] != 0 && Self.isFeedItemTitle(i, lines) { s.add(.feedItemTitle, w) }
            if !recordEdges.isEmpty && recordEdges[i] { addRecordEdge(&s, i, lines, facts) }
            if w[.labelTurn] != 0 && facts.label[i]
                && lines.withContentBytes(i, { BoundaryScorer.quotesAfterLabel($0, within: datelineMaxChars) }) { s.add(.labelTurn, w) }
            // Lines that read as parts of an article (`BoundaryPlanner+ArticleParts.swift`).
            if isTitle { addArticlePartChecks(i, dateline: ledes[i], lines, facts, threshold: threshold, cohesionMargin: cohesionMargin, &s) }
            // A reprint's inner header under the labelled title it repeats (`BoundaryTitleTail.swift`).
            if isTitle && w[.titleTailRepeat] != 0 && s.score >= threshold - cohesionMargin
                && Self.repeatsTitleTail(i, lines) { s.add(.titleTailRepeat, w) }
            // A quoted piece's source label under the intro naming it (`BoundarySourceLabel.swift`).
            if isTitle && w[.sourceLabel] != 0 && s.score >= threshold - cohesionMargin
                && Self.isSourceLabel(i, lines) { s.add(.sourceLabel, w) }
            // A roundup's next contributor under the last one's bio (`BoundaryRoundupSection.swift`).
            if isTitle && w[.roundupSection] != 0 && s.score >= threshold - cohesionMargin
                && Self.isRoundupSection(i, s, lines) { s.add(.roundupSection, w) }
            // A start under its own dek (`BoundaryDekAbove.swift`); its own check reads no other
            // feature, so after the article-part checks is where it always stood.
            var teaser: Int?, dekOver: Int?
            if w[.dekAbove] != 0 && scorer.dekAbove(i, planned: lastCandidate, in: lines, facts: facts, teaser: &teaser) { s.add(.dekAbove, w); dekOver = lastCandidate }
            if let t = teaser { plan.repeatedDeks.insert(t) }
            // A dateline lede under a summary box right under its headline (`BoundaryBoxedLede.swift`).
            if ledes[i] && !isTitle && w[.boxedLede] != 0 && scorer.isBoxedLede(i, planned: lastCandidate,
                plannedIsTitle: candidates.last?.start.isTitle ?? false, in: lines, facts: facts) { s.add(.boxedLede, w) }
            // A page header printed again (here or below its deks): cohesion, affinity and story
            // overlap are not asked of it.
            let pageHeaderRepeat = s.fired.contains(.headerRepeat) || s.fired.contains(.headerRepeatBelow)
            // Only for a headline: a dateline lede under a wide gap is as often the lede a page header
            // repeats (headline, teaser lede, widgets, then the headline and its lede again).
            if isTitle && wide[i] { s.add(.wideGap, w); addWideGapHeadline(&s) }
            // A link is never a headline; a dateline before it still makes it a lede (`KARACHI — Embed …`).
            // So is a pointer to a graphic whose link the scrape dropped (`BoundaryLinkPointer.swift`).
            if (lines.linkRule(i) != nil || lines.withContentBytes(i, Self.pointsToLink)) && !ledes[i] { s.add(.linkLine, w) }
            // A sign-off line (an e-mail contact, `Follow … on Twitter`, an author bio) ends a story.
            // Asked only where the line can still pass (the cohesion band's floor).
            // Right under a trailer it is no lede either, nor is a note with the trailer chain going
            // on below it (`BoundaryTrailerChain.swift`).
            if s.score >= threshold - cohesionMargin { Self.addSignOffs(i, isTitle: isTitle, dateline: ledes[i], lines, facts, w, &s) }
            // A lede announcing a list on a colon under a trailer (`BoundaryColonLede.swift`).
            if !isTitle && !ledes[i] && w[.colonLede] != 0 && s.score >= threshold - cohesionMargin
                && Self.isColonLede(i, s, lines) { s.add(.colonLede, w) }
            // Cohesion is the costly feature: only where it can change the decision.
            // A headline repeated below with page furniture between is a page header, whatever
            // the words around it share: cohesion cannot cancel it.
            // So is a dateline lede right after a trailer: the old story signed off, a new one opens
            // with a dateline; two wire stories on one news day share their words.
            // A wire dateline (`BEIJING, Dec 6 (Kyodo) -`, `(LONDON) —`, `ALEXANDRIA, VA –`) opens a
            // story in any text: no article quotes another one's opening mid-paragraph.
            let closedAndDated = s.fired.contains(.strippedDateline) || ledes[i] && !isTitle
                && (s.fired.contains(.trailerBefore) || lines.withContentBytes(i) { Self.isWireDateline($0, maxBytes: datelineMaxChars) }
                    || closedLeadIns && Self.closedLeadIn(i, lines, facts.shape, ledes: ledes)
                    || scorer.isDatelineUnderPageEdge(i, planned: lastCandidate, in: lines, facts: facts)  // `BoundaryEdgeDateline.swift`
                        && (!useCohesion || cohesion.similarity(at: i) < BoundaryScorer.fullPageHeaderCohesionCeiling))
            // A two-sentence line's weight is pending (decided by headline affinity below) but
            // counts for the margins.
            let twoSentences = s.twoSentences
            let pending = twoSentences ? w[.twoSentenceHeadline] : 0
            // Near the threshold, where the words around a line can still decide it.
            let inBand = !pageHeaderRepeat && !closedAndDated
                && s.score + pending >= threshold - cohesionMargin && s.score + pending < threshold + cohesionMargin
            if useCohesion && inBand {
                let sim = cohesion.similarity(at: i)
                if sim >= 0 {
                    var read = s
                    read.add(.cohesion, value: sim, w)
                    if sim < topicShiftBelow { read.add(.topicShift, w) }
                    else if sim >= sameTopicAbove { read.add(.sameTopic, w) }
                    scorer.addEdgeTopicShift(i, in: lines, facts: facts, similarity: sim, &read)
                    addBlockTopicShift(at: i, isTitle: isTitle, similarity: sim, cohesion, lines, &read)
                    if isTitle || ledes[i] { addMarkupEdgeShift(at: i, similarity: sim, lines, &read) }  // BoundaryMarkupEdge.swift
                    if isTitle { addMarkupEdgeHeadline(at: i, lines, &read) }
                    if isTitle { addLearnedLabelHeadline(at: i, similarity: sim, lines, facts, &read) }  // BoundaryLearnedLabelEdge.swift
                    // A lede under a whole page header takes cohesion's support but not its veto
                    // (BoundaryFullPageHeader.swift): skipping the reading altogether also dropped its
                    // topic shift, and a short closing line above then won the story-length prior.
                    // Not where the lede plainly continues the text above (a live blog's entries).
                    if read.score >= s.score || isTitle || sim >= BoundaryScorer.fullPageHeaderCohesionCeiling
                        || !(BoundaryScorer.isDatedLedeUnderPageHeader(s)  // BoundaryDatedPageHeader.swift
                             || scorer.isFullPageHeader(i, s, kinds: ledeBlockKinds, in: lines, facts: facts)) { s = read }
                    else { s.note("lede under a whole page header: cohesion \((sim * 1000).rounded() / 1000) does not veto it") }
                }
            } else if overFar && inBand {
                let sim = cohesion.similarity(at: i)
                if sim > far { s.add(.cohesionOverFar, value: sim - far, w) }
            } else if useCohesion && asksWireLedeShift(i, s, closedAndDated: closedAndDated, lines, facts) {
                // A wire lede off the article's topic: not a quoted wire paragraph (BoundaryWireLedeShift.swift).
                addWireLedeShift(at: i, cohesion, &s)
            }
            // Headline affinity: only for a headline or kicker headline (a dateline lede announces
            // nothing) near the threshold. Unlike cohesion it holds in a one-topic dump too: an
            // entry's headline still announces its own entry more than it echoes the one before.
            // Only where it can change the decision: its value lies in [-1, 1] less the neutral point.
            // A two-sentence line is measured wherever it passes: it needs the affinity (below).
            var twoSentenceHeadline = twoSentences
            if affinityWindowWords > 0 && isTitle && !pageHeaderRepeat
                && s.score + pending + affinityGain >= threshold && (twoSentences || s.score - affinityLoss < threshold),
               let a = affinity.measure(i) {
                let v = a.after - a.before - affinityNeutral
                // Two sentences read as a headline only when their words come back below it; a
                // closing remark or a caption echoes the story above.
                // Title Case sets them as a headline whatever their words (`We Spent 10 Months
                // Investigating Kavanaugh. Here's What We Found.`).
                if twoSentences && v <= 0 && !s.fired.contains(.titleCase) {
                    twoSentenceHeadline = false
                    s.note("two sentences without headline affinity: no two_sentence_headline")
                }
                if twoSentenceHeadline { s.add(.twoSentenceHeadline, w) }
                s.add(.headlineAffinity, value: v, w)
            } else if twoSentenceHeadline { s.add(.twoSentenceHeadline, w) }
            // Two sites' pages meet where the quote style flips (`BoundaryTypography.swift`).
            if isTitle && useCohesion { addTypographyShift(i, lines, facts.shape, &s) }
            if isTitle && useCohesion { addTwoSentenceShift(i, lines, &s) }
            // Story overlap: a passing headline candidate whose words are already in the story so far
            // (back to the previous start) is a subhead of that story. Only where it can change the
            // decision.
            // In a one-topic dump every story shares the topic's words: a higher share is neutral.
            // Not right under a worded trailer (`… contributed to this report.`, `closedAbove`): the
            // story above signed off, and no article sets a subhead under its own sign-off; the next
            // story of the same beat shares its words. A bare mark (`...`) parts a transcript's
            // excerpts inside one story: it keeps the check.
            let overlapFrom = useCohesion ? storyOverlapFrom : storyOverlapOneTopicFrom
            let overlapLoss = max(0, -w[.storyOverlap]) * (1 - overlapFrom)
            if overlapLoss > 0 && isTitle && !pageHeaderRepeat
                && s.score >= threshold && s.score - overlapLoss < threshold
                && !(s.fired.contains(.trailerBefore) && Self.closedAbove(i, lines, facts.shape))
                && !BoundaryPlanner.isMarkupEdgeTitleCase(s),  // a page's top (BoundaryMarkupEdge.swift)
                !BoundaryPlanner.isLearnedLabelTitleCase(s),  // BoundaryLearnedLabelEdge.swift
               let share = affinity.storyShare(i, from: lastCandidate ?? 0), share > overlapFrom {
                s.add(.storyOverlap, value: share - overlapFrom, w)
            }
            if s.score >= threshold { candidates.append(Candidate(i, Start(isTitle: isTitle, scored: s, isOpening: isOpening))); lastCandidate = i }
            else {
                // Held only while the start it defers to stands (`BoundaryDekVeto.swift`).
                if let p = dekOver { plan.dekVetoes.append(DekVeto(line: i, over: p, start: Start(isTitle: isTitle, scored: s, isOpening: isOpening))) }
                // Moved in, not copied: the line's score ends here (a copy and a destroy of it per
                // rejected line, nearly every body line).
                plan.rejected[i] = consume s
            }
        }
        return Scored(candidates: candidates, plan: plan, affinity: affinity, useCohesion: useCohesion, recordEdges: recordEdges,
                      labels: Self.labelsOverTitles(candidates, facts), cohesion: useCohesion ? cohesion : nil)
    }
}
