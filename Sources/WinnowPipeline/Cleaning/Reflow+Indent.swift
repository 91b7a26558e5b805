/// Where a hard-wrapped paragraph ends although the line below is not indented.
///
/// In indent style (paragraphs open with an indented line) every other line used to continue the
/// one above. But a headline or a byline between two stories is not indented either: a page's
/// header is set flush left above the indented paragraphs. Joined to the paragraph above, the
/// headline is never a candidate.
extension Reflow {
    /// Line `i + 1` (body, not indented) opens a block of its own whatever the style: a byline
    /// (`Jane Doe, Reuters`, `By Jane Doe`) is never the tail of a wrapped line.
    static func breaksParagraph(_ lines: [ClassifiedLine], _ i: Int) -> Bool {
        lines.withContentBytes(i + 1) { u in
            Byline.hasShape(u, words: lines[i + 1].words) && LineText.ending(bytes: u) != .sentence
        }
    }

    /// In indent style, line `i` goes on below although the line below is not indented, unless it
    /// ends like a sentence: then the classic reflow test (`continuations`) decides, and a line
    /// whose first word would have fitted above (a flush-left headline) opens a block.
    static func continuesInIndentStyle(_ lines: [ClassifiedLine], _ i: Int) -> Bool {
        lines.withContentBytes(i, { LineText.ending(bytes: $0) }) != .sentence
    }
}
