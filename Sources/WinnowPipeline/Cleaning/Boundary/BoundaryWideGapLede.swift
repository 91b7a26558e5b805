/// A prose lede under the dump's story gap.
///
/// Many dumps set their documents further apart than their paragraphs: one blank line between
/// paragraphs, two between stories (`BoundaryWideGap.swift`). A headline there gets `wide_gap`
/// and passes; a story that opens with its lede alone (no headline, no dateline) keeps its
/// sentence shape (`sentence_ending`, `too_long`) and stays ~9 under the threshold, so two
/// stories run together where the copy itself marks the edge.
///
/// So a line the scoring rejected gets a lede reading (`wide_gap_lede`) when
/// - two or more blank lines lie right above it (or above the one or two widget lines right
///   over it: the next page's label, `BoundaryWideGapLabel.swift`), in a dump whose paragraphs already stand one
///   blank line apart (the gap is wide against a real paragraph gap, not one stray blank line in
///   copy that has none: there a lone blank line is noise);
/// - it opens capitalised and ends like a sentence, under a paragraph (one that ended, or one
///   whose full stop the copy lost: `… he said`; the gap, not the stop, marks the story's end;
///   it then goes without `after_sentence`);
/// - the dump's own starts past its first line, where it has any, mostly come under such a gap,
///   right above them or above the header or footer block over them (`header_style_share`): the
///   gap is how this dump parts its stories;
/// - cohesion still weighs it: an article's own section set off by a wider gap shares its words
///   across the gap, two glued stories do not (`topic_shift`, `same_topic` as for any start);
/// - a JSONL record has starts of its own to vote (one article unless they say otherwise);
/// - the next paragraph does not open with a dateline: a sentence-shaped line over a dateline lede
///   is that story's headline (`Democrats want … in 2020. They're still working out how.` over
///   `MIAMI - …`), which the dateline's start takes as its title.
extension BoundaryPlanner {
    func applyWideGapLedes(_ candidates: inout [Candidate], _ lines: [ClassifiedLine], cohesion: Cohesion?, _ plan: inout Plan) {
        let w = scorer.weights
        guard w[.wideGapLede] != 0, let cohesion else { return }
        let facts = plan.facts
        let wide = wideGaps(facts.shape)
        let gap = Self.paragraphGap(facts.shape)
        guard gap >= 1 else { return }
        // Lines right under the gap, or under the next page's label set under it (`BoundaryWideGapLabel.swift`).
        let gapped = lines.indices.map { i in
            wide[i] && Self.blanksAbove(i, facts.shape) >= 2 || scorer.weights[.wideGap] != 0 && Self.isUnderGappedLabel(i, facts.shape, gap: gap)
        }
        guard gapped.contains(true) else { return }
        let voters = candidates.filter { !$0.start.scored.fired.contains(.startOfText) }
        // A JSONL record is one article unless its own starts say otherwise: a wider gap inside
        // one (an embed or photo the scrape dropped) parts nothing by itself.
        if plan.record && voters.isEmpty { return }
        if !voters.isEmpty {
            let marked = voters.filter { Self.widestGapAbove($0.line, facts.shape) > gap }.count
            guard Self.votes(marked, of: voters.count, share: config.headerStyleShare, tiesAbstain: false) else { return }
        }
        var added: [Candidate] = []
        for i in lines.indices where gapped[i] {
            guard let r = plan.rejected[i], r.fired.contains(.sentenceEnding),
                  r.fired.contains(.afterSentence) || r.fired.contains(.afterOpenLine),
                  r.fired.contains(.capitalised), !r.fired.contains(.linkLine),
                  facts.nextBody(after: i).map({ facts.places[$0] == nil }) ?? true else { continue }
            let sim = cohesion.similarity(at: i)
            guard sim >= 0 else { continue }
            var s = ScoredLine()
            s.add(.wideGap, w)
            if r.fired.contains(.afterSentence) { s.add(.afterSentence, w) }
            s.add(.wideGapLede, w)
            s.add(.cohesion, value: sim, w)
            if sim < config.topicShiftBelow { s.add(.topicShift, w) } else if sim >= config.sameTopicAbove { s.add(.sameTopic, w) }
            guard s.score >= config.threshold else {
                var held = r
                held.note(String(format: "wide-gap lede reading %.2f (cohesion %.3f): held", s.score, sim))
                plan.rejected[i] = held
                continue
            }
            s.note("a prose lede under the dump's story gap (BoundaryWideGapLede.swift)")
            plan.rejected[i] = nil
            added.append(Candidate(i, Start(isTitle: false, scored: s)))
        }
        guard !added.isEmpty else { return }
        candidates = (candidates + added).sorted { $0.line < $1.line }
    }

    /// The longest run of blank lines between line `i` and the body line above it: a start under a
    /// header or footer block (a trailer, stripped widgets) has the dump's story gap over the block.
    static func widestGapAbove(_ i: Int, _ shape: [LineFacts.Shape]) -> Int {
        var j = i - 1, run = 0, widest = 0
        while j >= 0 && shape[j] != .body {
            if shape[j] == .blank { run += 1; widest = max(widest, run) } else { run = 0 }
            j -= 1
        }
        return widest
    }

    /// Blank lines right above line `i`.
    static func blanksAbove(_ i: Int, _ shape: [LineFacts.Shape]) -> Int {
        var j = i - 1, n = 0
        while j >= 0 && shape[j] == .blank { n += 1; j -= 1 }
        return n
    }

    /// The dump's usual paragraph gap: the median count of blank lines right above a body line
    /// (the smallest gap with at least half of the body lines at or below it; 0 without body
    /// lines). `wide_gap` is a gap wider than this (`BoundaryWideGap.swift`).
    static func paragraphGap(_ shape: [LineFacts.Shape]) -> Int {
        var counts: [Int] = [], run = 0, body = 0
        for k in shape.indices {
            switch shape[k] {
            case .blank: run += 1
            case .body:
                if run >= counts.count { counts += [Int](repeating: 0, count: run + 1 - counts.count) }
                counts[run] += 1; body += 1; run = 0
            default: run = 0
            }
        }
        var seen = 0
        for (g, c) in counts.enumerated() { seen += c; if 2 * seen >= body { return g } }
        return 0
    }
}
