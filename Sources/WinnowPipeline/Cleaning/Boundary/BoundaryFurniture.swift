/// A block of page furniture between two prose paragraphs (`furniture_block`): real dumps glue
/// pages together with the next page's header or the last page's footer between them: a
/// separator, a comment count, a `Posted …` stamp, a byline, a photo credit. When a paragraph
/// that ends like prose is followed by such a block and then by prose, the prose line opens the
/// next story even without a headline (the page had none, or the rules stripped it); a headline
/// candidate between the block above and its header below (byline, stamp) gets the weight too.
///
/// What a scraped article carries between its own paragraphs is no block: one kind of furniture
/// (`Advertisement` twice, a row of share buttons), or a photo credit next to an ad. A block
/// needs two different kinds, one of them a page edge (a separator, a byline, a time stamp, a
/// sign-off). Cohesion still vetoes a block between two paragraphs on one topic.
extension BoundaryScorer {
    /// Kinds of furniture in a block, one bit each: a block needs two different kinds.
    enum FurnitureKind: UInt8 {
        case separator = 1, byline = 2, credit = 4, widget = 8, timestamp = 16, trailer = 32, other = 64
    }

    /// Kinds of furniture (stripped lines, kept bylines and credit lines, a separator read as a
    /// break) between body line `i` and the previous prose line, as a bit mask, if that line ends
    /// like a sentence or a question; 0 otherwise. Kept bylines count: a byline opens the story below it.
    /// `captions`: a photo's caption inside the block is furniture (`BoundaryCaptionedBlock.swift`;
    /// for a lede under the block only: a headline over a caption is that photo's story).
    func furnitureBlockKinds(_ i: Int, in lines: [ClassifiedLine], facts: LineFacts, captions: Bool = false) -> UInt8 {
        var kinds: UInt8 = 0
        var sawKeyPoint = false, sawPipeByline = false, sawHeaderByline = false
        var j = i - 1
        // A section label right over a lede is no paragraph that ended a story: the walk steps
        // over it (`BoundaryBlockLabel.swift`).
        if captions {
            var k = j
            while k >= 0, case .blank = lines[k].kind { k -= 1 }
            if k >= 0 && isBlockLabel(k, in: lines) { j = k - 1 }
        }
        while j >= 0 {
            switch lines[j].kind {
            case .blank:
                // A separator the planner reads as a paragraph break (`separator_breaks`) keeps its text.
                if lines.isSeparatorLine(j) { kinds |= FurnitureKind.separator.rawValue }
            case .body:
                if facts.byline[j] { kinds |= FurnitureKind.byline.rawValue }
                // A summary box (`Key points` over bullets the story repeats) is header furniture.
                else if facts.isKeyPoint(j) { kinds |= FurnitureKind.widget.rawValue; sawKeyPoint = true }
                // A caption opening with a dateline (`MADRID: Two boys … (Jane Doe/Reuters)`) can be
                // a lede itself: it is not furniture.
                // A paragraph whose last sentence ends on a slash-joined name (`… the latest
                // University of Texas/Texas Tribune Poll.`) is no credit: a credit stops without a full stop.
                // Nor is a paragraph far longer than any caption that ends on one: reflow glued a
                // hard-wrapped caption to the paragraph above it (`… come into the hospital. Jane
                // Doe speaks at a rally on April 10. (Jane Roe/WBEZ)`); the paragraph ended there.
                else if facts.credit[j] && isCaptionedParagraph(j, in: lines) { return kinds }
                else if facts.credit[j] && facts.places[j] == nil
                            && !lines.withContentBytes(j, { u in u.last == 0x2E }) { kinds |= FurnitureKind.credit.rawValue }
                // A photo's caption between the block's lines (`BoundaryCaptionedBlock.swift`).
                else if captions && isCaptionInBlock(j, in: lines, facts: facts) { kinds |= FurnitureKind.credit.rawValue }
                // The paragraph above is prose that ended (not a headline or a wrapped tail); a
                // column ends on a question as often as on a full stop (`… isn't extreme?`).
                // A paragraph too long for a headline that stops open (a signature: `… Read more at
                // The Guardian. Catherine Garcia`) ended too when a page header follows it: a
                // headline is what a header block would belong to, and this is none.
                else {
                    // A short line signed off by a trailer right below it ended the story above
                    // (`BoundarySignedOffTail.swift`).
                    if isSignedOffTail(j, kinds: kinds, in: lines, facts: facts) { return kinds }
                    // A story may end on a short paragraph (`Fauci replied, "Many people would
                    // die."`): under a page header a sentence of any length ended it.
                    // So did one under a prose paragraph that ended too (`BoundaryShortEnding.swift`).
                    let ending = blockEnding(j, in: lines, facts: facts)
                    guard lines[j].words >= config.proseMinWords
                            || ending == .sentence && (Self.isPageHeader(kinds) || !isLonePageEdge(kinds) && isShortEnding(j, in: lines, facts: facts)) else { return 0 }
                    // A trailer read as a headline's byline (`BoundaryHeaderByline.swift`) has that
                    // headline or its dek above it: the block is the headline's header, no page edge.
                    if sawHeaderByline { return 0 }
                    // Over a summary box, a paragraph right under a headline is its dek: the box
                    // and the lines around it are that headline's header, not a page edge.
                    // Not a paragraph stopping open on an embedded tweet's attribution (`— Jane
                    // Doe (@janedoe) October 11, 2019`): two short tweets close many columns.
                    if sawKeyPoint, let h = facts.previousBody(before: j), facts.ending[h] != .sentence,
                       lines[h].words <= config.maxWords, !lines.withContentBytes(h, Self.endsOnTweetAttribution) { return 0 }
                    // So over a `Name | Outlet` byline (`BoundaryPipeByline.swift`): a headline's dek
                    // over its own byline, stamp and share row; the headline opens its paragraph
                    // (furniture or a blank above it), not a wrapped paragraph's inner line, and the
                    // dek is a headline's length, not a paragraph.
                    if sawPipeByline, lines[j].words <= config.maxWords, let h = facts.previousBody(before: j), facts.ending[h] != .sentence,
                       lines[h].words <= config.maxWords, h == 0 || facts.shape[h - 1] != .body,
                       !lines.withContentBytes(h, Self.endsOnTweetAttribution) { return 0 }
                    if ending != .open { return kinds }
                    // An embedded tweet's attribution (`— Jane Doe (@janedoe) January 11, 2017`)
                    // closes its paragraph as a full stop does (`BoundaryTweetEnd.swift`).
                    if lines.withContentBytes(j, Self.endsOnTweetAttribution) { return kinds }
                    // Not a long headline (`… Republican Fury At 'betrayal' Grows, And Donald Trump
                    // Claims He Has Told Turkish Leader: 'Any Of Our People Get Hurt -`): Title Case.
                    guard lines[j].words > config.maxWords, Self.isPageHeader(kinds),
                          lines.withContentBytes(j, SplitText.titleCaseShare) < config.titleCaseShare else { return 0 }
                    return kinds
                }
            // A `Name | Outlet` byline stripped as a photo credit is the page's byline (`BoundaryPipeByline.swift`).
            case .stripped(_, let role):
                if isPipeByline(j, in: lines) { kinds |= FurnitureKind.byline.rawValue; sawPipeByline = true }
                // A trailer in a headline's header is its byline (`BoundaryHeaderByline.swift`).
                else if facts.shape[j] == .headerByline { kinds |= FurnitureKind.byline.rawValue; sawHeaderByline = true }
                // A live blog's entry stamp is no page edge (`BoundaryEntryStamp.swift`), nor its
                // bare clock time (`BoundaryLiveClock.swift`).
                else if role == .timestamp && lines.withContentBytes(j, { Self.isEntryStamp($0) || Self.isClockStamp($0) }) {}
                // A rule of marks stripped as an end mark (`+++`, `###`) separates (`BoundaryLoneEdge.swift`).
                else if role == .trailer && lines.withContentBytes(j, Self.isMarkRule) { kinds |= FurnitureKind.separator.rawValue }
                // A tag list under the article above is its page's footer (`BoundaryTagList.swift`).
                else if role == .widget && lines.withContentBytes(j, Self.isTagList) { kinds |= FurnitureKind.trailer.rawValue }
                else { kinds |= Self.kind(of: role).rawValue }
            }
            j -= 1
        }
        // The start of the text: `start_of_text` covers it.
        return 0
    }

