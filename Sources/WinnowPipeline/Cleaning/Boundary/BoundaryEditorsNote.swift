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
extension BoundaryPlanner {
    func dropLedesUnderEditorsNotes(_ candidates: inout [(line: Int, start: Start)], _ lines: [ClassifiedLine], _ plan: inout Plan) {
        let titles = Set(candidates.filter { $0.start.isTitle }.map(\.line))
        let facts = plan.facts
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
            return false
        }
    }
}
