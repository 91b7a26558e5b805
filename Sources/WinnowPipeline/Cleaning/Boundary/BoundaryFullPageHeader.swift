/// A headline-less lede under a whole page header: a byline and a date stamp, with two more kinds
/// of furniture around them (a read time, a photo credit, a comment count, share buttons). The
/// page header's weight (`page_header`) carries a lede past cohesion up to ~0.1, so two stories of
/// one outlet on one beat still part there; two columns on one policy fight share more words
/// (`… qualified immunity …` over `… police reform …`: 0.137) and stayed one story. An article
/// never sets its own byline and date between its paragraphs beside two other kinds of page
/// furniture: such a block is the head of the next page, whatever the words around it share, as
/// a page header printed twice is (`header_repeat`). So cohesion does not veto the lede, up to
/// `fullPageHeaderCohesionCeiling`.
///
/// Only a lede (a headline candidate keeps its cohesion check: a subhead under a box of
/// furniture is no page's headline), and only with both edges a page opens with, a byline and a
/// stamp (not a separator or a sign-off: those close the page above as often).
extension BoundaryScorer {
    static let fullPageHeaderKinds = 4

    /// The cohesion at and above which a lede under a whole page header is vetoed after all. Two
    /// stories of one beat share ~0.1-0.15 of their words across the edge; a live blog's entries,
    /// each under its own byline, time and share row, continue one text and share more (~0.25+),
    /// so there the block is an entry's header, not a page's.
    static let fullPageHeaderCohesionCeiling = 0.2

    /// Whether the lede at `i` sits under a whole page header. `kinds`: the furniture kinds above
    /// it when the caller already read them (`furnitureBlockLedeKinds`), nil to read them here.
    func isFullPageHeader(_ i: Int, _ s: ScoredLine, kinds known: UInt8? = nil, in lines: [ClassifiedLine], facts: LineFacts) -> Bool {
        guard s.fired.contains(.pageHeader), s.fired.contains(.furnitureBlock) else { return false }
        let kinds = known ?? furnitureBlockLedeKinds(i, in: lines, facts: facts)
        let edges = FurnitureKind.byline.rawValue | FurnitureKind.timestamp.rawValue
        return kinds & edges == edges && kinds.nonzeroBitCount >= Self.fullPageHeaderKinds
    }
}
