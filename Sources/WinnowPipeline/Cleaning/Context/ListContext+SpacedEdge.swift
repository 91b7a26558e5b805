/// A spaced list (`spacedItems`) whose run stops at the next story's head: the items' own gap,
/// then a title with its furniture right under it (`RELATED STORIES` / three titles / `Boeing in
/// Crisis …` / a sharing bar / the lede).
///
/// The run took the next headline as its last item and met the furniture under it, so where the
/// box ends was not known and it was kept whole (fresh wire set w611 kept three titles so). As
/// for a run of titles a long paragraph ends (`ListContext+OpenRun.swift`), the titles above the
/// last are the box's whichever the last is: they are stripped, the last is left to the splitter.
/// The last ends open (a headline's dek ends a sentence: such a run is left alone), and the line
/// that stopped the run is header furniture right under it (`hasHeaderFurniture`); a run into a
/// lede after the items' gap is left alone (no set gained from it). Two titles at least above it: a `Read more:` label over one linked
/// title is set between an article's paragraphs too, and there the one title is body in wire
/// gold (w1 lost one so; the next story's headline under it was the other `item`).
extension ListContext {
    static func spacedItemsAboveHead(_ items: [Int], edge j: Int, in lines: [ClassifiedLine], config: ListConfig) -> [Int] {
        guard items.count >= 3, let last = items.last, j < lines.count,
              LineText.ending(lines[last].content) != .sentence,
              !isByline(last, in: lines) else { return [] }
        guard j == last + 1, hasHeaderFurniture(below: last, in: lines, config: config) else { return [] }
        return Array(items.dropLast())
    }
}
