/// A headline-less lede under a learned section label (`learned_label_edge`): a paragraph that
/// ended, then a block of stripped lines with no page edge in it (no byline, stamp, separator or
/// sign-off) that holds a section label the learned pass stripped (`Courts`, `National Security`,
/// `ELECTION 2020`), then prose. A site prints its section label at the top of each page, so a
/// run over many files learns it as boilerplate; dumps of stories without headlines glue pages
/// with that label and a widget or two (`Listen to this article`, share buttons) between them.
///
/// A label the learner keeps across sources and contexts names a section, not a story's topic:
/// the next page's kicker. An article's own paragraphs seldom sit around one (a subhead repeated
/// in many dumps keeps its neighbours, so `min_contexts` does not learn it), but a learned ad
/// label can sit inside an article, so the label is weak evidence, as one page edge alone is
/// (`BoundaryLoneEdge.swift`): only cohesion across it decides (`learned_label_topic_shift`,
/// `BoundaryBlockTopicShift.swift`). A label over a bare photo credit stays a soft block
/// (`BoundarySoftBlock.swift`), as before.
extension BoundaryScorer {
    /// Most stripped lines in the block: a page's top carries its label and a few widgets (a page
    /// count, share buttons); a rail of comments, ads and most-read links under a page, with a
    /// one-word learned line in it (`Reply`), is no kicker's block (p1 lost a title to one).
    static let learnedLabelBlockMaxLines = 6

    /// Prose lede `i` under furniture `kinds` (`furnitureBlockKinds`, so the paragraph above
    /// ended) with no page edge, not a soft block's label over a credit, longer than a headline (a
    /// template's learned subhead, `THE COMMON THREAD`, sits over a one-sentence summary: a3 lost
    /// a story to it), under a learned section label.
    func isLearnedLabelLede(_ i: Int, kinds: UInt8, in lines: [ClassifiedLine], facts: LineFacts) -> Bool {
        kinds != 0 && kinds & Self.pageEdgeKinds == 0 && !(isSoftBlock(kinds) && isLabelOverCredit(i, in: lines))
            && isLongerThanHeadline(i, in: lines) && isLearnedLabelBlock(i, in: lines, facts: facts)
    }

    /// The block right over body line `i` (blank lines skipped) is stripped lines only
    /// (`learnedLabelBlockMaxLines` at most) and kept credit lines up to the paragraph above, and
    /// one of its stripped lines is a learned line that reads as a section label (`StorySplitter.isSectionLabel`). The caller has read the
    /// block's kinds (no page edge) and that the paragraph above ended.
    func isLearnedLabelBlock(_ i: Int, in lines: [ClassifiedLine], facts: LineFacts) -> Bool {
        guard weights[.learnedLabelEdge] != 0 else { return false }
        var j = i - 1, label = false, stripped = 0
        while j >= 0 {
            switch lines[j].kind {
            case .blank: break
            case .body:
                // A kept credit is the block's furniture; any other body line is the paragraph.
                guard facts.credit[j] else { return label }
            case .stripped(let rule, _):
                stripped += 1
                if stripped > Self.learnedLabelBlockMaxLines { return false }
                if !label && rule == LearnedBoilerplate.rule { label = isLearnedSectionLabel(j, in: lines) }
            }
            j -= 1
        }
        return false
    }

    /// Stripped learned line `k` reads as a section label: a few words in capitals or Title Case,
    /// no sentence (`StorySplitter.isSectionLabel`, asked as of a learned kicker).
    func isLearnedSectionLabel(_ k: Int, in lines: [ClassifiedLine]) -> Bool {
        guard lines[k].words <= StorySplitter.maxLabelWords, lines[k].contentByteCount <= StorySplitter.maxLabelBytes else { return false }
        let (ending, byline) = lines.withContentBytes(k) { u -> (LineText.Ending, Bool) in
            let end = LineText.ending(bytes: u)
            return (end, Byline.matches(u, words: lines[k].words, ending: end))
        }
        return StorySplitter.isSectionLabel(k, in: lines, ending: ending, byline: byline)
    }
}

/// A headline under a learned section label (`learned_label_headline`): a paragraph that ended,
/// stripped lines holding the label, then a headline whose cohesion across them stays under
/// `same_topic_above` (two stories of one beat share more words than `topic_shift_below` allows;
/// w803 gained a story over asking `topic_shift`). The label is the top of the next page, standing where another page's header
/// block would, so a dump whose headlines carry header blocks does not demote it as a bare
/// subhead (`unlike_dump_headlines`, `unlike_anchored_headlines`), and set in Title Case its words
/// shared with the story above do not either (`story_overlap`), as under markup debris
/// (`BoundaryMarkupEdge.swift`). A subhead inside an article has no learned label over it.
extension BoundaryPlanner {
    /// Adds `learned_label_headline` to headline `i` scored `s` (cohesion `sim` read) under a
    /// learned section label after a paragraph that ended, `sim` under `same_topic_above`.
    func addLearnedLabelHeadline(at i: Int, similarity sim: Double, _ lines: [ClassifiedLine], _ facts: LineFacts, _ s: inout ScoredLine) {
        guard scorer.weights[.learnedLabelHeadline] != 0, sim < config.sameTopicAbove, s.fired.contains(.afterSentence),
              scorer.isLearnedLabelBlock(i, in: lines, facts: facts) else { return }
        s.add(.learnedLabelHeadline, scorer.weights)
    }

    /// A start the style votes and story overlap leave alone: a headline under a learned label in
    /// Title Case (`learned_label_headline`); `unlike_dump_headlines` also spares one in sentence case.
    static func isLearnedLabelTitleCase(_ s: ScoredLine) -> Bool {
        s.fired.contains(.learnedLabelHeadline) && s.fired.contains(.titleCase)
    }
}
