/// A headline-less lede that ends on a colon (`Here's a look back at a few key moments during the
/// trial:`) under a trailer: a paragraph announcing what comes under it, in the story above. Sites
/// set the writers' credit (`Staff writers … contributed to this report.`) where the news copy
/// ends and run a timeline, a list or a transcript on under it; the credit and an ad slot read as
/// a page's edge, and the announcing line as the next page's lede. A story opens on what happened,
/// not on a colon; a dateline lede (`WASHINGTON (AP) — Here is what we know:`) is not asked, nor a
/// headline (`Trump: …`), whose colon is a label's.
extension BoundaryPlanner {
    /// An announcing line is one sentence or so.
    static let colonLedeMaxWords = 30

    static func isColonLede(_ i: Int, _ s: ScoredLine, _ lines: [ClassifiedLine]) -> Bool {
        guard s.fired.contains(.furnitureBlock) || s.fired.contains(.trailerEdge),
              s.fired.contains(.trailerBefore), lines[i].words <= colonLedeMaxWords else { return false }
        return lines.withContentBytes(i) { u in
            var end = u.count
            while end > 0, u[end - 1] == 0x20 { end -= 1 }
            return end > 0 && u[end - 1] == UInt8(ascii: ":")
        }
    }
}
