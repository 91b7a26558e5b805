/// A headline-less lede under one page edge alone (`lone_page_edge`): a paragraph that ended, then
/// a single byline (`By Jane Doe and John Roe`), a single time stamp (`Updated 9:39 a.m. ET`) or a
/// single separator (`----`, `+++`), then prose. Dumps of stories without headlines glue pages with
/// no more than that between them, and a furniture block (`BoundaryFurniture.swift`) needs two
/// kinds of furniture.
///
/// Not a worded trailer alone (`Jane Doe contributed reporting.`, `The opinions expressed …`):
/// stories go on under their sign-off with a call for tips, the author's bio or a note on where
/// the piece ran, which read as prose of another topic. A trailer that is only a rule of marks
/// (`+++`, `###`) is a separator.
///
/// An article sets a section rule or an `Updated` note between its own paragraphs too, so one edge
/// is weaker evidence than a block: the weight is set so that only a topic shift across the edge
/// (cohesion under `topic_shift_below`) makes a start. Where cohesion is left out (a one-topic dump,
/// a live blog whose entries carry stamps and bylines) it never passes on its own.
extension BoundaryScorer {
    /// `kinds` (`furnitureBlockKinds`) is one page edge and nothing else.
    func isLonePageEdge(_ kinds: UInt8) -> Bool {
        weights[.lonePageEdge] != 0 && kinds.nonzeroBitCount == 1 && kinds & Self.loneEdgeKinds != 0
    }

    /// The start score of a prose lede under a weak block, a lone page edge (`lone_page_edge`) or
    /// a soft block (`soft_block`): that feature and the ended paragraph above it (`after_sentence`;
    /// `furnitureBlockKinds` found it ended), nothing else: not `trailer_before` for a rule stripped
    /// as an end mark, which an article sets between its sections as often (an AP fact check's
    /// `___`), so the topic shift decides alone.
    func weakBlockStart(_ feature: SplitFeature) -> ScoredLine {
        var s = ScoredLine()
        s.add(feature, weights)
        s.add(.afterSentence, weights)
        return s
    }

    /// `edge_topic_shift`: a lede under a lone byline whose cohesion `sim` across it is under
    /// `same_topic_above`. A topic shift (under `topic_shift_below`) is what two unrelated pages
    /// show; two stories of one outlet on one beat glued at a byline share more (true starts
    /// measured up to ~0.09 on the outsider sets). A byline only: an article sets its own section
    /// rules (`* * *`, `...`) between paragraphs on its topic at that cohesion too, never a byline
    /// (nor a lone time stamp under prose, read the same way: `BoundaryLoneStamp.swift`).
    /// The weight sets how far up it holds: with `lone_page_edge` and `after_sentence` it passes
    /// while `cohesion` × sim stays under it less the 0.75 the edge lacks. Never where cohesion is
    /// left out (a one-topic dump: a live blog's entries carry bylines): asked only when measured.
    func addEdgeTopicShift(_ i: Int, in lines: [ClassifiedLine], facts: LineFacts, similarity sim: Double, _ s: inout ScoredLine) {
        guard weights[.edgeTopicShift] != 0, sim < config.sameTopicAbove, s.fired.contains(.lonePageEdge) else { return }
        let kinds = furnitureBlockKinds(i, in: lines, facts: facts, captions: true)
        // A lone time stamp over a lede under prose reads as a byline does (BoundaryLoneStamp.swift).
        guard kinds == FurnitureKind.byline.rawValue || isLoneStampUnderProse(i, kinds: kinds, in: lines, facts: facts),
              !isCreditRightAbove(i, in: lines) else { return }
        s.add(.edgeTopicShift, weights)
    }

    /// The nearest non-blank line over lede `i` is a stripped photo credit: a `Name | Outlet`
    /// byline alone over a lede (`BoundaryPipeByline.swift`) has a photo credit's shape, and an
    /// article sets an inline photo's credit (`JANE DOE | EPA`) between two of its paragraphs, so
    /// only a topic shift across it (`lone_page_edge`) opens a story there, not `edge_topic_shift`.
    func isCreditRightAbove(_ i: Int, in lines: [ClassifiedLine]) -> Bool {
        var j = i - 1
        while j >= 0, case .blank = lines[j].kind { j -= 1 }
        guard j >= 0, case .stripped(_, .credit?) = lines[j].kind else { return false }
        return true
    }

