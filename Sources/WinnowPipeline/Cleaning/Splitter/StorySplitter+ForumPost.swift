/// Title choice under a forum post's header. A story pasted into a forum thread comes under the
/// thread's title and the post's meta line (`348 points by ann 3 hours ago | hide | past`,
/// `Post by ann » …`, `submitted 6 hours ago by ann`); posters often retitle the thread with a
/// remark of their own (`Thoughts on this?`) and paste the article's own headline under the meta
/// line. When a headline reads as one there, on a line of its own, it is the story's title: the
/// thread title is the poster's, the headline the article's (as a kicker gives way to the headline
/// under it, `StorySplitter+Kicker.swift`).
extension StorySplitter {
    /// Rules of a forum post's header lines (`Pipelines/news.yaml`): the meta line under a title.
    static let forumHeaderRules: Set<String> = ["forum_widget"]

    /// In the header of a story titled by line `h`: only blank lines and forum header lines (one
    /// at least) lie between `h` and line `i`, and `i` reads as a headline standing on its own
    /// (a blank or stripped line under it, not a wrapped paragraph's first line).
    static func isHeadlineUnderForumPost(_ i: Int, title h: Int, in lines: [ClassifiedLine], facts: LineFacts,
                                         config: SplitConfig) -> Bool {
        guard h < i else { return false }
        var sawMeta = false
        for k in (h + 1)..<i {
            switch lines[k].kind {
            case .blank: continue
            case .stripped(let rule, _) where forumHeaderRules.contains(rule): sawMeta = true
            default: return false
            }
        }
        guard sawMeta, i + 1 < lines.count, lines[i + 1].kind != .body else { return false }
        // A label opening it (`OPINION: Jeb Bush Falls Into a Trap`) is the article's kicker, not
        // a dateline: a lede on a line of its own there ends like a sentence.
        return readsAsHeadline(i, in: lines, facts: facts, config: config, labelled: true)
    }
}
