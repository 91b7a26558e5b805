/// A story under markup debris alone (`markup_edge_shift`, `markup_edge_headline`): a paragraph that ended, then only what a
/// scrape left of a page's code (`<!-- ad slot -->`, `</p>`, `&nbsp;`, a `data:image` pixel, `[]`,
/// stripped by `markup_line`), then a lede or a headline. A scraper that keeps the markup between
/// pages keeps it at each page's top, where the ad slots and the tracking pixel sit, so the next
/// story opens under it with no byline or headline block to say so.
///
/// Weak evidence only: the same debris sits between an article's own paragraphs (a mid-article ad
/// slot), so the debris never starts a story by itself. A headline or a dateline lede there
/// (scored by its own shape, held under the threshold by cohesion) takes `markup_edge_shift` where
/// the words across it stay under `same_topic_above`: a subhead or a dateline quoted inside the
/// article shares its topic's words.
///
/// Not a prose lede: read as under a share row (`BoundaryShareRow.swift`, the topic shift deciding),
/// debris over a plain paragraph opened one true story and dozens of false ones on r1, where a
/// reader dump's paragraphs of one story share few words with each other.
///
/// A headline there whose topic shifts across the debris (`topic_shift`) takes
/// `markup_edge_headline`: the debris is the top of its page, which stands where another page's
/// header block would, so a dump whose headlines carry header blocks does not demote it as a bare
/// subhead (`unlike_dump_headlines`, `BoundaryPlanner+DumpStyle.swift`), as a trailer above exempts one.
extension BoundaryScorer {
    /// Every stripped line between body line `i` and the paragraph above it (blanks skipped) is
    /// markup debris (`residueRules`), at least one of them.
    func isMarkupEdgeBlock(_ i: Int, in lines: [ClassifiedLine]) -> Bool {
        guard weights[.markupEdgeShift] != 0 || weights[.markupEdgeHeadline] != 0 else { return false }
        var j = i - 1, debris = 0
        while j >= 0 {
            switch lines[j].kind {
            case .blank: break
            case .body: return debris > 0
            case .stripped(let rule, _):
                guard Self.markupDebrisRules.contains(rule) else { return false }
                debris += 1
            }
            j -= 1
        }
        return false
    }

    /// Families that strip a scrape's markup debris (no part of the page a reader sees).
    static let markupDebrisRules: Set<String> = ["markup_line", "code_residue"]
}

extension BoundaryPlanner {
    /// Adds `markup_edge_shift` to headline or dateline lede `i` scored `s` under markup debris
    /// alone (`isMarkupEdgeBlock`) after a paragraph that ended, where cohesion `sim` across it is
    /// under `same_topic_above`. Only where it can change the decision.
    func addMarkupEdgeShift(at i: Int, similarity sim: Double, _ lines: [ClassifiedLine], _ s: inout ScoredLine) {
        let w = scorer.weights[.markupEdgeShift]
        guard w != 0, i > 0, sim < config.sameTopicAbove, s.score < config.threshold, s.score + w >= config.threshold,
              s.fired.contains(.afterSentence),
              scorer.isMarkupEdgeBlock(i, in: lines) else { return }
        s.add(.markupEdgeShift, scorer.weights)
    }

    /// Adds `markup_edge_headline` to headline `i` scored `s` under markup debris alone after a
    /// paragraph that ended, where the topic shifts across it (`topic_shift` fired). Not two
    /// sentences in sentence case (`You are from California. What would you like to see?`): an
    /// interview's question under a mid-article ad slot, no headline.
    func addMarkupEdgeHeadline(at i: Int, _ lines: [ClassifiedLine], _ s: inout ScoredLine) {
        guard scorer.weights[.markupEdgeHeadline] != 0, s.fired.contains(.topicShift), s.fired.contains(.afterSentence),
              s.fired.contains(.titleCase) || !lines.withContentBytes(i, SplitText.hasInnerSentenceBreak),
              scorer.isMarkupEdgeBlock(i, in: lines) else { return }
        s.add(.markupEdgeHeadline, scorer.weights)
    }

    /// A headline under markup debris over a topic shift (`markup_edge_headline`) set in Title Case:
    /// the page's top, so its words shared with the story above (`story_overlap`) and the dump's
    /// anchored headlines' header blocks (`unlike_anchored_headlines`) do not demote it. Title Case
    /// only: a hard-wrapped paragraph's first line there (`In 1916, during some of the worst
    /// fighting of the war`) reads as a sentence-case headline and shares the story's words.
    static func isMarkupEdgeTitleCase(_ s: ScoredLine) -> Bool {
        s.fired.contains(.markupEdgeHeadline) && s.fired.contains(.titleCase)
    }
}