    /// Body line `i` (read as a credit: it ends on one) is a paragraph with a caption glued under
    /// it, not a caption: more than twice a headline's `max_words` words, where a photo caption
    /// with its credit runs to about `max_words` (the captions' own bound).
    func isCaptionedParagraph(_ i: Int, in lines: [ClassifiedLine]) -> Bool {
        lines[i].words > 2 * config.maxWords
    }

    /// Body line `i` is a paragraph that lost its final stop (`… on social media because of their
    /// political postings`): longer than a headline, no credit at its end, and a sentence ends
    /// inside it. A headline or a caption that runs past `max_words` is one sentence.
    func isUnstoppedParagraph(_ i: Int, in lines: [ClassifiedLine], facts: LineFacts) -> Bool {
        facts.ending[i] == .open && lines[i].words > config.maxWords && !facts.credit[i]
            && lines.withContentBytes(i, SplitText.hasInnerSentenceBreak)
    }

    /// Fewest different kinds of furniture that make a block: one kind (`Advertisement` twice, a
    /// row of share buttons) is what a page carries between its own paragraphs.
    static let minFurnitureKinds = 2

    /// The kinds of the furniture block above body line `i` when the line is prose (a sentence of
    /// `prose_min_words`+ words, or a question longer than a headline, capitalised) under a block of `minFurnitureKinds`+ kinds, one a
    /// page edge; else 0. The kinds, not a yes: `furnitureBlockStart` and `page_header` read them.
    func furnitureBlockLedeKinds(_ i: Int, in lines: [ClassifiedLine], facts: LineFacts) -> UInt8 {
        guard weights[.furnitureBlock] != 0, i > 0,
              facts.shape[i - 1] != .body || facts.byline[i - 1] || facts.credit[i - 1] || facts.isKeyPoint(i - 1)
                || isBlockLabel(i - 1, in: lines),
              !facts.bullet[i], !facts.byline[i] else { return 0 }
        let prose = (facts.ending[i] == .sentence || Self.isQuestionParagraph(i, lines, facts, config)
                     || isUnstoppedParagraph(i, in: lines, facts: facts)) && lines[i].words >= config.proseMinWords
        // A short opening paragraph under a byline (`BoundaryShortLede.swift`).
        guard prose || isShortLede(i, in: lines, facts: facts) else { return 0 }
        guard lines.withContentBytes(i, { u in u.first.map { !$0.isASCIILower } ?? false }) else { return 0 }
        let kinds = furnitureBlockKinds(i, in: lines, facts: facts, captions: true)
        // A link list under its heading is a soft block (`BoundaryLinkListBlock.swift`): widget items
        // under a widget heading, or under one the learner stripped (no role: `other`). Asked before
        // the soft block below, which takes `widget` and `other` together and finds no label over a
        // credit there. With `soft_block` off it is no block at all (not a furniture block of two kinds).
        if prose && kinds != 0 && kinds & ~Self.linkListKinds == 0 && isLinkListBlock(i, in: lines) {
            return weights[.softBlock] != 0 ? Self.linkListKinds : 0
        }
        // A learned section label in a block with no page edge (`BoundaryLearnedLabelEdge.swift`);
        // a label over a bare credit stays a soft block.
        if prose && isLearnedLabelLede(i, kinds: kinds, in: lines, facts: facts) { return kinds }
        // A soft block (no page edge) over a prose lede is weak evidence (`BoundarySoftBlock.swift`).
        if prose && isSoftBlock(kinds) { return isLabelOverCredit(i, in: lines) ? kinds : 0 }
        // A share row alone over a prose lede is weak evidence (`BoundaryShareRow.swift`).
        if prose && kinds == FurnitureKind.widget.rawValue { return isShareRowBlock(i, in: lines) ? kinds : 0 }
        guard kinds & Self.pageEdgeKinds != 0, prose || kinds & FurnitureKind.byline.rawValue != 0 || Self.isStampedBlock(kinds) else { return 0 }
        return kinds.nonzeroBitCount >= Self.minFurnitureKinds || isLonePageEdge(kinds) || prose && isLoneTrailer(kinds) && isLongerThanHeadline(i, in: lines) && runsOnUnderTrailer(i, in: lines) ? kinds : 0
    }

