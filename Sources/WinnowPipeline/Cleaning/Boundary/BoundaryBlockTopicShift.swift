/// A prose lede under a furniture block (`furniture_block`: a page's footer or the next page's
/// header between two pages, no headline) is asked cohesion, and `topic_shift` fires only under
/// `topic_shift_below`. Two stories of one beat glued there (two politics stories of one news day)
/// share more words than that (true starts measured at 0.06–0.09 on the wire sets), and `cohesion`
/// alone holds them under the threshold. A paragraph of one article on both sides of stripped
/// furniture is on one topic in its own words, so the lede's words are measured on the side below
/// too (as `wire_lede_shift` does): both stay under `same_topic_above` only where the lede opens
/// another story. Only a lede (not a headline candidate a block lifts: a teaser sentence over a
/// credit is read as one) after a paragraph that ended (`after_sentence`).
/// A dateline lede (`WASHINGTON – …`) at the same cohesion was tried: it lost a story on w1 and
/// on w2 (the long-story prior then splits elsewhere), so dateline ledes are left to cohesion.
/// A lede under a soft block (`soft_block`: a section label over a photo credit, a link list; no
/// page edge) is read the same way (`soft_block_topic_shift`): the block is weaker evidence than a
/// page's header or footer (an article sets an `Advertisement` over an inline photo's credit), so
/// it passes only a little above `topic_shift_below` (the weight in Pipelines/news.yaml). An article's own label or link list between
/// two of its paragraphs leaves the lede's words on the story above's topic (`below`).
/// A lede under a share row alone (`share_row_edge`, `BoundaryShareRow.swift`) is read the same way
/// (`share_row_topic_shift`): two stories of one beat glued at a `Share` or `Short Url` row.
extension BoundaryPlanner {
    /// Adds `block_topic_shift` (under a furniture block) or `soft_block_topic_shift` (under a soft
    /// block) to lede `i` whose measured cohesion `sim` (across it) and cohesion with its own words
    /// below (measured at the line above) pass `blockTopicShift`.
    func addBlockTopicShift(at i: Int, isTitle: Bool, similarity sim: Double, _ cohesion: Cohesion, _ lines: [ClassifiedLine], _ s: inout ScoredLine) {
        // Only where it can change the decision: a start already passing keeps its score (the
        // story-length prior weighs starts by it). Not under an ad slot over a credit
        // (`BoundaryAdLabel.swift`).
        guard !isTitle, i > 0, s.score < config.threshold, let feature = Self.blockShiftFeature(s),
              s.score + scorer.weights[feature] >= config.threshold,
              feature != .softBlockTopicShift || !scorer.isAdOverCredit(i, in: lines),
              Self.blockTopicShift(s, across: sim, below: cohesion.similarity(at: i - 1), config, scorer.weights) else { return }
        s.add(feature, scorer.weights)
    }

    /// The feature a lede scored `s` may earn: `block_topic_shift` under a furniture block,
    /// `soft_block_topic_shift` under a soft block, none otherwise.
    static func blockShiftFeature(_ s: ScoredLine) -> SplitFeature? {
        if s.fired.contains(.furnitureBlock) { return .blockTopicShift }
        if s.fired.contains(.softBlock) { return .softBlockTopicShift }
        if s.fired.contains(.shareRowEdge) { return .shareRowTopicShift }
        if s.fired.contains(.learnedLabelEdge) { return .learnedLabelTopicShift }
        return nil
    }

    /// Whether a lede scored `s` earns its block's topic-shift feature (`blockShiftFeature`,
    /// weighted, not zero): under a furniture or soft block, after a paragraph that ended, cohesion
    /// `across` in [`topic_shift_below`, `same_topic_above`) (under it `topic_shift` fires) and,
    /// when measured, `below` (negative: not measurable) under `same_topic_above`. `below` is
    /// measured only once the rest passed (it walks the lede's words below), hence the autoclosure.
    static func blockTopicShift(_ s: ScoredLine, across: Double, below: @autoclosure () -> Double?, _ config: SplitConfig,
                                _ weights: FeatureWeights) -> Bool {
        guard let feature = blockShiftFeature(s), weights[feature] != 0, s.fired.contains(.afterSentence),
              across >= config.topicShiftBelow, across < config.sameTopicAbove else { return false }
        if let b = below(), b < 0 || b >= config.sameTopicAbove { return false }
        return true
    }
}
