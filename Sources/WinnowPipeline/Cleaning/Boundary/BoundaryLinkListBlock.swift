/// A headline-less lede under a link list (`soft_block`): a paragraph that ended, then a box of
/// other stories' titles under its heading (`Related:` / `• <title>` / `• <title>`, `You might also
/// like` / `<title>` / `<title>`), then prose. A page's recommendation box closes its story; dumps of
/// stories without headlines glue the next page right under it.
///
/// An article sets such a box between its own paragraphs too (`Related:` over two links in the
/// middle of a story), so it is weak evidence, as the soft block of a label over a photo credit
/// (`BoundarySoftBlock.swift`): only a topic shift across it makes a start.
/// A page may close with its follow buttons under the box (`Follow us on Twitter @Outlet`, `Share`):
/// that row is the page's footer too, so it is stepped over (as `BoundaryShareRow.swift` reads it).
extension BoundaryScorer {
    /// The block right over body line `i` is one link list: items stripped as `link_list` (blanks
    /// between), none closed by a full stop, its heading above them (stripped by a rule, the learner
    /// or the list pass), and a body line right above that; share or follow buttons (stripped
    /// widgets) may sit between the list and line `i`.
    func isLinkListBlock(_ i: Int, in lines: [ClassifiedLine]) -> Bool {
        var j = i - 1
        while j >= 0 {
            if case .blank = lines[j].kind { j -= 1; continue }
            if case .stripped(_, .widget?) = lines[j].kind, lines.withContentBytes(j, Self.isShareButton) { j -= 1; continue }
            break
        }
        var items = 0
        while j >= 0 {
            switch lines[j].kind {
            case .blank: j -= 1; continue
            case .stripped(let rule, _) where rule == ListContext.rule && lines[j].metadata["links"] != nil:
                // A title does not close on a full stop: items that do are a hard-wrapped
                // paragraph the list pass took under a `Read more:` label, not a box of links.
                if lines[j].withContentBytes({ u in u.last == 0x2E }) { return false }
                items += 1; j -= 1; continue
            default: break
            }
            break
        }
        return items >= Self.linkListMinItems && Self.endedParagraphAbove(j, in: lines) { _ in true }
    }

    /// The kinds of furniture a link list's block is made of, and those it is read as: its items
    /// are widgets (`ListContext.rule`), its heading a widget or a learned line (`other`).
    static let linkListKinds = FurnitureKind.widget.rawValue | FurnitureKind.other.rawValue

    /// Fewest items of a link list read as a block: one link is an inline `Related:` line.
    static let linkListMinItems = 2
}
