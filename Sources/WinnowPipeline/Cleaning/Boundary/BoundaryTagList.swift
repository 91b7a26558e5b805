/// A CMS's tag list (`Tags: Nation, Climate`, `Topics: …`, `Filed under: …`) in a furniture block.
/// The `widget` family strips it, and a widget alone is no page edge: an article carries ads and
/// share rows between its own paragraphs. A tag list it does not: a CMS prints it once, under the
/// article's last paragraph, so in a block (`BoundaryFurniture.swift`) it is the page's footer,
/// a page edge as a sign-off is. Pages glued with only a tag list and markup debris between them
/// (`Tags: …`, an ad slot's `<!-- -->`, a `data:image/…` pixel, a lone `&nbsp;`) then part at
/// the lede below, as two stories do under a trailer and a widget.
///
/// Read here, not by giving the rule family the trailer role: as a trailer it would also weigh
/// on titles and on what the learned pass keeps around it (`trailer_before` over a portal's
/// navigation rail moved a title onto the rail's kicker on p1).
extension BoundaryScorer {
    /// Labels of a tag list, lower case, with their colon.
    static let tagListLabels: [[UInt8]] = ["tags:", "topics:", "filed under:", "tagged under:", "categories:"]
        .map { Array($0.utf8) }

    /// `u` (a line's content) opens with a tag list's label, in any case, and names tags after it.
    static func isTagList(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        for label in tagListLabels where u.count > label.count + 1 {
            var match = true
            for k in label.indices {
                let b = u[k]
                // ASCII lower-casing: every label byte is ASCII.
                if (b.isASCIIUpper ? b | 0x20 : b) != label[k] { match = false; break }
            }
            if match { return true }
        }
        return false
    }
}

/// A headline right under a tag list (blanks between only): the CMS closed the article above with
/// it, as a trailer closes one, and the headline opens the next page, which a scrape that kept
/// only the footer between two pages prints with no header of its own. Where the dump's headlines
/// carry header blocks, `unlike_dump_headlines` leaves it as it leaves a headline under a trailer;
/// an article's own subhead stands under a paragraph, never under its tags.
extension BoundaryPlanner {
    /// The nearest non-blank line above line `i` is a stripped tag list (`isTagList`).
    static func isUnderTagList(_ i: Int, _ lines: [ClassifiedLine], _ facts: LineFacts) -> Bool {
        guard let j = facts.nonBlank(before: i), facts.shape[j] == .widget else { return false }
        return lines.withContentBytes(j, BoundaryScorer.isTagList)
    }
}
