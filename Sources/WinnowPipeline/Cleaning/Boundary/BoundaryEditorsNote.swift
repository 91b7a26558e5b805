/// An editor's note under a page's header opens its article.
///
/// Opinion pages set a note on the author between the header and the lede (`Editor's note: Newt
/// Gingrich is author of … The opinions expressed in this commentary are solely those of the
/// author.` / `(CNN) -- Friday's White House meeting …`). The headline takes a dateline lede right
/// under its header as its own (`mergeHeadlineLedes`); with the note between, the lede stood as a
/// start of its own and the article lost its body to a headline-less story (x9102: a labelled
/// headline once its dek no longer ran on into it). A dateline lede whose paragraph above (blank
/// lines between) is an editor's note, itself right under a header (the header's stripped furniture,
/// not a trailer, or a headline start), is that note's article's lede: no start. A note also closes
/// stories (`Editor's note: An earlier version …`), and a headline-less story may open with one
/// under the trailer of the story above (dev sets): there the lede below keeps its start.
///
/// When no start stands over that header (its headline, if it has one, started nothing: a page
/// whose headline the rules stripped, under a `Read next` box), dropping the lede left the whole
/// article to the story above. The start moves up to the note instead: it opens its article.
extension BoundaryPlanner {
    func dropLedesUnderEditorsNotes(_ candidates: inout [Candidate], _ lines: [ClassifiedLine], _ plan: inout Plan) {
        let titles = Set(candidates.filter { $0.start.isTitle }.map(\.line))
        let starts = Set(candidates.map(\.line))
        let facts = plan.facts
        var moved: [Candidate] = []
        candidates = candidates.filter { c in
            guard !c.start.isTitle, c.start.scored.fired.contains(.datelineStart),
                  !c.start.scored.fired.contains(.trailerBefore) else { return true }
            guard let k = facts.nonBlank(before: c.line), case .body = lines[k].kind,
                  lines.withContentBytes(k, EditorsNote.opensNote) else { return true }
            // The note under a header (its stripped furniture or its headline right above it), not
            // one closing the story above (`… contributed to this report.` / `Editor's note: …`),
            // nor one at a headline-less story's top under a trailer: the lede below that note
            // may start the next story.
            guard let h = facts.nonBlank(before: k) else { return true }
            let underHeader: Bool
            if case .stripped = lines[h].kind { underHeader = facts.shape[h] != .trailer } else { underHeader = titles.contains(h) }
            guard underHeader else { return true }
            var s = c.start.scored
            s.note("lede under the editor's note at line \(k + 1)")
            plan.rejected[c.line] = s
            if case .stripped = lines[h].kind, !starts.contains(k), !Self.startOverHeader(h, starts, facts) {
                var up = c.start
                up.scored.note("the editor's note under a header no start stands over opens its article (lede at line \(c.line + 1))")
                plan.rejected[k] = nil
                moved.append(Candidate(k, up))
            }
            return false
        }
        if !moved.isEmpty { candidates = (candidates + moved).sorted { $0.line < $1.line } }
    }

    /// The first body line over the header block that ends at stripped line `h` is a planned start.
    static func startOverHeader(_ h: Int, _ starts: Set<Int>, _ facts: LineFacts) -> Bool {
        var a = h
        while a >= 0 && facts.shape[a] != .body { a -= 1 }
        return a >= 0 && starts.contains(a)
    }
}

/// A bare `Editor's Note:` on a line of its own announces the line below it, inside the article:
/// a promo the page sets between two paragraphs (`Editor's Note:` / `Should ObamaCare Be Repealed?
/// Vote in Urgent National Poll`), which reads as a headline under prose. Every bare note of the
/// dev sets (a3, b2, h3, i3, w2, x9102–x9104) sits inside its story; the line under it starts none,
/// nor does the paragraph under that promo, which the build would lift to it as to a headline over
/// its header (b2: note, promo, a stripped `READ MORE:` link, the next paragraph).
extension BoundaryPlanner {
    /// The bare note over line `i`: right above it, or above the one content line over it (blank
    /// and stripped lines between); nil if there is none.
    func bareNote(over i: Int, _ lines: [ClassifiedLine], _ facts: LineFacts) -> Int? {
        var content = 0
        var p = i - 1
        while p >= 0 && p >= i - 8 {
            defer { p -= 1 }
            if facts.shape[p] == .blank { continue }
            if lines.withContentBytes(p, EditorsNote.isBareNote) { return p }
            guard case .body = lines[p].kind else { continue }
            content += 1
            if content == 2 { return nil }
        }
        return nil
    }

    func dropStartsUnderBareNotes(_ candidates: inout [Candidate], _ lines: [ClassifiedLine], _ plan: inout Plan) {
        let facts = plan.facts
        candidates = candidates.filter { c in
            guard let k = bareNote(over: c.line, lines, facts) else { return true }
            var s = c.start.scored
            s.note("announced by the bare editor's note at line \(k + 1)")
            plan.rejected[c.line] = s
            return false
        }
    }
}