    /// Kinds an article seldom carries between its own paragraphs, unlike a photo credit or an ad:
    /// a separator, a byline, a time stamp, a sign-off. A block needs one of them.
    static let pageEdgeKinds = FurnitureKind.separator.rawValue | FurnitureKind.byline.rawValue
        | FurnitureKind.timestamp.rawValue | FurnitureKind.trailer.rawValue

    /// A block of two or more page edges (`pageEdgeKinds`: a byline and a time stamp, a separator
    /// and a byline, a sign-off and a stamp) is the head of a new page: an article carries one
    /// such line between its own paragraphs now and then (a section rule, an `Updated` note),
    /// never a byline under a stamp. Worth `page_header` on top of `furniture_block`, so that
    /// two stories of one outlet on one beat (cohesion up to ~0.1) still part there.
    /// A byline with any other furniture is one too: a byline heads a story, and an article
    /// never sets one between its own paragraphs next to a comment count or a photo credit.
    static func isPageHeader(_ kinds: UInt8) -> Bool {
        (kinds & pageEdgeKinds).nonzeroBitCount >= 2
            || kinds & FurnitureKind.byline.rawValue != 0 && kinds.nonzeroBitCount >= 2
    }

    /// Kinds of furniture right below line `i` (stripped lines, kept bylines and credit lines)
    /// before the next other body line: a page header's byline and stamp under its headline.
    func furnitureBelowKinds(_ i: Int, in lines: [ClassifiedLine], facts: LineFacts) -> UInt8 {
        var kinds: UInt8 = 0
        var j = i + 1
        while j < lines.count && j <= i + lookahead {
            guard let k = furnitureKind(j, in: lines, facts: facts) else { return kinds }
            kinds |= k
            j += 1
        }
        return kinds
    }

