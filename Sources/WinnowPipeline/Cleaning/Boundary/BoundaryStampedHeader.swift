/// `stamped_header`: a headline candidate under a block of page furniture that holds a time stamp
/// and another kind (a share row, a link list, a credit), after a paragraph that ended. That is
/// the head of the next page (`May 13, 2018 … Copy link · Link copied!` over its headline), set
/// over the headline rather than under it; no article puts a date stamp and its share buttons
/// between its own paragraph and its own subhead. Without this mark such a headline counted as
/// bare (`isBare`): one page edge and a widget make no `page_header`, and where the dump's anchored
/// headlines carry header blocks `unlike_anchored_headlines` took the page's own headline back
/// (w201 `Paul Singer … GOP donor backs immigration reform` under `You might also like`, a stamp
/// and a share row).
/// A marker only (weight 0): asked where `unlike_anchored_headlines` is on, which it exempts.
/// Entry stamps and bare clock times (a live blog's entries) are no page edge in the block walk
/// (`furnitureBlockKinds`), so a live entry's headline stays bare.
extension BoundaryScorer {
    /// Headline candidate `i` sits right under a stamped furniture block (`isStampedBlock`) that
    /// follows a paragraph that ended.
    func isUnderStampedHeader(_ i: Int, in lines: [ClassifiedLine], facts: LineFacts) -> Bool {
        guard i > 0, facts.shape[i - 1] != .body else { return false }
        return Self.isStampedBlock(furnitureBlockKinds(i, in: lines, facts: facts))
    }

    /// Marks headline score `h` of line `i` with `stamped_header` (`isUnderStampedHeader`).
    func addStampedHeader(_ i: Int, in lines: [ClassifiedLine], facts: LineFacts, _ h: inout ScoredLine) {
        guard weights[.unlikeAnchoredHeadlines] != 0, !h.fired.contains(.pageHeader),
              isUnderStampedHeader(i, in: lines, facts: facts) else { return }
        h.add(.stampedHeader, weights)
    }
}
