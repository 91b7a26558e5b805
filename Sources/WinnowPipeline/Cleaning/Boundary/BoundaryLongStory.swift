/// Long-story prior: the counterpart of the short-story prior in `applyLengthPrior`. A real
/// headline can score just under the threshold (a short Title Case line, `Trump’s Blast Off`, held
/// down by `too_few_words`); its story is then glued to the one before, which comes out far longer
/// than the dump's other stories. A subhead scoring the same sits in a story of ordinary length.
/// So in a story at least `long_story_factor` × the dump's mean words per story, the best rejected
/// headline candidate within `long_story_margin` of the threshold, with the topic changing across
/// it (cohesion below `long_story_cohesion`) and leaving both parts `long_story_part_share` × the
/// mean, starts a story after all.
///
/// Only in a dump of unrelated stories (cohesion in use) whose stories start at headlines: where
/// most start at dateline ledes, a headline-shaped line is a subhead or a deck. Not a line a dump-
/// style vote demoted (`styleDemoted`), nor one with `longStorySiblings` candidates of its shape
/// in the story: a structured article is long because of the sections such lines open.
///
/// Two stories on one topic glued together share words across the boundary (cohesion up to
/// ~0.1), yet the headline still announces its own story: its words come back below it and not
/// above it. So in a dump whose headlines come bare (under `header_style_share` of them with a
/// header block: page furniture tells headlines from subheads there, and a bare line is a
/// subhead), a candidate with cohesion under `long_story_affinity_cohesion` whose headline
/// affinity is at least `long_story_affinity` qualifies too (0 = off).
extension BoundaryPlanner {
    /// `words[i]`: body words of lines before i (the planner's prefix sums).
    func applyLongStoryPrior(_ candidates: inout [Candidate], _ lines: [ClassifiedLine], _ words: [Int],
                             _ plan: inout Plan) {
        guard config.longStoryFactor > 0, candidates.count >= 2 else { return }
        guard Self.headlineStarts(candidates) * 2 > candidates.count else { return }
        let p = LongStoryParameters(config, dense: Self.isDense(lines))
        let first = candidates[0].line
        let mean = Double(words[lines.count] - words[first]) / Double(candidates.count)
        let minPart = config.longStoryPartShare * mean
        let floor = config.threshold - config.longStoryMargin
        // The header-style voters: labels over a title left out, as in the dump's vote. Computed
        // again, not `Scored.labels`: those are per candidate of `score`'s list, and by now
        // `finish`'s passes have demoted, dropped and added candidates, so the indices no longer
        // line up, and a line is a label only over the title candidate that now follows it.
        // (Measured, `score`'s labels looked up by line: they differ on 7 of 896 texts of b1 b2
        // b3 o4711 o8923 a3 f3 w1 and turn the vote on one, in b2; no output changed there.)
        let bareDump = p.affinityCohesion > 0
            && !headerStyle(Self.styleVoters(candidates, Self.labelsOverTitles(candidates, plan.facts), plan.facts))
        /// Cohesion low enough, or (bare dump) moderate with the line's words coming back below it.
        func glued(_ s: ScoredLine, _ sim: Double) -> Bool {
            if sim < config.longStoryCohesion { return true }
            // The dense bound's wider band (`BoundaryDenseDump.swift`): a question or exclamation
            // there is an author's remark (`As Walterson says, “Enough is enough already!”`)
            // unless its words were measured coming back below it, as a question headline's do.
            if sim < p.cohesion {
                guard s.fired.contains(.questionEnding) else { return true }
                if let a = s.value(of: .headlineAffinity), a > -config.affinityNeutral { return true }
            }
            guard bareDump, sim < p.affinityCohesion,
                  let a = s.value(of: .headlineAffinity) else { return false }
            return a >= p.affinity
        }
        var added: [Candidate] = []
        for story in Self.longStories(candidates, lineCount: lines.count, words, minWords: p.factor * mean) {
            let lo = story.lowerBound, hi = story.upperBound
            var best: (line: Int, scored: ScoredLine)?
            for i in lo..<hi {
                // A start the story-length prior dropped: its story was judged too short, and
                // lifting it back would undo that (the dense factor reaches such short dumps).
                guard let s = plan.rejected[i], s.score >= floor, Self.isHeadlineCandidate(s), !Self.styleDemoted(s),
                      !plan.lengthDropped.contains(i),
                      let sim = s.value(of: .cohesion), sim >= 0, glued(s, sim),
                      Double(words[i] - words[lo]) >= minPart, Double(words[hi] - words[i + 1]) >= minPart else { continue }
                if best == nil || s.score > best!.scored.score { best = (i, s) }
            }
            guard var b = best else { continue }
            // The best candidate is a part of the article (`namedInArticle`), or its words come from
            // the text above it: the story is long for its own sake, no headline is missing in it.
            if Self.namedInArticle(b.scored) || (b.scored.value(of: .headlineAffinity) ?? 0) < -config.affinityNeutral { continue }
            if !Self.headlineOnEvidence(b.scored, affinityNeutral: config.affinityNeutral) { continue }
            // Two more candidates of its shape in the story: one of a structured article's sections.
            if let shape = Self.shape(b.scored) {
                var same = 0
                for i in lo..<hi where i != b.line {
                    if let s = plan.rejected[i], s.score >= config.threshold - config.cohesionMargin, Self.shape(s) == shape { same += 1 }
                }
                if same >= Self.longStorySiblings { continue }
            }
            b.scored.note("long story: starts a story after all")
            plan.rejected[b.line] = nil
            added.append(Candidate(b.line, Start(isTitle: true, scored: b.scored)))
        }
        Self.insert(added, into: &candidates)
    }

