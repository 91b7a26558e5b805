/// A headline-less lede under a soft block (`soft_block`): a paragraph that ended, then two kinds
/// of furniture of which none is a page edge (a section label or a widget stripped over a photo
/// credit: `Economy` / `Xinhua/Jane Doe`, `Analysis` / `Photo: Jane Doe/Reuters`), then prose.
/// Dumps of stories without headlines glue pages with the next page's kicker and lead photo's
/// credit between them and nothing else: no byline, no stamp, no rule.
///
/// An article carries the same pair between its own paragraphs (an `Advertisement` next to an
/// inline photo's credit), so the pair is weak evidence, as one page edge alone is
/// (`BoundaryLoneEdge.swift`): the weight is set so that only a topic shift across the block
/// (cohesion under `topic_shift_below`) makes a start. Where cohesion is left out (a one-topic
/// dump) it never passes on its own.
extension BoundaryScorer {
    /// `kinds` (`furnitureBlockKinds`) are two or more kinds of furniture and no page edge.
    func isSoftBlock(_ kinds: UInt8) -> Bool {
        weights[.softBlock] != 0 && kinds.nonzeroBitCount >= Self.minFurnitureKinds && kinds & Self.pageEdgeKinds == 0
    }

    /// The block right over body line `i` is two lines and nothing else: a stripped label (a
    /// widget or a learned line of at most `softLabelMaxWords` words) right over a stripped photo
    /// credit (blanks between them only). The next page's kicker over its lead photo's credit; an
    /// article's inline photo carries its caption beside the credit, and an ad sits apart from it.
    func isLabelOverCredit(_ i: Int, in lines: [ClassifiedLine]) -> Bool {
        var j = i - 1
        while j >= 0, case .blank = lines[j].kind { j -= 1 }
        // A bare credit: a caption beside it (`People walk by the Capitol … REUTERS/Jane Doe`)
        // is an article's inline photo, set between its own paragraphs next to an ad.
        guard j >= 0, case .stripped(_, .credit?) = lines[j].kind, lines[j].words <= Self.softCreditMaxWords else { return false }
        return Self.endedParagraphAbove(j - 1, in: lines) { line in
            guard line.words <= Self.softLabelMaxWords else { return false }
            switch line.kind {
            case .stripped(_, .widget?), .stripped(_, nil): return true
            default: return false
            }
        }
    }

    /// The top of a block: from line `j` up, blank lines skipped, a stripped line that `heading`
    /// accepts (a soft block's label, a link list's heading), and above it (blanks skipped) a body
    /// line: the paragraph the block closed. Shared by the soft block and the link list
    /// (`BoundaryLinkListBlock.swift`).
    static func endedParagraphAbove(_ j: Int, in lines: [ClassifiedLine], heading: (ClassifiedLine) -> Bool) -> Bool {
        var j = j
        while j >= 0, case .blank = lines[j].kind { j -= 1 }
        guard j >= 0, case .stripped = lines[j].kind, heading(lines[j]) else { return false }
        j -= 1
        while j >= 0, case .blank = lines[j].kind { j -= 1 }
        guard j >= 0, case .body = lines[j].kind else { return false }
        return true
    }

    /// Most words of a section label over a credit (`Economy`, `National Security`, `Breaking News`).
    static let softLabelMaxWords = 3
    /// Most words of the credit under it (`Photo: Jane Doe/Reuters`, `Xinhua/Jane Doe`).
    static let softCreditMaxWords = 8
}
