/// The lines around one line that a check searches for its copy or its kin: a headline printed
/// again (`repeats_above`, 16 lines above; `repeated_promo`, 300 either side but not the nearest
/// 16), other live-blog entry headings (`live_entry_heading`, 300 either side), a post signature
/// near a tweet (`EmbedSignature.inRoundup`, 4 either side). Each check had its own loop with its
/// own clipping; one search keeps the reach a parameter and the test per line the caller's.
///
/// The window runs from `above` lines above line `i` to `below` lines below it, clipped to the
/// text, never `i` itself, and skips the `skipNear` lines nearest `i` on each side (another check
/// takes those: `repeated_promo` leaves a page header's second copy to `repeats_above`). The
/// skipped lines are not visited at all, so the test runs only on lines in reach. Lines are
/// visited top to bottom; the checks ask only whether (or how often) a line matches, so the order
/// does not change an answer, only when the search stops.
struct LineReach {
    let above: Int
    let below: Int
    var skipNear = 0

    /// `reach` lines on either side.
    static func around(_ reach: Int, skipNear: Int = 0) -> LineReach {
        LineReach(above: reach, below: reach, skipNear: skipNear)
    }

    /// `reach` lines above only.
    static func above(_ reach: Int) -> LineReach { LineReach(above: reach, below: 0) }

    /// The lines within reach of line `i` in a text of `lineCount` lines that `match`, counted
    /// up to `limit` (the search stops there: the caller asks for "at least `limit`").
    @inline(__always)
    func count(around i: Int, lineCount: Int, upTo limit: Int, where match: (Int) -> Bool) -> Int {
        var found = 0
        // Above: from the top of the window down to the last line not skipped.
        var j = max(0, i - above)
        let aboveEnd = i - skipNear  // exclusive
        while j < aboveEnd {
            if match(j) { found += 1; if found >= limit { return found } }
            j += 1
        }
        // Below: from the first line not skipped to the bottom of the window.
        j = i + 1 + skipNear
        let belowEnd = min(lineCount - 1, i + below)
        while j <= belowEnd {
            if match(j) { found += 1; if found >= limit { return found } }
            j += 1
        }
        return found
    }

    /// Some line within reach of line `i` matches.
    @inline(__always)
    func contains(around i: Int, lineCount: Int, where match: (Int) -> Bool) -> Bool {
        count(around: i, lineCount: lineCount, upTo: 1, where: match) > 0
    }
}
