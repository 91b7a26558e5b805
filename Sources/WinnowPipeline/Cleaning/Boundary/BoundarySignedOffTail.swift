/// A story's last line that is no paragraph, closed by its sign-off (`Images: BBC` / `Source:
/// example.com`, `Our latest coverage of the election` / `Jane Doe is a staff writer at …`), over
/// the next page's header (a byline, a time stamp): the furniture block walk
/// (`BoundaryFurniture.swift`) asks for a paragraph that ended above the block, and a short open
/// line there reads to it as a headline whose header the block is. But a worded trailer ends the
/// story above it: what stands over the sign-off is that story's tail, not the next one's headline
/// (a trailer that sits in a headline's header is re-read as its byline first,
/// `BoundaryHeaderByline.swift`, and then is no trailer here).
///
/// Structure only: the sign-off sits right under the line (blank lines between), the block below
/// the sign-off holds the next page's byline (a kept byline, `Name | Outlet`, a header byline): a
/// time stamp alone is no such proof, since an embedded video's blurb ends on `Follow … on
/// Twitter` and a stamp inside an article. The sign-off has no time stamp right below it: a
/// `Written by Jane Doe` over its date is a headline's byline whose headline the header-byline
/// reading missed (a kicker glued over the headline, `U.S.`). And the line stands in no paragraph
/// of its own that a headline could be: fewer than `min_words` words, or glued under the body
/// line above it.
extension BoundaryScorer {
    /// Body line `j`, met by the walk up from a lede over furniture of `kinds` (what lies between
    /// `j` and the lede), is the signed-off tail of the story above.
    func isSignedOffTail(_ j: Int, kinds: UInt8, in lines: [ClassifiedLine], facts: LineFacts) -> Bool {
        guard kinds & FurnitureKind.trailer.rawValue != 0, kinds & FurnitureKind.byline.rawValue != 0 else { return false }
        guard let k = facts.nonBlank(after: j), facts.shape[k] == .trailer, !stampBelow(k, facts.shape, lines) else { return false }
        return lines[j].words < config.minWords || j > 0 && facts.shape[j - 1] == .body
    }
}
