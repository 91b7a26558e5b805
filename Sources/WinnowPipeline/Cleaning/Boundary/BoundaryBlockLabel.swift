/// A section label between a page's header and its first paragraph (`WHY THIS QUESTION
/// MATTERS:`, `ANALYSIS/OPINION:`, `The facts:`): a short line ending in a colon, right under
/// the header's stripped furniture and right over the lede. It is kept (it is the article's own
/// text, or a box's title), so walking up from the lede the block seemed to end at a paragraph
/// that was no paragraph, and the headline-less story under it was glued to the story above.
/// A label introduces what follows it; it never ends a story, so the walk steps over it.
extension BoundaryScorer {
    /// Most words of a block label: a label names a section, a longer line ending in a colon
    /// introduces a quote or a list inside the article.
    static let blockLabelMaxWords = 6

    /// Body line `j` is a label inside a furniture block: at most `blockLabelMaxWords` words,
    /// ending in `:`, and the nearest non-blank line above it is stripped furniture.
    func isBlockLabel(_ j: Int, in lines: [ClassifiedLine]) -> Bool {
        guard j > 0, case .body = lines[j].kind, lines[j].words <= Self.blockLabelMaxWords,
              lines.withContentBytes(j, { u in u.last == 0x3A }) else { return false }
        var above = j - 1
        while above >= 0, case .blank = lines[above].kind { above -= 1 }
        guard above >= 0, case .stripped = lines[above].kind else { return false }
        return true
    }
}
