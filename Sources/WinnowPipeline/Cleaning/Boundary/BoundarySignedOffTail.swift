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
        guard kinds & FurnitureKind.trailer.rawValue != 0 else { return false }
        guard let k = facts.nonBlank(after: j), facts.shape[k] == .trailer, !stampBelow(k, facts.shape, lines) else { return false }
        // A reprint's source with the site's address (`Source: harbordispatch.com`) closes a page:
        // no headline's header carries one (none in any set's gold), so over a full page header
        // (two page edges and one kind more: a contributor line, a stamp and a share row) the line
        // above it ended its story however it stops and however long it runs (`… search for the
        // project on Facebook`, `… are all`, `… #nashvillestrong`; blind 571, 683: the next page's
        // lede went with it). A stamp alone under the source is still no header (a video's blurb).
        if Self.isPageHeader(kinds) && kinds.nonzeroBitCount >= Self.siteSourceHeaderKinds && isSiteSource(k, lines) { return true }
        guard kinds & FurnitureKind.byline.rawValue != 0 else { return false }
        return lines[j].words < config.minWords || j > 0 && facts.shape[j - 1] == .body
    }

    /// Kinds of furniture under a site's source that make the next page's header.
    static let siteSourceHeaderKinds = 3

    /// Line `k` is a stripped `source_line` naming a web address (`Source: site.com`, `Via
    /// https://…`), not an outlet's name or a chart's source.
    private func isSiteSource(_ k: Int, _ lines: [ClassifiedLine]) -> Bool {
        lines[k].strippedRule == ChartSource.rule && lines.withContentBytes(k, ChartSource.namesAddress)
    }
}
