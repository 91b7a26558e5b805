/// Kicker headlines over a page header: a section label over a headline (`OPINION: The
/// Materialist Party`) is scored as the dateline lede it looks like (`dateline_start`), so its
/// header block goes unread and cohesion with a story on a related beat takes it under the
/// threshold. A dateline lede runs straight on into its paragraph; a page edge (a time stamp, a
/// byline, a separator, a sign-off) between the line and the prose below it is the header a page
/// sets under its headline, never inside a lede. Such a kicker gets `kicker_header`.
extension BoundaryScorer {
    /// Line `i`, a kicker headline (`isKickerHeadline`), has a page edge in the furniture right
    /// below it: a time stamp, a separator or a sign-off, or a byline with other furniture
    /// (`isPageHeader`). An ad or a photo credit alone is not one: an article sets those between
    /// its own paragraphs, under a promo label too (`VIEW SLIDESHOW: …` / `Advertisement`). Nor is
    /// a byline-shaped line alone: a section head in capitals under a caption reads as one
    /// (`FILE PHOTO: …` / `NEXT STEPS, LIKELY HEADACHES`).
    func hasKickerHeader(_ i: Int, in lines: [ClassifiedLine], facts: LineFacts) -> Bool {
        let kinds = furnitureBelowKinds(i, in: lines, facts: facts)
        return kinds & (Self.pageEdgeKinds & ~FurnitureKind.byline.rawValue) != 0 || Self.isPageHeader(kinds)
    }
}
