/// The text's top above its first start, with fewer than `min_story_words` body words in
/// sentences (an author's bio line, an op-ed's introduction, a picture's caption), over a lede
/// start (a dateline lede, a prose lede under furniture), is no story of its own: the
/// story-length prior (`applyLengthPrior`) holds every story to that length, but the top, where
/// the splitter opens a story anyway, was left out of it, so such a line stood alone as a story
/// (allsides-dev: ~20 single-article records). The lede start is dropped: the story opens at the
/// top. A title start is left alone: the lines over a headline are as often the page's kicker,
/// its headline ending in `...` or a short label over a dek (b1: three titles moved), which
/// title the story as it stands.
extension BoundaryPlanner {
    /// `words[i]`: body words of lines before i (`applyLengthPrior`).
    func joinShortTop(_ candidates: inout [Candidate], _ lines: [ClassifiedLine], _ words: [Int],
                      _ plan: inout Plan) {
        guard config.minStoryWords > 0, let c = candidates.first, !c.start.isTitle, c.start.titleLine == nil,
              words[c.line] > 0, words[c.line] < config.minStoryWords,
              let top = plan.facts.shape.firstIndex(of: .body), top < c.line else { return }
        // Sentences only, and nothing stripped between: a line of headline shape up there (open or
        // a question) is the page's own headline or kicker over its lede, and a byline, time
        // stamp or widget makes the lines above a page header the header lift titles the lede
        // with (`BoundaryHeaderLift.swift`: b1's `Four Quitters Walk Into a Bar...`).
        let facts = plan.facts
        guard (top..<c.line).allSatisfy({ facts.shape[$0] == .blank || facts.shape[$0] == .body && facts.ending[$0] == .sentence }) else { return }
        var s = c.start.scored
        s.note("dropped by the story-length prior (the text's top above it is too short to be a story)")
        plan.rejected[c.line] = s
        plan.lengthDropped.insert(c.line)
        candidates.removeFirst()
    }
}