    static func kind(of role: RuleRole?) -> FurnitureKind {
        switch role {
        case .credit?, .caption?: return .credit
        case .widget?: return .widget
        case .timestamp?: return .timestamp
        case .trailer?: return .trailer
        case .prefix?, .link?, nil: return .other
        }
    }

    /// Headline candidate `i` (at most `max_words` words) sits between two pages: furniture above
    /// it (after a prose paragraph that ended) and below it, of two or more kinds together, one of
    /// them a page edge (`pageEdgeKinds`).
    func isFurnitureBlockHeadline(_ i: Int, in lines: [ClassifiedLine], facts: LineFacts) -> Bool {
        return furnitureBlockHeadlineKinds(i, in: lines, facts: facts) != 0
    }

    /// The kinds of furniture around headline candidate `i` when they make a block
    /// (`isFurnitureBlockHeadline`), else 0.
    func furnitureBlockHeadlineKinds(_ i: Int, in lines: [ClassifiedLine], facts: LineFacts) -> UInt8 {
        guard weights[.furnitureBlock] != 0, lines[i].words <= config.maxWords, i > 0,
              facts.shape[i - 1] != .body || facts.credit[i - 1] else { return 0 }
        let above = furnitureBlockKinds(i, in: lines, facts: facts)
        guard above != 0 else { return 0 }
        let kinds = above | furnitureBelowKinds(i, in: lines, facts: facts)
        return kinds.nonzeroBitCount >= Self.minFurnitureKinds && kinds & Self.pageEdgeKinds != 0 ? kinds : 0
    }

