/// A rail's ranks run on past the furniture under an item.
///
/// An unnumbered list that no blank line closes ends at the next story's headline, told by the
/// header furniture under it (`itemsAboveHeadline`). A portal's rail may print ranks on some items
/// only (`Scaramucci-Priebus feud …` / … / `4. Israel tries …` / `5. Dallas lab worker …`) and
/// set the page's footer and the next page's top right under its last item: read as a headline
/// over its header, the last item took the next story's start and the page's real headline under
/// the footer was stripped as header furniture (p777: `EDWARD SNOWDEN HAS LEFT AIRPORT`). A line
/// carrying the rank right after the last item's is the rail's next item (no headline is numbered
/// on from a list above it), and with the furniture under it, the rail's last.
extension ListContext {
    /// `rank` is the one after `last` (both known).
    static func continuesRanks(_ rank: Int?, after last: Int?) -> Bool {
        guard let r = rank, let l = last else { return false }
        return r == l + 1
    }
}
