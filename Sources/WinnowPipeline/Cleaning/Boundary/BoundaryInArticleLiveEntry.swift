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

/// The same row where the text sets it nowhere else between paragraphs: a clock stamp alone on its
/// line right over an entry's prose (its author between, or not) is a running story's entry stamp
/// (`BoundaryLiveClock.swift`), and the widgets stacked right over it (`Share this post`, `Link
/// copied`) are that entry's row, in-article too. A live page whose share rows differ from entry to
/// entry marks none of them by kind (g104: a capitals link over `Share this post` / `Link copied` /
/// `03:00` opened a story in a record of one live blog).
extension BoundaryScorer {
    /// Lines of every live entry row: the clock stamp, its author, and up to `maxBoxLines` widget
    /// lines over the stamp (blanks between). Empty when the text has none.
    func liveEntryRows(_ lines: [ClassifiedLine], facts: LineFacts) -> [Int] {
        var rows: [Int] = []
        for s in lines.indices where facts.shape[s] == .widget && lines[s].words <= 3 {
            guard case .stripped = lines[s].kind, lines.withContentBytes(s, Self.isClockStamp) else { continue }
            // Below: the entry's author (`live_author`, a widget) at most, then prose.
            guard var b = facts.nonBlank(after: s) else { continue }
            var author: Int?
            if facts.shape[b] == .widget, lines[b].words <= 3, case .stripped(LiveEntryAuthor.rule, _) = lines[b].kind {
                author = b
                guard let n = facts.nonBlank(after: b) else { continue }
                b = n
            }
            guard facts.shape[b] == .body, !facts.bullet[b], lines[b].words >= config.proseMinWords else { continue }
            rows.append(s)
            if let a = author { rows.append(a) }
            var k = s
            var n = 0
            while n < Self.maxBoxLines, let p = facts.nonBlank(before: k), facts.shape[p] == .widget, Self.isBoxLine(lines[p]) {
                rows.append(p); k = p; n += 1
            }
        }
        return rows
    }
}
