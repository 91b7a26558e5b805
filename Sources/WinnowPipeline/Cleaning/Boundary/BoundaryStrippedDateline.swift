/// A wire lede whose first line a cleaning rule stripped (`LISBON, Nov 4 (AFP) - The opinions
/// expressed by columnists …` as a disclaimer, `… - Spencer Platt/Getty Images` as a credit): the
/// rule matched the rest of the line, but its wire dateline still marks where a story opens, so
/// the body line below it (past the rest of the stripped paragraph) starts that story as a
/// dateline lede would (`stripped_dateline`).
extension BoundaryScorer {
    /// Body line `i` sits under a stripped line that opens with a wire dateline, with only stripped
    /// lines (the rest of the wrapped paragraph) and blanks between.
    func underStrippedDateline(_ i: Int, in lines: [ClassifiedLine], facts: LineFacts) -> Bool {
        guard weights[.strippedDateline] != 0, i > 0, facts.shape[i - 1] != .body else { return false }
        let body = facts.previousBody(before: i) ?? -1
        for p in stride(from: i - 1, to: body, by: -1) where facts.shape[p] != .blank {
            if lines.withContentBytes(p, { above in
                BoundaryPlanner.isWireDateline(above, maxBytes: config.datelineMaxChars) && datelines.place(bytes: above) != nil
            }) { return true }
        }
        return false
    }

    /// The start score of a line under a stripped wire dateline: `stripped_dateline` in place of
    /// `dateline_start`, and what precedes the stripped line.
    func strippedDatelineStart(_ i: Int, in lines: [ClassifiedLine], facts: LineFacts) -> ScoredLine {
        var s = ScoredLine()
        s.add(.strippedDateline, weights)
        addBefore(i, lines, facts, &s)
        return s
    }
}
