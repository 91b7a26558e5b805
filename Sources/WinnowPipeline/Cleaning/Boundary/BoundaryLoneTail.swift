/// A text's only start, below body text of its own, whose story runs to the end of the text in
/// fewer than `min_story_words` body words: the end of the story above (an editor's note, a
/// contributor line or a paywall notice under the sign-off and a newsletter box), not a story.
/// The story-length prior (`applyLengthPrior`) weighs the stories between starts; with one start
/// there was nothing to weigh, and the text's top (the splitter opens a story there anyway) was
/// left out, so such a tail stood as a story of one line (allsides-dev: 13 single-article
/// records). A start at the text's top is left alone: it only titles the text's one story.
extension BoundaryPlanner {
    /// `words[i]`: body words of lines before i (`applyLengthPrior`).
    func dropLoneShortTail(_ candidates: inout [Candidate], _ lines: [ClassifiedLine], _ words: [Int],
                           _ plan: inout Plan) {
        guard candidates.count == 1, config.minStoryWords > 0 else { return }
        let c = candidates[0]
        let from = c.start.isTitle ? c.line + 1 : c.line
        // Body text above it, and too little below it to be a story. A title with no body under it
        // is left: its story is empty and the splitter drops it with its line, the page's tags or
        // close button (`Senate`, `×`), which must not join the article's text.
        let below = words[lines.count] - words[from]
        guard words[c.line] > 0, below > 0, below < config.minStoryWords else { return }
        var s = c.start.scored
        s.note("dropped by the story-length prior (the text's only start, a short tail under its own text)")
        plan.rejected[c.line] = s
        plan.lengthDropped.insert(c.line)
        candidates = []
    }
}
