/// A teaser set right under the headline and printed again under the header: the headline titles.
///
/// Some portals set the headline and, on the very next line, the article's opening sentence or
/// its photo's caption as a teaser, then the byline, time stamps and share row, then the article,
/// which prints the teaser again (`Food brands are phasing out racist mascots. Will sports teams
/// follow?` / `Norma Dunning still remembers …` / `By …` / `Published …` / `Norma Dunning still
/// remembers …`). The teaser scores as the page's headline (`header_repeat`: a line printed again
/// under its header, as many sites do their headline) and the story-length prior keeps it over
/// the headline right above it: the story was titled with its own lede or caption.
///
/// A headline's second copy has its first copy over the header (`BoundaryFirstCopy.swift`), with
/// no headline-shaped title start right over it. Here the line right above the repeated one (no
/// blank line between) is a title start the prior dropped that reads as a headline
/// (`isDroppedHeadline`), set apart from the text above (a stripped line, a section label, or the
/// text's start over it), and the repeated line is longer than it and not the same headline
/// worded again: the start moves up to it, and the teaser, printed whole below, leaves the header
/// (`markRepeatedDeks`).
extension BoundaryPlanner {
    func liftOverRepeatedTeasers(_ candidates: inout [Candidate], _ lines: [ClassifiedLine], _ plan: inout Plan) {
        let facts = plan.facts
        for k in candidates.indices where candidates[k].start.isTitle {
            let i = candidates[k].line
            let s = candidates[k].start.scored
            guard i > 0, s.fired.contains(.headerRepeat), !s.fired.contains(.repeatsAbove) else { continue }
            let h = i - 1
            guard facts.shape[h] == .body, k == 0 || candidates[k - 1].line < h,
                  plan.lengthDroppedTitles.contains(h), isDroppedHeadline(h, lines, plan) else { continue }
            // Over prose the line is the story above's last one, not a page's headline.
            if let a = facts.nonBlank(before: h), facts.shape[a] == .body { continue }
            // A teaser says more than the headline; a line as short, or one the line above restates
            // (`Senate report knocks State on Benghazi` over `Senate Benghazi report knocks State`),
            // is the article's own headline set as its copy's first line, which the copy keeps.
            guard lines[i].words > lines[h].words, !Self.restatesTitle(h, over: i, lines) else { continue }
            // A line trailing off on a function word (`This story was originally published on`) is
            // the story above's sign-off cut at its link, no headline.
            guard !lines.withContentBytes(h, { Reflow.isTitleFunctionWord(Reflow.lastWord($0)) }) else { continue }
            moveTitleStart(k, to: h, note: "headline right over a teaser the page prints again under its header (line \(i + 1))", &candidates, &plan)
            markRepeatedDeks([i], lines, &plan)
        }
    }
}
