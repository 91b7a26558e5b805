/// A thread's title over its post's meta line (`forum_post_after`): a story pasted into a forum
/// thread comes under the thread's title and the line naming its poster (`submitted 6 hours ago
/// by ann to /r/news`, `348 points by ann 3 hours ago | hide | past`, `Post by ann » Mon Jan 01,
/// 2018`, in the board's own language for the age but `by` or `»` kept). That line is the post's
/// byline: the title over it opens a post, as a headline over its byline opens a page. Read only
/// from the shape `widget_after` sees, it was held under the threshold where the title is a
/// poster's remark (`Thoughts on this?`), ends on an abbreviation (`… and the C.I.A.`) or shares
/// a news day's words with the post above (reader sets lost one story in ten of these dumps).
/// A reply's subject (`Re: …`) and the poster's lead-in (`Full text below:`) are forum lines
/// too, but name no poster: they add nothing.
/// Such a title is its post's top: the header lift does not take it for a dek and move the start
/// to the line above (`BoundaryHeaderLift.swift`), the last post's signature (`Rig: Ryzen 5 / 16GB`)
/// once its buttons row (`Reply  Quote  Like 37`) is stripped.
extension BoundaryScorer {
    /// The first non-blank line under line `i` is a forum header line (`forumHeaderRules`) that
    /// names its poster (`isPosterLine`).
    static func isOverForumPost(_ i: Int, in lines: [ClassifiedLine]) -> Bool {
        var j = i + 1
        while j < lines.count, case .blank = lines[j].kind { j += 1 }
        guard j < lines.count, let rule = lines[j].strippedRule, StorySplitter.forumHeaderRules.contains(rule) else { return false }
        return lines.withContentBytes(j, Self.isPosterLine)
    }

    /// Bytes `u` name a poster: ` by ` (ASCII case folded) or `»` after the first word, and not a
    /// reply's subject (`Re: …`, which may quote any title).
    static func isPosterLine(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !ByteSearch.hasPrefixFoldingASCII(u, replyPrefix), u.count >= 4 else { return false }
        for k in 1..<(u.count - 1) {
            if u[k] == 0xC2 && u[k + 1] == 0xBB { return true }  // `»`
            if k + 3 < u.count && u[k] == 0x20 && u[k + 1] | 0x20 == 0x62 && u[k + 2] | 0x20 == 0x79 && u[k + 3] == 0x20 { return true }
        }
        return false
    }

    private static let replyPrefix = Array("re:".utf8)
}
