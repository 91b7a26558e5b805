/// A list heading right over one title, then the next story's headline with its header furniture
/// (`You might also like` / `<title>` / `<headline>` / `By Jane Doe`), no blank line between.
///
/// `itemsAboveHeadline` wants two titles over the headline, so a box the page left with one item
/// (or whose second item the splitter reads as the headline of a story printed without one) kept
/// its title in the story above (make_wire w1-w3: five titles). Whichever the second line is, a
/// headline or the box's last item, the first is an item: it is stripped, and the second is left
/// to the splitter. Both lines end open (a dek under its headline ends a sentence) and neither is
/// a byline; the furniture (a byline, stamp, credit, caption or widget) sits right under the
/// second. A heading over a headline with its furniture right under it is the next page's head
/// (`ListContext+NextPageHeadline.swift`): the furniture's place tells the two apart. Unlike
/// `ListContext+OpenRun.swift`, this reads a hard-wrapped dump too: the furniture marks the head.
extension ListContext {
    static func oneItemAboveHeadline(from s: Int, in lines: [ClassifiedLine], config: ListConfig) -> [Int] {
        // The item right under the heading (no blank line between), the headline right under it.
        guard s >= 1, lines[s - 1].kind != .blank, s + 2 < lines.count else { return [] }
        let h = s + 1
        guard case .body = lines[s].kind, case .body = lines[h].kind,
              isItem(s, in: lines, config: config), isItem(h, in: lines, config: config) else { return [] }
        for j in [s, h] {
            let (ending, byline) = endingAndByline(j, in: lines)
            guard ending != .sentence, !byline else { return [] }
        }
        return hasHeaderFurniture(below: h, in: lines, config: config) ? [s] : []
    }
}
