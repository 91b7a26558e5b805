/// A printed head the reflow left over several lines: a paper sets its heads in larger type than
/// its column, so a head's wrap is not the column's and the reflow's width test reads a line of
/// it as whole (`TWO ENLISTEES IN THE CLIMATE` / `WARS`, `DONALD TRUMP: AMERICA NEEDS "FAIR
/// TRADE,"` / `NOT "FREE TRADE"`). The planner started the story at its first line
/// (`printed_head`, `BoundaryPrintedHead.swift`); each capitals line right under it, no blank
/// between, goes on with the title rather than standing as header furniture or the lede.
/// Only under a start marked `printed_head`: elsewhere a capitals line under a capitals headline
/// may be a dek or a label of its own.
extension StorySplitter {
    /// Header line `i` of a story titled at line `h` goes on with the title: the start at `h`
    /// carries `printed_head`, and every line from `h + 1` through `i` is a body line in capitals
    /// (no blank between), no byline, within `printedHeadMaxLines` of `h`.
    static func continuesPrintedHead(_ i: Int, title h: Int, plan: BoundaryPlanner.Plan, in lines: [ClassifiedLine]) -> Bool {
        guard i > h, i - h < BoundaryPlanner.printedHeadMaxLines,
              plan.starts[h]?.scored.fired.contains(.printedHead) == true else { return false }
        return (h + 1...i).allSatisfy { k in
            plan.facts.shape[k] == .body && !plan.facts.byline[k] && lines.withContentBytes(k, SplitText.isAllCapitals)
        }
    }
}