    /// The lines of each planned story after its start (to the next start or the text's end) whose
    /// body words reach `minWords`: the stories the long-story passes look inside (this one and
    /// `applyLongStoryLedes`). `words[i]`: body words of the lines before `i`.
    static func longStories(_ candidates: [Candidate], lineCount: Int, _ words: [Int], minWords: Double) -> [Range<Int>] {
        var stories: [Range<Int>] = []
        for k in candidates.indices {
            let lo = candidates[k].line + 1
            let hi = k + 1 < candidates.count ? candidates[k + 1].line : lineCount
            if Double(words[hi] - words[lo]) >= minWords { stories.append(lo..<hi) }
        }
        return stories
    }

    /// Starts a long-story pass added, put in line order among the planned ones.
    static func insert(_ added: [Candidate], into candidates: inout [Candidate]) {
        guard !added.isEmpty else { return }
        candidates = (candidates + added).sorted { $0.line < $1.line }
    }

    /// A candidate a dump-style vote held under the threshold: the dump's headlines carry a header
    /// block or another case, or its siblings mark it a subhead. Its story's length does not make
    /// it a headline: a long structured article is long because of the sections such lines open.
    /// Other candidates of the best one's shape (`shape`: ending and Title Case, in the cohesion
    /// band) in the long story from which it is one of the article's section heads, not a missed
    /// headline: a glued story hides one headline, a structured article a set of subheads of one
    /// shape (`Shortcuts`, `OBAMACARE JOBS ABOUT NOTHING` among its siblings). Measured (story_f1,
    /// vs none): b3 .8567 -> .8659, b2 .9252 -> .9275, o8923 .9319 -> .9356, o1313 .9436 -> .9455,
    /// a3 .9607 -> .9617, f3 .9539 -> .9555, h3 .9596 -> .9606, i3 .9570 -> .9560; 1: b1 -.0009;
    /// 3: b3 .8635, f3 .9545, h3 .9596.
    static let longStorySiblings = 2

