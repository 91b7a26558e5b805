/// A live blog's entry header inside an in-article widget's box: the share row a running story sets
/// under each entry (`Share this post`, `Link copied`) goes on to the next entry's clock stamp
/// alone on its line (`8:28 a.m. ET`, `live_entry`) and its author (`live_author`), then the
/// entry's prose. The share row stands between paragraphs elsewhere in the page and so is marked
/// in-article (`BoundaryInArticleWidget.swift`); the stamp under it is the same entry furniture,
/// no page header. Without this a line set over such a row (a capitals link to another story, an
/// entry's heading) read the stamp as a header's widget (`widget_after`), was taken for a page
/// start and escaped `unlike_record_headlines` in a JSONL record (portal live blogs, g104).
/// A page's own stamp carries a date (`March 3, 2024 10:15`), which `isClockStamp` refuses.
extension BoundaryScorer {
    /// Line `k` is a stripped time stamp that is a clock time alone (`BoundaryLiveClock.swift`).
    static func isLiveEntryStamp(_ k: Int, _ lines: [ClassifiedLine]) -> Bool {
        guard case .stripped(_, .timestamp?) = lines[k].kind else { return false }
        return lines.withContentBytes(k, isClockStamp)
    }
}
