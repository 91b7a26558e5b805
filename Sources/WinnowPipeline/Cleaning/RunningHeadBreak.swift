/// A printed page's running head in an archive's OCR (`A12 THE HARBOR GAZETTE MONDAY, MARCH 3,
/// 1997`, stripped by the `print_running_head` family) falls where the page ends, as often as not
/// in the middle of a paragraph: `…Headlines are` / blank / running head / blank / `dominated by…`.
/// With the head stripped, the blank lines around it still cut the paragraph in two, and its first
/// half, a few short lines alone between blanks, reads as a headline that starts a story.
///
/// When the kept line above the head does not end a sentence and the kept line below it opens in
/// lower case, the paragraph goes on across the page: the blank lines between them are the page's
/// margin, not a paragraph break, and are stripped as `page_break`. Runs after the line rules, only
/// in a block where a running head was stripped.
enum RunningHeadBreak {
    static let rule = "page_break"
    /// The family whose lines are running heads.
    static let headRule = "print_running_head"
    /// Lines looked at on each side of the head (its blank margins and any other furniture).
    static let reach = 4

    static func apply(_ lines: inout [ClassifiedLine]) {
        for i in lines.indices where lines[i].strippedRule == headRule {
            guard let above = kept(from: i - 1, step: -1, head: i, in: lines),
                  let below = kept(from: i + 1, step: 1, head: i, in: lines),
                  !lines[above].withContentBytes(endsSentence), lines[below].withContentBytes(opensLowerCase)
            else { continue }
            for k in (above + 1)..<below where lines[k].kind == .blank {
                lines[k] = lines[k].with(kind: .stripped(rule: rule, role: .widget),
                                         detail: "page margin inside the paragraph across the running head on line \(i + 1)")
            }
        }
    }

    /// The nearest kept line from `start` going `step`, within `reach` lines of the head.
    private static func kept(from start: Int, step: Int, head: Int, in lines: [ClassifiedLine]) -> Int? {
        var j = start
        while j >= 0, j < lines.count, abs(j - head) <= reach {
            if lines[j].kind == .body { return j }
            j += step
        }
        return nil
    }

    /// The line's last byte (past closing quotes and brackets) ends a sentence: `.`, `!`, `?`.
    private static func endsSentence(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = u.count
        while end > 0, [0x20, 0x09, 0x22, 0x27, 0x29, 0x5D].contains(u[end - 1]) { end -= 1 }
        // A non-ASCII end (a curly quote) is left to the line below: it must open in lower case.
        guard end > 0 else { return true }
        let b = u[end - 1]
        return b == 0x2E || b == 0x21 || b == 0x3F
    }

    /// The line's first non-blank byte is an ASCII lower-case letter.
    private static func opensLowerCase(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = LineText.leadingBlankCount(u)
        return n < u.count && u[n] >= 0x61 && u[n] <= 0x7A
    }
}
