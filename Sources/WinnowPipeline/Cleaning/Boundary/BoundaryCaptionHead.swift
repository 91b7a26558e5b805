/// A photo box is no page head where the dump's pages carry a byline or stamp. An article sets a
/// photo between its paragraphs with a caption or two under it, and the line over the photo box
/// (the photo's first caption, `Khashoggi was a contributor to the Washington Post … before he was
/// murdered`, or a boxed section's question, `What is being done to tackle air pollution?`) reads
/// as a headline over a header block: `credit_after` (the caption line under it) and perhaps
/// `furniture_after`, so the header-style votes (`applyDumpStyle`, `BoundaryAnchoredStyle.swift`)
/// count it as carrying a header. In a dump whose anchored headlines (the start of the text, after
/// a trailer, under a page's header: `isAnchored`) all carry a page's head mark (a byline, a time
/// stamp or widget row, the headline repeated, a date prefix; ledes under a page's header vote
/// with them), a start whose only header is such a
/// caption block, set right under a paragraph that ended (`after_sentence`) with no head mark of
/// its own and nothing over it that ends a page, is the article's photo box: `caption_only_head`
/// (blind x6602/006, x6603/101; x5504/039 twice, x5503/003: the generator's Daily Mail pages).
/// The photo box sits inside the article's prose: the paragraph above ends right over the line
/// (no stripped line between, `sitsInProse`) and the lines under it are kept prose, a caption
/// repeating the lede (`credit_after` from teasers) rather than a stripped credit line. A real
/// page printed with only a headline and its photo credit (`Chad Pergram: …` over `Photo by Ines
/// Mensah/AFP`) has that credit line, and one under a menu (`Home / Podcasts`) has that furniture
/// above it: both stay starts (w312/100, g123/045 lost a story each without these tests).
/// A caption block is still a head where the dump's heads are caption blocks too (one anchored
/// headline without a head mark and the check abstains), and a start with a dateline lede, a
/// byline or a stamp under it, or a page edge above it, is not asked.
extension BoundaryPlanner {
    /// Anchored headlines needed before the dump's head marks speak for it.
    static let captionHeadVoters = 2

    /// A page's head mark beyond a caption: a byline, a widget row or stamp, the headline repeated
    /// or a date prefix below the headline, or a page's header (byline and stamp) above it.
    static func hasHeadMark(_ s: ScoredLine) -> Bool {
        s.fired.contains {
            $0 == .bylineAfter || $0 == .shortBylineAfter || $0 == .widgetAfter || $0 == .repeatedAfter || $0 == .datePrefix
                || $0 == .pageHeader
        }
    }

    /// A title start whose header is only a caption block (`credit_after`, maybe furniture), under
    /// a paragraph that ended, with nothing else that marks a page's top.
    static func isCaptionOnlyHead(_ s: ScoredLine) -> Bool {
        s.fired.contains(.creditAfter) && s.fired.contains(.afterSentence) && !hasHeadMark(s)
            && !s.fired.contains {
                $0 == .startOfText || $0 == .trailerBefore || $0 == .pageHeader || $0 == .datelineAfter
                    || $0 == .headerAbove || $0 == .kickerHeadline || $0 == .markupEdgeHeadline || $0 == .wideGapHeadline
            }
    }

    /// Demotes caption-only heads (`isCaptionOnlyHead`) where every anchored headline, 2+, carries a
    /// head mark (`hasHeadMark`). Not inside a JSONL record (its own subhead checks, `BoundaryRecord.swift`).
    func applyCaptionHeadStyle(_ candidates: inout [Candidate], _ lines: [ClassifiedLine], _ plan: inout Plan) {
        guard scorer.weights[.captionOnlyHead] != 0, !plan.record else { return }
        // A lede under a page's header (a byline and a stamp set above it, `isPageHeaderLede`)
        // shows the same head marks: a dump of headline-less pages votes with its ledes.
        var anchored = 0
        for c in candidates {
            if Self.isAnchored(c.start) {
                if !Self.hasHeadMark(c.start.scored) { return }
                anchored += 1
            } else if Self.isPageHeaderLede(c.start) { anchored += 1 }
        }
        guard anchored >= Self.captionHeadVoters else { return }
        candidates = candidates.compactMap { c in
            guard c.start.isTitle, Self.isCaptionOnlyHead(c.start.scored), Self.sitsInProse(c.line, plan.facts) else { return c }
            return demoted(c, .captionOnlyHead, note: "a caption block under it is all its head, where the dump's headlines carry bylines or stamps", &plan)
        }
    }

    /// Lines under the line read for its caption block: the photo's captions, then the lede.
    static let captionBoxLines = 3

    /// Line `i` sits inside prose: the nearest line above it that is not blank is a kept
    /// paragraph, and so are the next `captionBoxLines` lines below it that are not blank (a
    /// stripped credit, widget, byline or link among them is a page's header block).
    static func sitsInProse(_ i: Int, _ facts: LineFacts) -> Bool {
        guard let p = facts.nonBlank(before: i), facts.shape[p] == .body else { return false }
        var j = i, seen = 0
        while seen < captionBoxLines, let n = facts.nonBlank(after: j) {
            if facts.shape[n] != .body { return false }
            seen += 1
            j = n
        }
        return seen == captionBoxLines
    }
}
