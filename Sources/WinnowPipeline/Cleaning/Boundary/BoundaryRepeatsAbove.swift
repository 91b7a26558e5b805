/// `repeats_above`: a headline candidate printed a few lines above already (same `LineKey`, a
/// body line) is that line's second copy: a page that opens with its headline and dek sets them
/// again over its text (`Zoom Is a Nightmare…` / `And will we keep using it…?` / byline, key
/// points / the headline again / the dek again / photo credit / lede), and a doubled paragraph
/// prints a line twice. A new story's headline is new to the page: it repeats below itself (a page
/// header, `repeated_after`), not above.
extension BoundaryScorer {
    /// Lines above a candidate searched for its first copy: a page header's height.
    static let repeatReach = 16

    /// A body line within `repeatReach` lines above line `i` has its key.
    func repeatsAbove(_ i: Int, in lines: [ClassifiedLine], facts: LineFacts) -> Bool {
        let key = lines[i].key
        // The key first: it rarely matches, so the shape is read only for a match (asked of every
        // title candidate, 16 lines each).
        return LineReach.above(Self.repeatReach).contains(around: i, lineCount: lines.count) { j in
            lines[j].key == key && facts.shape[j] == .body
        }
    }
}
