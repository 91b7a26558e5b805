/// A headline inside a JSONL record whose whole text comes back in the line right under it, after a
/// `|` (a scraper's glued caption and credit: `… to power. | AP Photo John Boehner's parting gift to
/// Paul Ryan Passage of …`), is a page's own header printed twice, the way a page prints its title
/// tag (`Headline | Site`): an article repeats no subhead of its own inside a caption, so the line
/// opens a second article glued into the record and `unlike_record_headlines` leaves it a start
/// (`BoundaryRecord.swift`). The `|` is asked for: a prose lede that quotes a short subhead's words
/// (`Call it the Paul Ryan protection plan.`) carries no such separator before them. Nor is such an
/// echo the article quoting its own line (`quoted_below`, `BoundaryQuotedBelow.swift`).
extension BoundaryPlanner {
    /// The first content line under `i` (blanks between) holds line `i`'s text, case for case, after
    /// a `|` and on a word edge. Only for candidates, so the copy of the headline's bytes is cheap.
    static func echoedInCaption(_ i: Int, _ lines: [ClassifiedLine]) -> Bool {
        var j = i + 1
        while j < lines.count, case .blank = lines[j].kind { j += 1 }
        guard j < lines.count, case .body = lines[j].kind else { return false }
        let head = lines.withContentBytes(i) { Array($0) }
        guard head.count >= minEchoBytes else { return false }
        return head.withUnsafeBufferPointer { h in lines.withContentBytes(j) { u in echo(of: h, in: u) } }
    }

    /// `head` appears in `u` after a `|`, followed by a space or the line's end.
    static func echo(of head: UnsafeBufferPointer<UInt8>, in u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !head.isEmpty, let bar = u.firstIndex(of: 0x7C), u.count - bar > head.count else { return false }
        var from = bar + 1
        while let k = ByteSearch.offset(of: head, in: u, from: from) {
            let e = k + head.count
            if u[k - 1] == 0x20 && (e == u.count || u[e] == 0x20) { return true }
            from = k + 1
        }
        return false
    }

    /// Shorter lines (`Photos`, a two-word label) come back in captions by chance.
    static let minEchoBytes = 20
}
