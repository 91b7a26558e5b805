/// `text_start_header`: the text's first headline under its page's header (a byline with a time
/// stamp, share row or photo credit set above it, nothing but furniture before it). Some sites set
/// the header over the headline rather than under it; further down such a page's headline gets
/// `page_header` from the block above it, but at the start of the text no paragraph ended above
/// the block, so `furniture_block` and `page_header` are not asked there. Without this mark the
/// first headline voted against the dump's header style (`BoundaryAnchoredStyle.swift`): the
/// anchored vote tied and abstained, and a long article's bare subheads stood as stories (blind
/// dumps of a structured investigation split at each `Senate Review: …` section head).
/// A marker only (weight 0): asked where `unlike_anchored_headlines` is on, which reads it.
extension BoundaryScorer {
    /// Every line above line `i` is furniture (blank, stripped, a kept byline or credit line) and
    /// together they make a page header (`isPageHeader`: two page edges, or a byline with another kind).
    func isUnderTextStartHeader(_ i: Int, in lines: [ClassifiedLine], facts: LineFacts) -> Bool {
        var kinds: UInt8 = 0
        var j = i - 1
        while j >= 0 {
            guard let k = furnitureKind(j, in: lines, facts: facts) else { return false }
            kinds |= k
            j -= 1
        }
        return Self.isPageHeader(kinds)
    }
}
