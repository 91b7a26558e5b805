/// A title over the next page's top: the last item of a rail, not a headline.
///
/// A portal prints a rail of titles under each article (`Most read`), then its footer, then the
/// next page: masthead, menu, skip links, a section label, the headline over its byline. A rail's
/// last item that the list rules could not tell from a headline (no number, no blank line under it)
/// scores as one over all that stripped chrome (`widget_after`, `page_header`) and titles the story
/// below it. A headline never has a page's top under it: the header the masthead opens is below.
///
/// So a title start right under a link list's item, with a page top (`topsPage`) among the
/// stripped lines under it, moves down to
/// the first line under that top that reads as a headline (`readsAsStartHeadline`) with a byline
/// right under it, past at most one short kept line (a section label, `Tribune`) and nothing else
/// kept. The item it leaves is stripped as the list's last item (`Plan.listTails`).
extension BoundaryPlanner {
    /// Most lines walked down from the title to the headline under the page top.
    static let pageTopWalkLines = 16
    /// Most words of the one kept line (a section label) between the page top and the headline.
    static let pageTopLabelMaxWords = 2

    func moveTitlesOverPageTops(_ candidates: inout [Candidate], _ lines: [ClassifiedLine], _ plan: inout Plan) {
        let facts = plan.facts
        for k in candidates.indices {
            let i = candidates[k].line
            let start = candidates[k].start
            guard start.isTitle, start.titleLine == nil, !start.isOpening, underListItem(i, lines, facts) else { continue }
            let ceiling = k + 1 < candidates.count ? candidates[k + 1].line : lines.count
            var j = i + 1, top = false, labels = 0, found: Int?
            while j < ceiling && j - i <= Self.pageTopWalkLines {
                defer { j += 1 }
                switch facts.shape[j] {
                case .blank: continue
                case .body:
                    guard top else { break }
                    if lines[j].words <= Self.pageTopLabelMaxWords && labels == 0 && !facts.byline[j] { labels += 1; continue }
                    if StorySplitter.readsAsStartHeadline(j, in: lines, facts: facts, config: config), hasBylineUnder(j, lines, facts) { found = j }
                default:
                    if Self.topsPage(j, lines) { top = true }
                    continue
                }
                break
            }
            guard let h = found else { continue }
            var moved = start
            moved.scored.note("headline under the next page's top below a rail's last item (line \(i + 1))")
            plan.rejected[i] = start.scored
            plan.rejected[h] = nil
            plan.listTails.insert(i)
            candidates[k] = Candidate(h, moved)
        }
    }

    /// The nearest non-blank line over `i` is a link list's item (`ListContext`): the title stands
    /// where a rail ran on. A page's first line (a title tag over the masthead) is no rail's item.
    private func underListItem(_ i: Int, _ lines: [ClassifiedLine], _ facts: LineFacts) -> Bool {
        guard let a = facts.nonBlank(before: i) else { return false }
        return lines[a].strippedRule == ListContext.rule
    }

    /// The next non-blank line under `h` is a byline, kept or stripped.
    private func hasBylineUnder(_ h: Int, _ lines: [ClassifiedLine], _ facts: LineFacts) -> Bool {
        guard let b = facts.nonBlank(after: h) else { return false }
        return facts.shape[b] == .headerByline || facts.shape[b] == .body && facts.byline[b]
    }
}
