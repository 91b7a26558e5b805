/// A title planned at a page's title tag (`Headline | Site`, its headline printed again as a line
/// of its own a few lines below, under the masthead and menu: `ListContext.isRepeatedTitleTag`)
/// is the page's first line. A portal glues its pages line to line, so what stands right above
/// the tag is the last page's tail: a sponsored box's item (`Here's What A Dental Implant Should
/// Cost You`), an app prompt no rule stripped. `liftHeadlinesOverHeaders` reads a tag whose
/// headline ends like a sentence (`Obama regrets polarized rancor. He should. | Union Herald`) as
/// the dek of a headline-shaped line above it and would lift the start there, leaving the tag in
/// the story and the tail as its title. A tag names its own headline: nothing above it is its header.
extension BoundaryPlanner {
    /// Start `start` at line `i` is a title on its page's title tag: no headline above it heads it.
    static func startsAtTitleTag(_ i: Int, _ start: Start, _ lines: [ClassifiedLine]) -> Bool {
        start.isTitle && start.titleLine == nil && ListContext.isRepeatedTitleTag(i, in: lines)
    }
}