    /// `kinds` is one worded trailer and nothing else (`trailer_edge`, its own weight): a story's
    /// sign-off (`Jane Doe contributed to this report.`) with prose under it. Stories go on under
    /// their sign-off now and then (a call for tips, a bio, where the piece ran), so it starts
    /// nothing on its own: as `lone_page_edge`, only a topic shift across it makes a start. Only
    /// a paragraph longer than a headline (`isLongerThanHeadline`), running on (`runsOnUnderTrailer`): a
    /// sentence of a headline's length there is the next story's headline (a title, with
    /// `trailer_before`) or its short lede (`signed_off_lede`).
    func isLoneTrailer(_ kinds: UInt8) -> Bool {
        weights[.trailerEdge] != 0 && kinds == FurnitureKind.trailer.rawValue
    }

    /// Fewest words of prose from a lede under a lone trailer to the next stripped line: what goes
    /// on under a sign-off inside a story is a note of a paragraph or two (`This report was featured
    /// in …`, a syndication notice, a caption over its credit: 33–81 words on the public sets) before
    /// the next trailer or credit; a glued story's lede runs on (206+ words there).
    static let trailerEdgeMinWords = 120

    /// Body line `i` is too long for a headline (`too_long`'s bound: `max_words` words, or
    /// `max_chars` characters; a scalar takes at least one byte, so a line of at most `max_chars`
    /// bytes needs no count).
    func isLongerThanHeadline(_ i: Int, in lines: [ClassifiedLine]) -> Bool {
        lines[i].words > config.maxWords
            || lines[i].contentByteCount > config.maxChars && lines.withContentBytes(i, SplitText.scalarCount) > config.maxChars
    }

    /// Body lines from `i` down (blanks between) hold `trailerEdgeMinWords` words before any
    /// stripped line.
    func runsOnUnderTrailer(_ i: Int, in lines: [ClassifiedLine]) -> Bool {
        var words = 0, j = i
        while j < lines.count && words < Self.trailerEdgeMinWords {
            switch lines[j].kind {
            case .blank: if lines.isSeparatorLine(j) { return false }
            case .body: words += lines[j].words
            case .stripped(_, let role):
                // An ad slot or a share row sits inside a story; a note ends at a trailer or credit.
                if role != .widget && role != .timestamp { return false }
            }
            j += 1
        }
        return words >= Self.trailerEdgeMinWords
    }

    /// Page edges that may stand alone: a byline, a time stamp, a separator (not a worded trailer).
    static let loneEdgeKinds = FurnitureKind.separator.rawValue | FurnitureKind.byline.rawValue | FurnitureKind.timestamp.rawValue

    /// A line of three or more marks and nothing else (`+++`, `###`, `* * *`, `———`): no letters, no
    /// digits; ASCII punctuation, spaces and three-byte punctuation (lead byte 0xE2: dashes, bullets,
    /// box rules). A rule stripped as a trailer is a separator to a furniture block.
    static func isMarkRule(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        var marks = 0, k = 0
        while k < u.count {
            let b = u[k]
            if b == 0x20 || b == 0x09 { k += 1; continue }
            if b == 0xE2 { guard k + 2 < u.count else { return false }; marks += 1; k += 3; continue }
            let punct = (b >= 0x21 && b <= 0x2F) || (b >= 0x3A && b <= 0x40) || (b >= 0x5B && b <= 0x60) || (b >= 0x7B && b <= 0x7E)
            guard punct else { return false }
            marks += 1; k += 1
        }
        return marks >= 3
    }
}

// The planner reads a prose line under a block (of two kinds, or one edge alone) as a lede also
// when a trailer or a widget row around it lifted its headline score over the cohesion band's
// floor: a line too long for a headline, or a sentence in sentence case, is no headline whatever
// surrounds it (`BoundaryPlanner.plan`, `isHeadlineShaped`).