    /// Headline score `h` of line `i` with the furniture block around it: `furniture_block` lifts a
    /// headline held under the threshold by its shape; a page header (`page_header`) holds one
    /// against cohesion too, passing or not. Three kinds with one edge make a page header over a
    /// headline-shaped line too (`isLedePageHeader`); a sentence there is a dek or a caption of its own page.
    func headlineWithBlock(_ h: ScoredLine, _ i: Int, in lines: [ClassifiedLine], facts: LineFacts) -> ScoredLine {
        var h = h
        addBlock(i, in: lines, facts: facts, to: &h)
        return h
    }

    /// `headlineWithBlock` in place: the planner's kept reading moves its headline score in, where
    /// the copy (`var h = h`) was one per headline candidate.
    func addBlock(_ i: Int, in lines: [ClassifiedLine], facts: LineFacts, to h: inout ScoredLine) {
        let kinds = furnitureBlockHeadlineKinds(i, in: lines, facts: facts)
        if kinds != 0 && h.score < config.threshold { h.add(.furnitureBlock, weights) }
        if Self.isPageHeader(kinds) || facts.ending[i] != .sentence && Self.isLedePageHeader(kinds) { h.add(.pageHeader, weights) }
        addHeaderAbove(i, in: lines, facts: facts, &h)  // BoundaryHeaderAbove.swift
    }

    /// The start score of a prose line under a furniture block of `kinds`
    /// (`furnitureBlockLedeKinds`): `furniture_block`, `page_header` and what precedes the block.
    func furnitureBlockStart(_ i: Int, kinds: UInt8, in lines: [ClassifiedLine], facts: LineFacts) -> ScoredLine {
        // One page edge alone is weaker evidence than a block (`BoundaryLoneEdge.swift`).
        if isLonePageEdge(kinds) { return weakBlockStart(.lonePageEdge) }
        if isLoneTrailer(kinds) { return weakBlockStart(.trailerEdge) }
        // Under a learned section label (`BoundaryLearnedLabelEdge.swift`); a link list's block stays a soft block.
        if isLearnedLabelLede(i, kinds: kinds, in: lines, facts: facts)
            && !(kinds == Self.linkListKinds && isLinkListBlock(i, in: lines)) { return weakBlockStart(.learnedLabelEdge) }
        if isSoftBlock(kinds) { return weakBlockStart(.softBlock) }
        if kinds == FurnitureKind.widget.rawValue { return weakBlockStart(.shareRowEdge) }
        var s = ScoredLine()
        s.add(.furnitureBlock, weights)
        if Self.isPageHeader(kinds) || Self.isLedePageHeader(kinds) { s.add(.pageHeader, weights) }
        addBefore(i, lines, facts, &s)
        return s
    }
}

extension BoundaryScorer {
    /// The furniture kind of line `j` (`FurnitureKind` bits; 0 for a blank line), or nil for a
    /// line of text: a kept byline or credit line is furniture, a stripped line by its role.
    func furnitureKind(_ j: Int, in lines: [ClassifiedLine], facts: LineFacts) -> UInt8? {
        switch lines[j].kind {
        case .blank: return 0
        case .body:
            if facts.byline[j] { return FurnitureKind.byline.rawValue }
            if facts.credit[j] { return FurnitureKind.credit.rawValue }
            return nil
        case .stripped(_, let role):
            return facts.shape[j] == .headerByline ? FurnitureKind.byline.rawValue : Self.kind(of: role).rawValue
        }
    }
}
