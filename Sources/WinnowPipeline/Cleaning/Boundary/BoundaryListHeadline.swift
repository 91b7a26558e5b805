/// A `Read next` box that runs on into the next page's header: the list's last item is that
/// page's headline (`Read next` / `Opinion` / `Trump denies saying …` / `By Jane Doe` /
/// `Updated 8:50 p.m. ET` / share row / lede). The list rule strips it as a link, so the lede
/// below the header started its story without a title, or took a learned line further up (a
/// sponsored box's title) as one. Only where the item is plainly a page's headline: right
/// under it, blank lines skipped, stands a byline, and right under that a time stamp.
extension BoundaryPlanner {
    /// Stripped line `p`, a link list's item, stands over a byline and its time stamp.
    static func isListItemOverByline(_ p: Int, _ lines: [ClassifiedLine], _ facts: LineFacts) -> Bool {
        guard lines[p].strippedRule == ListContext.rule, let b = facts.nonBlank(after: p) else { return false }
        let byline = facts.shape[b] == .headerByline || facts.shape[b] == .body && facts.byline[b]
        guard byline, let t = facts.nonBlank(after: b) else { return false }
        return lines[t].strippedRole == .timestamp
    }
}
