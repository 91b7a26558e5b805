/// Story edges: JSONL records of one url that each hold one story.
///
/// `PageJoiner` joins consecutive records of one url into one text, and the record style then
/// demotes a bare headline inside it as the article's own subhead (`unlike_record_headlines`,
/// `BoundaryRecord.swift`) unless the edge above it closed like a story's end. Two scrapers leave
/// that shape: one writes an article page by page (the edges fall mid-article, on prose), the other
/// gives every story of a dump the same url (each edge is a story's head). Which one it is shows
/// across the edges themselves: a page cut falls on a paragraph, and hardly ever twice on a
/// headline or a dateline lede.
///
/// So where a joined text has 2+ edges and more than half of them (`header_style_share`, a tie
/// abstains) open on a start that passed on its own reading (a headline, a lede under a header)
/// or on a dateline lede, every edge is a story's head: a headline at an edge is exempt from
/// `unlike_record_headlines` as a closed edge is. No start is added at an edge: the edges of
/// paged articles open on link lists, promos and captions as often as on heads (w2: adding one at
/// every edge split two paged files, -.0069).
extension BoundaryPlanner {
    /// Whether the record edges of a joined text open stories (see above). `edges`: per line,
    /// the first content line of a record after the first (`Scored.recordEdges`).
    func edgesOpenStories(_ edges: [Bool], _ candidates: [Candidate], _ plan: Plan) -> Bool {
        guard !edges.isEmpty else { return false }
        var total = 0, heads = 0, k = 0
        for i in edges.indices where edges[i] {
            total += 1
            while k < candidates.count && candidates[k].line < i { k += 1 }
            // A start on its own reading (before this style demotes any), or a dateline lede.
            if k < candidates.count && candidates[k].line == i || plan.rejected[i]?.fired.contains(.datelineStart) == true { heads += 1 }
        }
        return total >= 2 && heads >= 2 && Self.votes(heads, of: total, share: config.headerStyleShare, tiesAbstain: true)
    }
}
