/// A link box's item set under its section's label (`OPINION: The paper of record needs to reflect
/// deeply on how it came to publish anti-Semitic propaganda.`): the outlet links an opinion piece
/// or a video by its dek, a sentence, with the label in capitals over it. It is the box's title
/// all the same; a paragraph of the story never opens with a one-word label in capitals and a
/// colon. Only read inside a list a heading opened and a headline or a trailer closes
/// (`itemsAboveHeadline`), so a dateline lede in the same shape (`CHICAGO: The city council …`)
/// under prose is never asked. Not in a list of titles set apart by blank lines (`spacedItems`):
/// there nothing but the gaps closes it, and the title over the next story's page header went
/// with it (w2 lost two stories for one line).
extension ListContext {
    /// Letters a label may have (`WATCH`, `OPINION`, `EXCLUSIVE`, `COMMENTARY`).
    static let itemLabelLetters = 3...12

    /// Kept line `j` opens with one word in capitals, a colon and a space, and goes on past it.
    static func opensWithItemLabel(_ j: Int, in lines: [ClassifiedLine]) -> Bool {
        guard case .body = lines[j].kind else { return false }
        return lines.withContentBytes(j) { u in
            var k = 0
            while k < u.count, u[k].isASCIIUpper { k += 1 }
            return itemLabelLetters.contains(k) && k + 2 < u.count && u[k] == 0x3A && u[k + 1] == 0x20
        }
    }
}
