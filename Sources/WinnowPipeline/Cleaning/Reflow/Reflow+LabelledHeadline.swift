import Foundation

/// A labelled or title-tagged headline over its dek, in hard-wrapped text.
///
/// Sites set a section label before the headline (`Analysis: John Lewis, a founding father of
/// American democracy`, `OPINION: Gingrich: Can Obama, GOP really work together?`) or print the
/// page's title tag as the headline (`OPINION: Donald Trump signs the pledge | The Northfield
/// Chronicle`). Set unwrapped as wide as the wrap width over a dek that opens with a capitalised
/// word no sentence-opener list knows (`Board that segregation …`, `President Obama's …`,
/// `He’s still …`), with no blank line under it, the classic reflow test glued the two: the story's
/// title ran on into its dek (blind sets: 5 titles).
///
/// A paragraph's first line can open with a label too (`UPDATE: The police said the suspect was`,
/// a transcript's `SMITH: I think we`), so the label alone is no evidence. What a header has and a
/// paragraph lacks is its place: nothing but a page edge, a blank or a stripped line above it,
/// and under it a short block (the dek, one or two lines) closed by the header's furniture (a
/// photo credit, a byline, a time stamp: a stripped line) rather than by more prose. And the line
/// stops where a headline may (a word no sentence runs on from, or a question mark), and the line
/// below it opens a sentence in sentence case and ends one before the furniture, as a dek does.
extension Reflow {
    /// Most body lines between the headline and the furniture under its dek: the dek's lines, and
    /// a byline the rules keep.
    static let labelledDekMaxLines = 3

    /// Body line `i`, a block's first line, is a labelled or title-tagged headline over its dek.
    static func endsLabelledHeadline(_ lines: [ClassifiedLine], _ i: Int) -> Bool {
        guard i == 0 || lines[i - 1].kind != .body else { return false }
        let shaped = lines.withContentBytes(i) { u -> Bool in
            guard BoundaryPlanner.opensWithHeadlineLabel(u) || hasPipedSiteName(u) else { return false }
            return stopsOnHeadlineWord(u) || u.last == 0x3F
        }
        guard shaped else { return false }
        // A headline wrapped over two lines goes on as it began: in capitals (`BERNANKE: FED COULD
        // ACT IF US` / `ECONOMY WEAKENS`) or in Title Case; a dek is set in sentence case,
        // opening a sentence (a wrapped line's tail goes on in lower case: `… polarized` / `than ever.`).
        let dek = lines.withContentBytes(i + 1) { u in
            guard let f = u.first, (0x41...0x5A).contains(f) || f == 0x22 || f == 0xE2 else { return false }
            return hasLowercase(u[...]) && (SplitText.longWordCount(u) < 2 || SplitText.titleCaseShare(u) < 1)
        }
        guard dek else { return false }
        var k = i + 1
        while k < lines.count && k <= i + 1 + labelledDekMaxLines {
            switch lines[k].kind {
            case .body: k += 1
            // The dek is a sentence: one of the lines above the furniture ends on a stop (a byline
            // the rules keep may follow it; a wrapped widget's lines, `JUST WATCHED Romney: I won't
            // …` / `… for wealthy` / `03:44`, end none).
            // And the furniture is a header's (a photo credit, a time stamp, a byline), not what
            // sits between paragraphs (a caption, a related link): under a dateline lede's first
            // lines (`SEATTLE: Several owners of …` / `Car Auto Racing …` / a caption) it is that.
            case .stripped:
                return isHeaderFurniture(lines, k)
                    && ((i + 1)..<k).contains { lines.withContentBytes($0, LineText.ending(bytes:)) != .open }
            case .blank: return false
            }
        }
        return false
    }

    /// Stripped line `k` is a page header's: a photo credit, a time stamp or a byline.
    static func isHeaderFurniture(_ lines: [ClassifiedLine], _ k: Int) -> Bool {
        let role = lines[k].strippedRole
        if role == .credit || role == .timestamp { return true }
        let words = lines[k].words
        return lines.withTextBytes(k) { Byline.hasShape($0, words: words) }
    }

    /// The line ends in a title tag's ` | Site` (the pipe form only: a wrapped sentence may break
    /// after a dash, ` - Democrats`, never after a pipe between a headline and a name).
    static func hasPipedSiteName(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let p = u.baseAddress, memchr(p, 0x7C, u.count) != nil else { return false }
        return StorySplitter.bareHeadlineEnd(u) != nil
    }
}
