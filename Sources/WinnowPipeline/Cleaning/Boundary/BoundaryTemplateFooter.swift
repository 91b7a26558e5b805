/// A page's template footer in a furniture block: a template directive the scrape kept
/// (`{{ related_articles | limit: 3 }}`, `{% include "partials/share.html" %}`, stripped by
/// `markup_template`) right next to a CMS tag list (`Tags: Nation, Climate`, `BoundaryTagList.swift`).
/// Each alone is one page edge (a trailer): the planner's long-lede check (a paragraph of 800+
/// bytes under the block, too long to be scored as a headline) wants a page header, two edges, as
/// a lone trailer over such a paragraph is a caption's `©` as often as a story's end. The two
/// together are the article template's own close (the related box or share row it renders under
/// the tags), which no article prints between its paragraphs: the long paragraph under that block
/// is the next page's lede.
///
/// Only there, not as a second edge of every block: a two-sentence `<h1>` headline under such a
/// footer then read as a headline-less lede (r111 055). Only next to each other (blanks between): a
/// directive alone, or a tag list alone, stays one edge.
extension BoundaryScorer {
    /// `u` (a line's content) is a template directive: `{{ … }}` or `{% … %}`.
    static func isTemplateDirective(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard u.count >= 5, u[0] == 0x7B, u[1] == 0x7B || u[1] == 0x25, u[u.count - 1] == 0x7D else { return false }
        let close = u[u.count - 2]
        return u[1] == 0x7B ? close == 0x7D : close == 0x25
    }

    /// Stripped line `j` is a template directive with a tag list the nearest stripped line above
    /// or below it (blanks skipped), or a tag list with such a directive next to it.
    func isTemplateFooter(_ j: Int, in lines: [ClassifiedLine]) -> Bool {
        let directive = lines.withContentBytes(j, Self.isTemplateDirective)
        guard directive || lines.withContentBytes(j, Self.isTagList) else { return false }
        let wanted: (UnsafeBufferPointer<UInt8>) -> Bool = directive ? Self.isTagList : Self.isTemplateDirective
        for step in [-1, 1] {
            var k = j + step
            while k >= 0 && k < lines.count, case .blank = lines[k].kind { k += step }
            guard k >= 0 && k < lines.count, case .stripped = lines[k].kind else { continue }
            if lines.withContentBytes(k, wanted) { return true }
        }
        return false
    }

    /// The stripped lines between body line `i` and the body line above it (blanks skipped) hold a
    /// template footer (`isTemplateFooter`).
    func hasTemplateFooterAbove(_ i: Int, in lines: [ClassifiedLine]) -> Bool {
        var j = i - 1
        while j >= 0 {
            switch lines[j].kind {
            case .blank: break
            case .body: return false
            case .stripped: if isTemplateFooter(j, in: lines) { return true }
            }
            j -= 1
        }
        return false
    }
}
