/// A forum thread's lines under a story: a reply opens with a header, `Re: <the thread's title>`,
/// then the poster and time (`Post by jane » 5 min`), and readers' comments follow an article.
/// The header lift does not walk past them (`isThreadLine`).
///
/// Dropping a start under a `Re:` header (a reply read as a lede under furniture) was measured and
/// not taken: r1 kept its stories, but held-out reader sets lost .003 story_f1 each, where a new
/// post's text under a reply header was a story of its own.
extension BoundaryPlanner {
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
