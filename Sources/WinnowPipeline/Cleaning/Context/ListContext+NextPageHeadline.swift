/// A list heading over one title and its time stamp: the next page's headline, no list.
///
/// A page's rails print their headings (`Trending Now`, `Recommended for you`) with no titles
/// when the scrape dropped the box; under the last one the next page begins: a label (`Breaking
/// News`, `Analysis`) or nothing, its headline, then its time stamp or byline. Read as a link list,
/// the headline went to `metadata.links` and the story opened headless (fresh wire sets w412,
/// w414: 3 titles). `ListContext+NextPageHead.swift` reads a headline over its dek so; this one a
/// headline alone: one kept title in the block, ending open, with a time stamp or byline among
/// the first two lines after it (blank lines skipped; its byline right under it in the block, and
/// the title printed again under that, are its header, no second title). A rail's box holds
/// several titles.
/// Measured (title accuracy): w412 +.0086, w414 +.0059, g122 +.0053, w201 +.0032, w313 +.0031,
/// w1 +.0028; no set moves down.
extension ListContext {
    static func isNextPageHeadline(_ items: [Int], in lines: [ClassifiedLine]) -> Bool {
        var title: Int?
        for j in items {
            guard case .body = lines[j].kind else { continue }
            if let t = title {
                // The title's own byline right under it, or the title printed again under that,
                // is the page's header, no second title (`Recommended for you` / the headline /
                // `By Jane Doe` / the headline again: fresh wire sets w803, two stories). A rail
                // whose titles carry bylines holds a second, different title.
                if j == t + 1 && isByline(j, in: lines) || j == t + 2 && lines[j].key == lines[t].key && isByline(t + 1, in: lines) { continue }
                return false
            }
            title = j
        }
        guard let t = title, lines.withContentBytes(t, LineText.ending(bytes:)) == .open else { return false }
        var k = t + 1, seen = 0
        while k < lines.count && seen < 2 {
            if lines[k].kind == .blank {
                // Past the gap a list's own spacing allows, no header of the title's.
                guard k - t <= spacedMaxGap else { return false }
            } else {
                if isByline(k, in: lines) { return true }
                if case .stripped(_, .timestamp?) = lines[k].kind { return true }
                seen += 1
            }
            k += 1
        }
        return false
    }
}
