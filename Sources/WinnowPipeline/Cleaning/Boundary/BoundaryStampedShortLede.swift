/// A short opening paragraph under a page's date stamp (`BoundaryShortLede.swift` reads one under
/// a byline). A headline-less page glued under the last one opens with its header: a stamp
/// (`2019-08-22T04:22:00Z`, `Posted March 3`), a photo with its credit, then the text, and the
/// text may open on a sentence of a few words (`You have 14 free articles left today, enjoy
/// reading.`). Scored as a headline, such a line either loses to its full stop (the page stays
/// glued to the story above) or passes and becomes the page's title (its text loses its first
/// line); read as a lede it is what a longer first paragraph under the same block is
/// (`furniture_block`).
///
/// A stamp alone over a short line is an article's own `Updated …` note over its next paragraph:
/// the block needs the stamp and one more kind (a credit, a widget, a separator), as a block over
/// a long lede does. `isShortLede` asks the rest: a sentence of `shortLedeMinWords`+ words, prose
/// right below it, a paragraph longer than a headline above the block.
extension BoundaryScorer {
    static func isStampedBlock(_ kinds: UInt8) -> Bool {
        kinds & FurnitureKind.timestamp.rawValue != 0 && kinds.nonzeroBitCount >= minFurnitureKinds
    }
}
