/// A column's run-in section heads (`POLL CHECK - Real Clear Politics Averages`, `KT FROM CAIRO -
/// Fox News Security Analyst …`) have a bare capitals dateline's shape (`CAIRO - …`), so each
/// opened a story of its own inside one newsletter. A dateline opens a story once, and a story runs
/// several paragraphs, so bare dash datelines stand far apart; a column's heads come every few
/// paragraphs, one under the next. Where `dash_head_run` bare dash openings (the line's own
/// counted) lie within `dash_head_gap_lines` content lines of one, they are section heads, not
/// ledes. A place in `split.dateline_places` stays a dateline (a page of one-paragraph briefs).
/// A qualified dateline (`TRENTON, N.J. (AP) -`, `CAIRO, March 10 (Reuters) -`) is never a head.
extension BoundaryPlanner {
    /// Which of the dateline openings `found` (line indices, in order) are run-in section heads:
    /// a flag per entry of `found`. `bodyIndex` numbers the content lines.
    func dashHeadRuns(_ found: [Int], colon: [Bool], _ lines: [ClassifiedLine], places: LineSlots<String>,
                      bodyIndex: [Int]) -> [Bool] {
        var heads = [Bool](repeating: false, count: found.count)
        let run = config.dashHeadRun, gap = config.dashHeadGapLines
        guard run > 1, found.count >= run else { return heads }
        // Content-line numbers of the bare dash openings, and which entry of `found` each is.
        var at: [Int] = [], entry: [Int] = []
        for (k, i) in found.enumerated() where !colon[k] {
            guard let place = places[i], Self.isBareDashLabel(lines[i].content, place: place) else { continue }
            at.append(bodyIndex[i]); entry.append(k)
        }
        guard at.count >= run else { return heads }
        var lo = 0, hi = 0
        for (n, b) in at.enumerated() {
            while at[lo] < b - gap { lo += 1 }
            while hi + 1 < at.count && at[hi + 1] <= b + gap { hi += 1 }
            guard hi - lo + 1 >= run else { continue }
            let i = found[entry[n]]
            if !StorySplitter.labelNamesKnownPlace(places[i]!, config: config) { heads[entry[n]] = true }
        }
        return heads
    }

    /// The line opens with a bare label set off by a dash (`POLL CHECK - `, `KT FROM CAIRO — `):
    /// no bracket, comma, date or agency between the place and the dash.
    static func isBareDashLabel(_ content: some StringProtocol, place: String) -> Bool {
        let p = place.utf8
        guard !p.contains(0x2C), !p.contains(0x28) else { return false }
        let u = content.utf8
        guard u.first != 0x28 else { return false }
        let rest = u.dropFirst(p.count).drop { $0 == 0x20 }
        guard let sep = rest.first else { return false }
        if sep == 0x2D { return true }
        // An en or em dash (E2 80 93 / E2 80 94).
        return sep == 0xE2 && rest.dropFirst().first == 0x80 && (rest.dropFirst(2).first.map { $0 == 0x93 || $0 == 0x94 } ?? false)
    }
}
