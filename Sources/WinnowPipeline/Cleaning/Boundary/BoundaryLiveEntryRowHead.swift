/// A live blog's entry heading over its entry row: a running story sets each entry under a heading
/// (in capitals, or a list item of the entry above), then its share row (`Link copied`, `Share this
/// post`), then a clock stamp alone on its line (`6:20AM EST`, `10:50 p.m. ET`) and the entry's
/// prose. A page's headline sits over its byline and a stamp with a date (`March 3, 2024 10:15`);
/// a bare clock time is what a running story prints between its own entries
/// (`BoundaryLiveClock.swift`). So a line whose next lines are such a row is the entry's heading
/// inside the page around it, not a page start (`entry_row_after`). The row's widgets alone were
/// made in-article (`BoundaryInArticleLiveEntry.swift`), but the heading still scored a start on
/// shape and prose below (portal live blogs: capitals heads over `Link copied` / `6:20AM EST`,
/// a sanctuary-law list item over `Share this post` / `10:50 p.m. ET`). Over 12,577 gold headlines
/// of the public and fresh dev sets none stands over a clock stamp within four short lines.
extension BoundaryScorer {
    /// Line `i` stands over an entry row: up to `maxBoxLines` box lines (widgets, learned lines,
    /// blanks between), then a stripped clock stamp alone (`isClockStamp`), then, past the entry's
    /// author (`live_author`) if any, a prose paragraph.
    func overLiveEntryRow(_ i: Int, in lines: [ClassifiedLine], facts: LineFacts) -> Bool {
        var k = i
        var n = 0
        while let j = facts.nonBlank(after: k) {
            guard case .stripped = lines[j].kind else { return false }
            if lines[j].words <= 3 && lines.withContentBytes(j, Self.isClockStamp) {
                guard var b = facts.nonBlank(after: j) else { return false }
                if case .stripped(LiveEntryAuthor.rule, _) = lines[b].kind {
                    guard let m = facts.nonBlank(after: b) else { return false }
                    b = m
                }
                return facts.shape[b] == .body && !facts.bullet[b] && lines[b].words >= config.proseMinWords
            }
            guard n < Self.maxBoxLines, Self.isBoxLine(lines[j]) else { return false }
            k = j
            n += 1
        }
        return false
    }
}
