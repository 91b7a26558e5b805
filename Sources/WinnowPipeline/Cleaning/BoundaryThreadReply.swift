/// A reply in a forum thread is no story of its own.
///
/// A forum page reposts an article as its thread's first post, and each reply under it opens
/// with a reply header: `Re: <the thread's title>`, then the poster and time (`Post by jane » 5
/// min`). Those header lines are stripped (`forum_widget`, `widget`), so the reply's own text,
/// a prose line under a block of stripped furniture, scores as a lede under a page header
/// (`furniture_block`). Started there, the story took a signature learned over the thread's
/// posts (`Rig: Ryzen 5 / 16GB / …`) as its headline (`BoundaryHeaderLift.swift`), and its
/// few lines then won the length prior over the next thread's real `Topic:` headline.
///
/// `Re:` says the thread goes on: a start without a title of its own whose header block (the
/// stripped lines right above it) holds a line opening with `Re:` is a reply in the story
/// above, and is dropped before the length prior. A title under it stays a start (a new thread
/// set under the last reply's header is a headline of its own).
extension BoundaryPlanner {
    /// Non-blank stripped lines walked up from a start to find its reply header.
    static let maxReplyHeaderLines = 4

    func dropThreadReplies(_ candidates: inout [(line: Int, start: Start)], _ lines: [ClassifiedLine], _ plan: inout Plan) {
        let facts = plan.facts
        candidates.removeAll { c in
            guard !c.start.isTitle, let r = Self.replyHeader(above: c.line, lines, facts) else { return false }
            var s = c.start.scored
            s.note("a reply in a forum thread: the reply header `Re: …` on line \(r + 1) is over it")
            plan.rejected[c.line] = s
            return true
        }
    }

    /// The stripped line opening with `Re:` in the block of stripped lines right above line `i`
    /// (blank lines skipped, up to `maxReplyHeaderLines` of them), if any.
    static func replyHeader(above i: Int, _ lines: [ClassifiedLine], _ facts: LineFacts) -> Int? {
        var p = i - 1
        var seen = 0
        while p >= 0 && seen < maxReplyHeaderLines {
            defer { p -= 1 }
            if facts.shape[p] == .blank { continue }
            if facts.shape[p] == .body { return nil }
            seen += 1
            if lines.withContentBytes(p, opensReply) { return p }
        }
        return nil
    }

    /// `Re: ` (any case) and a word: a reply's subject line, on every forum and mail archive.
    static func opensReply(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        u.count > replyPrefix.count && ByteSearch.hasPrefixFoldingASCII(u, replyPrefix)
    }

    private static let replyPrefix = Array("re: ".utf8)
}

/// The lines of a thread under a story, which the header lift does not walk past: a header
/// block holds a byline, a time stamp, share widgets, never a reader's comment. A learned line
/// above one is a reply's text or a poster's signature (`Anyone have the actual report this is
/// based on?`, learned from every thread that quotes it), not a headline the rules stripped.
extension BoundaryPlanner {
    /// Stripped line `p` is a comment (its header `chrome_comment`, its text `comment_thread`) or
    /// a reply header (`Re: …`).
    static func isThreadLine(_ p: Int, _ lines: [ClassifiedLine]) -> Bool {
        guard let r = lines[p].strippedRule else { return false }
        return r == CommentThread.rule || r == CommentThread.headerRule || lines.withContentBytes(p, opensReply)
    }
}
