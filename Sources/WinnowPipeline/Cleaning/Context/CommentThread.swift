/// A reader-comment section flattened into the text: a comment's header (the commenter's handle
/// and its age, `kenji6 · 12 hours ago`, stripped by the `chrome_comment` family) over the
/// comment and its buttons (`Great article.`, `Reply · Share`), stripped as `comment_thread`.
///
/// A comment's words are a reader's sentences: no line rule can tell them from the story's own,
/// only the header above them. A comment runs from its header to the next header or a blank line;
/// when that run is longer than `maxLines` kept lines or holds a paragraph-length line, where the
/// comment ends is not known (a story may go on under it with no blank line) and it is left alone.
/// Runs after the line rules and the list pass, only in a block where a header was stripped.
enum CommentThread {
    static let rule = "comment_thread"
    /// The family whose lines are comment headers.
    static let headerRule = "chrome_comment"
    /// A comment's kept lines under its header: its text (one or two lines) and a button row.
    static let maxLines = 4
    /// A comment line has at most this many words (a reader's remark, not a paragraph).
    static let maxWords = 60

    static func apply(_ lines: inout [ClassifiedLine]) {
        var i = 0
        while i < lines.count {
            guard isHeader(i, in: lines) else { i += 1; continue }
            var j = i + 1, kept: [Int] = [], closed = false
            while j < lines.count {
                if lines[j].kind == .blank || isHeader(j, in: lines) { closed = true; break }
                if case .body = lines[j].kind {
                    guard lines[j].words <= maxWords, kept.count < maxLines else { break }
                    kept.append(j)
                }
                j += 1
            }
            if closed || j == lines.count {
                for k in kept {
                    lines[k] = lines[k].with(kind: .stripped(rule: rule, role: .widget),
                                             detail: "comment under the comment header on line \(i + 1)")
                }
            }
            i = max(j, i + 1)
        }
    }

    private static func isHeader(_ j: Int, in lines: [ClassifiedLine]) -> Bool {
        guard case .stripped(let r, _) = lines[j].kind else { return false }
        return r == headerRule || r == replyRule && lines.withContentBytes(j, BoundaryPlanner.opensReply)
    }

    /// A board's reply opens with its subject (`Re: <thread title>`, `forum_widget`) over the
    /// poster line: a comment header, as a handle and an age are (`CleaningReplyThreadTests`).
    static let replyRule = "forum_widget"
}
