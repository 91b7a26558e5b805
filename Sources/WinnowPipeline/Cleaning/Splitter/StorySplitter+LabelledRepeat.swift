/// A page's title tag taken as the title, over the headline as the page prints it with a label
/// before it. A live blog's page opens with the document title (`Trade deal's supporters
/// counterattack | The Evening Sentinel`) and prints its headline under it with the blog's label
/// (`Live updates: Trade deal's supporters counterattack`, `En direct : …`, `Liveticker: …`).
/// Where the planner starts the story at the labelled headline, the tag over it leaves the text
/// (`StorySplitter+PageTitle.swift`); where it starts at the tag (the first line of the text), the
/// labelled headline was kept as the story's first paragraph and the title kept the site's name.
/// The labelled line right under the tag is the page's own headline: it titles the story and
/// leaves the text.
extension StorySplitter {
    /// Longest label before the headline, in bytes (`Live updates: `, `BREAKING NEWS: `).
    static let maxHeadlineLabelBytes = 32

    /// Line `i` is the headline that title tag `t` names, with a label before it: its text ends
    /// with the tag's headline (`isTitleTag`), and what comes before is a short label closed by
    /// a colon (`Live updates:`, `En direct :`), not words of a longer headline.
    static func isLabelledTitleRepeat(_ i: Int, tag t: Int, in lines: [ClassifiedLine]) -> Bool {
        // Right under the tag (blank lines between): under the header's byline and time stamps a
        // labelled line is the text's opening (`OPINION: <headline>` as a column's first line).
        guard t < i, lines[i].contentByteCount > lines[t].contentByteCount / 2,
              lines[(t + 1)..<i].allSatisfy({ $0.kind == .blank }) else { return false }
        return lines.withContentBytes(t) { u in
            guard let end = bareHeadlineEnd(u) else { return false }
            return lines.withContentBytes(i) { l in
                let label = l.count - end
                // `: ` right before the headline, within a label's length of the line's start.
                guard label >= 3, label <= maxHeadlineLabelBytes, l[label - 1] == 0x20, l[label - 2] == 0x3A else { return false }
                return endsWithHeadline(l, UnsafeBufferPointer(rebasing: u[..<end]))
            }
        }
    }
}
