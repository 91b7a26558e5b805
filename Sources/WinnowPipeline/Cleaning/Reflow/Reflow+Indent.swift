/// Where a hard-wrapped paragraph ends although the line below is not indented.
///
/// In indent style (paragraphs open with an indented line) every other line used to continue the
/// one above. But a headline or a byline between two stories is not indented either: a page's
/// header is set flush left above the indented paragraphs. Joined to the paragraph above, the
/// headline is never a candidate.
extension Reflow {
    /// Line `i + 1` (body, not indented) opens a block of its own whatever the style: a byline
    /// (`Jane Doe, Reuters`, `By Jane Doe`, `Jane Doe | The Courier`: `Reflow+PipeByline.swift`)
    /// is never the tail of a wrapped line.
    static func breaksParagraph(_ lines: [ClassifiedLine], _ i: Int) -> Bool {
        lines.withContentBytes(i + 1) { u in
            Byline.hasShape(u, words: lines[i + 1].words) && LineText.ending(bytes: u) != .sentence || isPipeByline(u)
        }
    }

    /// Line `i + 1` (body, or stripped by a credit rule) is a byline with its label in lower case (`by James Nakamura / The
    /// Standard-Herald staff`) under line `i`, a block's first line (a headline as wide as the wrap
    /// width): `by`, a capital, at most `Byline.agencyMaxWords + 2` words, no sentence ending it.
    /// `Byline.hasShape` reads `By` only; a wrapped sentence does go on with `by` and a name, but
    /// not from a line that is a block of its own so far and stops on a word (not a comma).
    static func opensLowercaseByline(_ lines: [ClassifiedLine], _ i: Int) -> Bool {
        // The text, not the content: a stripped byline (a credit rule took it) is tested too.
        let by = lines.withTextBytes(i + 1) { t in
            let u = UnsafeBufferPointer(rebasing: t[LineText.leadingBlankCount(t)...])
            guard u.count > 3, u[0] == 0x62, u[1] == 0x79, u[2] == 0x20, (0x41...0x5A).contains(u[3]) else { return false }
            let words = LineText.wordCount(u)
            return words >= 3 && words <= Byline.agencyMaxWords + 2 && LineText.ending(bytes: u) == .open
        }
        guard by else { return false }
        return lines.withContentBytes(i, stopsOnWord)
    }

    /// In indent style, line `i` goes on below although the line below is not indented, unless it
    /// ends like a sentence (`.`, or `?` / `!`: a question closes a paragraph as often,
    /// `… deserves some credit?` over a flush-left headline): then the classic reflow test
    /// (`continuations`) decides, and a line whose first word would have fitted above (a
    /// flush-left headline) opens a block.
    static func continuesInIndentStyle(_ lines: [ClassifiedLine], _ i: Int) -> Bool {
        lines.withContentBytes(i, { LineText.ending(bytes: $0) }) == .open
    }

    /// In indent style, body line `i + 1` (flush left) stands alone between two paragraphs: the
    /// line above ends like a sentence (or a question), the line itself ends open, and the line below opens a
    /// block (indented, or a byline: `breaksParagraph`). So the line is the last line of nothing
    /// but itself, and a paragraph's last line ends like a sentence: it is a headline set flush
    /// left over its story, whose first word did not fit on the full last line of the paragraph
    /// above (the classic test reads that as a wrap).
    static func standsAloneInIndentStyle(_ lines: [ClassifiedLine], _ i: Int, _ indented: [Bool]) -> Bool {
        guard i + 2 < lines.count, case .body = lines[i + 2].kind else { return false }
        guard lines.withContentBytes(i, { LineText.ending(bytes: $0) }) != .open,
              lines.withContentBytes(i + 1, { LineText.ending(bytes: $0) }) == .open else { return false }
        return indented[i + 2] || breaksParagraph(lines, i + 1)
    }
}
