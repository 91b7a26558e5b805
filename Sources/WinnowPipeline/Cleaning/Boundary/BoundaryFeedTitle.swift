/// A flattened feed item's title field over the item's other fields (`title: Jobs Report Proves
/// Janet Yellen Is Wrong` / `link: https://…` / `pubDate: …`; `field_title` cut the field name,
/// `field_meta` and `field_date` stripped the rest): the item's headline by the format, whatever
/// its shape (a question of four words, `State Dept.` read as a sentence) or the words it shares
/// with the item above (`feed_item_title`). Items separated by an `item 3` line start there
/// already (a trailer); a feed that glues its items with nothing between needs this. The field's
/// name must be on the line and an item field right under it: an article's prose never opens
/// `title:` over a `link:` line.
extension BoundaryPlanner {
    /// Body line `i` opens with a title field's name (`title:`, `dc:title:`) and the line right
    /// under it is a feed item's field (`field_meta`, `field_date`).
    static func isFeedItemTitle(_ i: Int, _ lines: [ClassifiedLine]) -> Bool {
        guard case .body = lines[i].kind, i + 1 < lines.count,
              let next = lines[i + 1].strippedRule, feedFieldRules.contains(next) else { return false }
        return lines.withTextBytes(i) { u in
            ByteSearch.hasPrefixFoldingASCII(u, titleField) || ByteSearch.hasPrefixFoldingASCII(u, dcTitleField)
        }
    }

    /// A feed item's fields under its title.
    static let feedFieldRules: Set<String> = ["field_meta", "field_date"]
    private static let titleField = Array("title:".utf8)
    private static let dcTitleField = Array("dc:title:".utf8)
}
