/// A headline the scrape kept in its page's top heading tag (`<h1>Harbour Approves Dredging
/// Plan</h1>`, `field_tags` cuts the tags and keeps the text): `heading_tag`. A page marks up one
/// title with `<h1>`, its own headline; an article's subheads are `<h2>` and below, and its
/// paragraphs `<p>`. Read from shape and topic alone, such a headline was held under the
/// threshold where the dump's other headlines print no header block (`unlike_anchored_headlines`,
/// `unlike_dump_headlines`) or where two pages of one news day share their words, and the page was
/// glued to the one above (reader sets: a page in five of the missed html-residue starts). Only
/// `h1`: a lower heading is as often a section of the same page.
extension BoundaryPlanner {
    /// Body line `i`'s text (before `field_tags` cut its tags) opens with `<h1>` or `<h1 …>` (any case).
    static func isHeadingTag(_ i: Int, _ lines: [ClassifiedLine]) -> Bool {
        guard case .body = lines[i].kind else { return false }
        return lines.withTextBytes(i) { u in
            u.count > 4 && ByteSearch.hasPrefixFoldingASCII(u, h1Open) && (u[3] == 0x3E || u[3] == 0x20)
        }
    }

    private static let h1Open = Array("<h1".utf8)
}
