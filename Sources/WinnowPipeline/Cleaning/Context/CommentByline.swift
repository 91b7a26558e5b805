/// A reader comment's header set over two lines: the commenter's name or handle alone on a line
/// and the comment's age alone under it (`Tom Price` / `47 minutes ago`, the age stripped by
/// `timestamp_relative`), over the comment's text and its buttons. `CommentThread` reads one-line
/// headers (`kenji6 · 12 hours ago`); this marks the name line of the two-line shape as such a
/// header (`chrome_comment`), so the comment under it is stripped the same way.
///
/// An article's own header can look the same (a bare byline over `2 hours ago` over the lede), so
/// one pair is not enough: a comment section repeats the unit, and only two or more such pairs in
/// the block mark it. The name opens its unit (no kept line right above it) and is a name's shape:
/// a few words, no sentence end. Runs before `WrappedTimestamp`, which would otherwise keep a
/// lower-case age (`a week ago`) as the end of the name line above it.
enum CommentByline {
    /// The family whose lines are ages (`2 hours ago`, `a week ago`, `Just now`).
    static let ageRule = "timestamp_relative"
    /// A name or handle: at most this many words and bytes.
    static let maxNameWords = 3
    static let maxNameBytes = 40
    /// An age alone on its line: at most this many words (`about 3 hours ago`).
    static let maxAgeWords = 4
    /// A section heading's lines over the first comment: at most this many, this many words each.
    static let maxHeadingLines = 3
    static let maxHeadingWords = 5
    /// Pairs needed in the block (one unit could be an article's byline and stamp).
    static let minPairs = 2

    /// Marks each name line over an age as a comment header; true when it marked any.
    static func apply(_ lines: inout [ClassifiedLine]) -> Bool {
        var names: [Int] = []
        var i = 1
        while i + 1 < lines.count {
            if lines[i].strippedRule == ageRule, lines[i].words <= maxAgeWords, isName(i - 1, in: lines),
               lines[i + 1].kind == .body, i < 2 || lines[i - 2].kind != .body {
                names.append(i - 1)
            }
            i += 1
        }
        guard names.count >= minPairs else { return false }
        for n in names {
            lines[n] = lines[n].with(kind: .stripped(rule: CommentThread.headerRule, role: .widget),
                                     detail: "commenter's name over the comment's age")
            stripHeading(above: n, &lines)
        }
        return true
    }

    /// The section's heading and sort or sign-in buttons over its first comment (`Join the
    /// conversation`, `Sort by: Newest`): short lines ending open, in the run right above the
    /// name (one blank between at most). Kept, one read as the headline of a record of comments.
    private static func stripHeading(above n: Int, _ lines: inout [ClassifiedLine]) {
        var k = n - 1
        if k >= 0, lines[k].kind == .blank { k -= 1 }
        var run = 0
        while k >= 0, run < maxHeadingLines, lines[k].kind != .blank {
            if lines[k].kind == .body {
                let short = lines[k].words <= maxHeadingWords
                    && lines.withContentBytes(k) { LineText.ending(bytes: $0) == .open }
                guard short else { return }
                lines[k] = lines[k].with(kind: .stripped(rule: CommentThread.headerRule, role: .widget),
                                         detail: "comment section's heading")
            }
            run += 1
            k -= 1
        }
    }

    /// A line of a name's shape: one to `maxNameWords` words, short, ending open; kept, or taken
    /// by the learned pass (a regular commenter's handle recurs across a dump's pages).
    private static func isName(_ j: Int, in lines: [ClassifiedLine]) -> Bool {
        guard lines[j].isKept(orStrippedBy: LearnedBoilerplate.rule), lines[j].words >= 1, lines[j].words <= maxNameWords else { return false }
        return lines.withContentBytes(j) { b in
            b.count <= maxNameBytes && LineText.ending(bytes: b) == .open
        }
    }
}
