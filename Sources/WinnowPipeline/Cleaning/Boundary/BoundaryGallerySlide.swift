/// A subhead over a slide of the story's own gallery. A gallery article sets its slides between
/// its paragraphs: a counter (`4 / 11`, `Imagen 7 de 7`, `Photo 3 of 12`), a caption and a credit,
/// stripped. A subhead right over such a slide reads as a headline over its header furniture
/// (`credit_after`, `widget_after`) and started a story mid-article (p1 gallery). A counter past
/// the first slide says the gallery began above: a new article's own gallery opens at its first
/// slide. So a title start whose first stripped line below (blank lines between) is a slide
/// counter numbered 2 or more is no start. A page counter (`Page 3 of 7`) is no slide.
extension BoundaryPlanner {
    /// Longest counter line, in bytes (`Immagine 12 di 12`, `Slide 10 of 24`).
    static let maxSlideCounterBytes = 28

    func dropTitlesOverLaterSlides(_ candidates: inout [Candidate], _ lines: [ClassifiedLine], _ plan: inout Plan) {
        let facts = plan.facts
        var drop: [Int] = []
        for k in candidates.indices where candidates[k].start.isTitle {
            guard let j = facts.nonBlank(after: candidates[k].line), case .stripped = lines[j].kind,
                  lines.withContentBytes(j, { Self.laterSlideCounter($0) }) else { continue }
            drop.append(k)
        }
        guard !drop.isEmpty else { return }
        for k in drop {
            var s = candidates[k].start.scored
            s.note("subhead over a later slide of the story's gallery: no start")
            plan.rejected[candidates[k].line] = s
        }
        let dropped = Set(drop)
        candidates = candidates.indices.filter { !dropped.contains($0) }.map { candidates[$0] }
    }

    /// The line is a slide counter past the first slide: a short line whose last two numbers are
    /// `n` and `m` with 2 <= n <= m, parted by a slash or one short word (`of`, `de`, `di`, `van`),
    /// with at most one word before them (`Photo`, `Imagen`) and nothing after.
    static func laterSlideCounter(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard u.count >= 3, u.count <= maxSlideCounterBytes else { return false }
        func isDigit(_ b: UInt8) -> Bool { b.isASCIIDigit }
        var e = u.count
        while e > 0 && u[e - 1] == 0x20 { e -= 1 }
        // The total, at the end.
        var s = e
        var m = 0
        while s > 0 && isDigit(u[s - 1]) { s -= 1 }
        guard s < e, e - s <= 3 else { return false }
        for b in u[s..<e] { m = m * 10 + Int(b - 0x30) }
        // The separator: ` / `, `/`, or a word of 1-4 lower-case letters between spaces.
        var p = s
        while p > 0 && u[p - 1] == 0x20 { p -= 1 }
        guard p > 0 else { return false }
        if u[p - 1] == 0x2F {
            p -= 1
        } else {
            let wordEnd = p
            while p > 0 && u[p - 1].isASCIILower { p -= 1 }
            guard wordEnd - p >= 1, wordEnd - p <= 4, p < s, p > 0, u[p - 1] == 0x20 else { return false }
        }
        while p > 0 && u[p - 1] == 0x20 { p -= 1 }
        // The slide's number.
        let ne = p
        while p > 0 && isDigit(u[p - 1]) { p -= 1 }
        guard p < ne, ne - p <= 3 else { return false }
        var n = 0
        for b in u[p..<ne] { n = n * 10 + Int(b - 0x30) }
        guard n >= 2, n <= m else { return false }
        // Before it: nothing, or one word of letters.
        guard p > 0 else { return true }
        guard u[p - 1] == 0x20 else { return false }
        let word = UnsafeBufferPointer(rebasing: u[..<(p - 1)])
        return !word.contains(0x20) && !word.contains(where: isDigit) && !namesPage(word)
    }

    /// A page counter (`Page 3 of 7`, `Página 2 de 5`, `Seite 2 von 4`) parts a story printed over
    /// several pages, whose next page may open another story: no gallery's slide.
    static func namesPage(_ w: UnsafeBufferPointer<UInt8>) -> Bool {
        pageWords.contains { ByteSearch.hasPrefixFoldingASCII(w, $0) }
    }
    private static let pageWords = ["pag", "p\u{E1}g", "seite"].map { Array($0.utf8) }
}