    /// A candidate a feature names as a part of the article around it: a speaker's turn
    /// (`label_turn`), a pull quote, a list item, a chart title a colon announced, a line printed
    /// just above already (`repeats_above`), a caption with its credit, a clip title, a quoted
    /// source's attribution, a paragraph cut above its rest, an indented subhead
    /// (`BoundaryPlayerChrome.swift` … `BoundaryIndentStyle.swift`). Its story's length does
    /// not make it a headline (b4: a fact check's `TRUMP: “…”` claim was taken back). Nor does a
    /// line whose words come from the text above it (headline affinity under its neutral point:
    /// a quoted tweet closing a paragraph's thought; more of its words above it than below), which
    /// `applyLongStoryPrior` asks beside this. Asked of the story's best candidate: a story whose
    /// strongest candidate is a part of its article is long for its own sake.
    static func namedInArticle(_ s: ScoredLine) -> Bool {
        s.fired.contains {
            $0 == .labelTurn || $0 == .pullQuote || $0 == .listItem || $0 == .wikiSectionHead || $0 == .liveEntryHeading || $0 == .entryRowAfter || $0 == .afterColon || $0 == .repeatsAbove || $0 == .captionCredit
                || $0 == .conjunctionOpening || $0 == .clipRunningTime || $0 == .reportedSpeech
                || $0 == .continuesBelow || $0 == .indentedStart
        }
    }

    /// What a missed headline shows beyond its story's length. A line under `min_words`
    /// (`too_few_words`: `STAR POWER`, `The Odds on Jeb`, `City Hall in the X-treme`) is a
    /// structured article's section head unless a header block, a dateline lede or a trailer
    /// backs it; a question is the author's own (`Sixth: Oh, and what about …?`) unless some of
    /// its words come back below it (headline affinity over `-affinity_neutral`). Take-backs on
    /// the blind and outsider sets (b1, o8923, o1313, o31337): 1 right of 7 before; on a3 f3 h3 i3
    /// 11 of 16.
    /// A line its own features call a sentence (`sentence_ending`: a full stop, two sentences; or
    /// `too_long` for a headline) is prose deep in the long story unless a header block, a dateline
    /// lede or a trailer backs it: a missed headline of that shape comes with page furniture (f3/029
    /// after a trailer); a bare one is a paragraph's first line (b1/067 `Ryan’s retelling of history
    /// leaves out critical facts. The history …`; o3917/124 `Albanian authorities used a World
    /// Bank-backed project to clear the way`, too long, page furniture below it). Measured (story_f1):
    /// b1 .9412 -> .9437, o3917 .9713 -> .9733; no other set moves.
    static func headlineOnEvidence(_ s: ScoredLine, affinityNeutral: Double) -> Bool {
        if s.fired.contains(.tooFewWords) && !hasEvidence(s) { return false }
        if s.fired.contains(.sentenceEnding) || s.fired.contains(.tooLong) {
            // Page furniture below (`furniture_after`) alone does not back a sentence: a paragraph
            // ends above a page's widgets as often as a headline does (o3917/124): `hasEvidence`
            // without `furniture_after`: `isAnchored`.
            if !isAnchored(s) { return false }
        }
        if s.fired.contains(.questionEnding), (s.value(of: .headlineAffinity) ?? 0) <= -affinityNeutral { return false }
        return true
    }

    /// A start the dump-style votes took back: the dump's headlines carry a header block or
    /// another case, its siblings mark it a subhead or a label, or (`unlike_dump_ledes`) it is a
    /// lede start under a lone separator (`***`, a rule) in a dump whose stories start at
    /// headlines. Such a line is a paragraph of the story it sits in; lifting it would make its
    /// prose the next story's title (b2/117: `Those who predict Trump will ultimately fall …`
    /// after a `***` the wire-signoff rule strips).
    static func styleDemoted(_ s: ScoredLine) -> Bool {
        s.fired.contains {
            $0 == .unlikeAnchoredHeadlines || $0 == .capitalsSectionHead || $0 == .unlikeDumpLabels || $0 == .unlikeDumpLedes
        }
    }
}
