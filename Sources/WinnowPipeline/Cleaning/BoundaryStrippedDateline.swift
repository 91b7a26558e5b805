/// A wire lede whose first line a cleaning rule stripped (`LISBON, Nov 4 (AFP) - The opinions
/// expressed by columnists …` as a disclaimer, `… - Spencer Platt/Getty Images` as a credit): the
/// rule matched the rest of the line, but its wire dateline still marks where a story opens, so
/// the body line right below it starts that story as a dateline lede would (`stripped_dateline`).
extension BoundaryScorer {
    /// Body line `i` sits right under a stripped line that opens with a wire dateline.
    func underStrippedDateline(_ i: Int, in lines: [ClassifiedLine], facts: LineFacts) -> Bool {
        guard weights[.strippedDateline] != 0, i > 0 else { return false }
        switch facts.shape[i - 1] {
        case .body, .blank: return false
        default: break
        }
        let above = lines[i - 1].content
        return BoundaryPlanner.isWireDateline(above, maxBytes: config.datelineMaxChars) && datelines.place(in: above) != nil
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
