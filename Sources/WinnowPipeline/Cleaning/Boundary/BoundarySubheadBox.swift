/// A column's box of its own subheads under its header: a lead-in cut off by an ellipsis
/// (`Also ...`, `More…`), then the titles of the column's sections (`Costas vs. Putin` /
/// `Heavy-handed New York Times?` / `Heating up: Climate change advocates try to silence …`), each
/// of which the column prints again below as a subhead. The last title reads as a headline over
/// the lede, so the start landed there and the lead-in and the titles above it were left as the
/// last lines of the story before (or, on the box's first title, the lead-in alone). A box listing the story's own subheads opens that story: the
/// start moves up to the lead-in, and the box's titles stay in the text (they are no headline).
/// A related-links box lists other stories, whose titles do not come back below as subheads.
extension BoundaryPlanner {
    /// Titles a box may hold above the start, and content lines searched below it for a repeat.
    static let maxBoxTitles = 6, boxRepeatReach = 200

    func moveStartsOverSubheadBoxes(_ candidates: inout [Candidate], _ lines: [ClassifiedLine], _ plan: inout Plan) {
        let facts = plan.facts
        for k in candidates.indices {
            let i = candidates[k].line
            let floor = k > 0 ? candidates[k - 1].line : -1
            // Walk up over the box's titles (short, no sentence end) and blank lines to the lead-in.
            var p = i - 1, titles: [Int] = [], lead: Int?
            while p > floor {
                if facts.shape[p] == .blank { p -= 1; continue }
                guard facts.shape[p] == .body else { break }
                if lines.withContentBytes(p, Self.isEllipsisLeadIn) { lead = p; break }
                guard lines[p].words <= config.maxWords, facts.ending[p] != .sentence, titles.count < Self.maxBoxTitles else { break }
                titles.append(p)
                p -= 1
            }
            // The start's own line is the box's last title (or its only one, the start on it).
            guard let lead, lines[i].words <= config.maxWords, facts.ending[i] != .sentence else { continue }
            // The box is the story's own: one of its titles (or the start's line) comes back below.
            let next = k + 1 < candidates.count ? candidates[k + 1].line : lines.count
            guard (titles + [i]).contains(where: { Self.repeatsBelow($0, from: i + 1, before: min(next, i + Self.boxRepeatReach), lines, facts) }) else { continue }
            var start = candidates[k].start
            plan.rejected[lead] = nil
            plan.rejected[i] = start.scored
            start.isTitle = false
            start.titleLine = nil
            start.scored.note("moved up over the box of its own subheads at line \(lead + 1)")
            candidates[k] = Candidate(lead, start)
        }
    }

    /// A lead-in of one or two words cut off by an ellipsis (`Also ...`, `Also…`, `More...`).
    static func isEllipsisLeadIn(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = u.count
        while end > 0 && u[end - 1] == 0x20 { end -= 1 }
        var dots = end
        if end >= 3 && u[end - 3] == 0xE2 && u[end - 2] == 0x80 && u[end - 1] == 0xA6 { dots = end - 3 }
        else if end >= 3 && u[end - 1] == 0x2E && u[end - 2] == 0x2E && u[end - 3] == 0x2E { dots = end - 3 }
        else { return false }
        var words = 0, inWord = false
        for b in u[0..<dots] {
            if b == 0x20 { inWord = false; continue }
            guard b.isASCIILetter else { return false }
            if !inWord { words += 1; inWord = true }
        }
        return words >= 1 && words <= 2 && u[0].isASCIIUpper
    }

    /// Line `i`'s content comes back whole as a body line in `from..<before`.
    static func repeatsBelow(_ i: Int, from: Int, before: Int, _ lines: [ClassifiedLine], _ facts: LineFacts) -> Bool {
        var j = from
        while j < before && j < lines.count {
            if facts.shape[j] == .body && lines[j].words == lines[i].words
                && lines[j].content.utf8.elementsEqual(lines[i].content.utf8) { return true }
            j += 1
        }
        return false
    }
}
