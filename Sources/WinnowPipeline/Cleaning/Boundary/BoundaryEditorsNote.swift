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
    func dropLedesUnderEditorsNotes(_ candidates: inout [(line: Int, start: Start)], _ lines: [ClassifiedLine], _ plan: inout Plan) {
        let titles = Set(candidates.filter { $0.start.isTitle }.map(\.line))
        let starts = Set(candidates.map(\.line))
        let facts = plan.facts
        var moved: [(line: Int, start: Start)] = []
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
                moved.append((k, up))
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
