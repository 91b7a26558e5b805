/// Dump-level votes: the planner reads a dump's house style from its confident starts (most
/// headlines carry a header block, come under a wide gap, ...) and then demotes the starts unlike
/// it. A vote that lands exactly on its bar has shown no style: two headlines with a header block
/// and two without (a caption's credit under two of a plain dump's headlines) say nothing about
/// the other two, yet reading the tie as a majority cost each of them `unlike_dump_headlines`
/// and glued their stories to the ones before. With `header_style_ties_abstain` such a vote
/// abstains (the style check is left out) instead of acting.
extension BoundaryPlanner {
    /// Whether `marked` of `count` reach `share`; on the bar exactly, false when ties abstain.
    static func votes(_ marked: Int, of count: Int, share: Double, tiesAbstain: Bool) -> Bool {
        let bar = share * Double(count)
        return tiesAbstain ? Double(marked) > bar : Double(marked) >= bar
    }
}
