/// `header_above`: a headline candidate under a block of page furniture that holds a page's head,
/// after a paragraph that ended: a time stamp with another kind (a share row, a link list, a
/// credit), or a byline. That is the next page's head set over its headline rather than under it
/// (`May 13, 2018 · Copy link · Link copied!`, `By Jane Doe and John Roe, Reuters`): no article
/// puts a date stamp and its share buttons, or a byline, between its own paragraph and its own
/// subhead. Without this mark such a headline counted as bare (`isBare`): one page edge with a
/// widget, or a byline alone, make no `page_header`, and where the dump's anchored headlines carry
/// header blocks `unlike_anchored_headlines` took the page's own headline back (wire dumps: a
/// headline under `You might also like`, a stamp and a share row; one under a Reuters byline).
/// A marker only (weight 0): asked where `unlike_anchored_headlines` is on; `isBare` reads it.
/// Entry stamps and bare clock times (a live blog's entries) are no page edge in the block walk
/// (`furnitureBlockKinds`), so a live entry's headline stays bare; a stamp alone (`Updated …`) or
/// a share row alone is what an article carries between its own paragraphs, and marks nothing.
extension BoundaryScorer {
    /// Headline candidate `i` sits right under a furniture block that follows a paragraph that
    /// ended and holds a stamp with another kind (`isStampedBlock`) or a byline.
    func isUnderHeaderAbove(_ i: Int, in lines: [ClassifiedLine], facts: LineFacts) -> Bool {
        guard i > 0, facts.shape[i - 1] != .body else { return false }
        let kinds = furnitureBlockKinds(i, in: lines, facts: facts)
        return Self.isStampedBlock(kinds) || kinds & FurnitureKind.byline.rawValue != 0
    }

    /// Marks headline score `h` of line `i` with `header_above` (`isUnderHeaderAbove`).
    func addHeaderAbove(_ i: Int, in lines: [ClassifiedLine], facts: LineFacts, _ h: inout ScoredLine) {
        guard weights[.unlikeAnchoredHeadlines] != 0, !h.fired.contains(.pageHeader),
              isUnderHeaderAbove(i, in: lines, facts: facts) else { return }
        h.add(.headerAbove, weights)
    }
}
