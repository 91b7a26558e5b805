/// A story pasted into a forum thread under its poster's lead-in (`Text for those who hit the
/// paywall:`, `Article:`, `Full text below:`, stripped by `forum_widget`), the post's header above
/// it (`Post by ann » …`, `r/news • Posted by u/ann`) with the poster's remark for a title (`Wow,
/// just wow.`, `Thoughts on this?`): the lede under the lead-in opens the pasted story
/// (`forum_paste_lede`). The remark reads as no headline (a sentence, a few words), and the
/// lede as a paragraph, so nothing else starts the story and it was glued to the thread above.
/// The lead-in announces the text below as another page's; no article sets one between its own
/// paragraphs, and only under a post's header is it a poster's (`forumPasteSpan`). Where the
/// post's title over the header passed as a headline (`forum_post_after`), it opens the story and
/// titles it; the lede takes nothing (the planner asks).
extension BoundaryScorer {
    /// Lines above the lead-in within which the post's header (a forum header or chrome line)
    /// stands: its remark, a `[link]` row and blanks lie between.
    static let forumPasteSpan = 6

    /// Rules of a forum post's header lines: the poster line, its buttons, the thread's chrome.
    static let forumPostHeaderRules: Set<String> = ["forum_widget", "forum_chrome"]

    /// The first non-blank line above body line `i` is a forum lead-in (a `forum_widget` line
    /// ending on a colon), with a forum header line within `forumPasteSpan` lines above it.
    func isUnderForumLeadIn(_ i: Int, in lines: [ClassifiedLine]) -> Bool {
        var j = i - 1
        while j >= 0, case .blank = lines[j].kind { j -= 1 }
        guard j > 0, lines[j].strippedRule == "forum_widget",
              lines.withTextBytes(j, { u in u.last(where: { $0 != 0x20 && $0 != 0x09 }) == 0x3A }) else { return false }
        for k in stride(from: j - 1, through: max(0, j - Self.forumPasteSpan), by: -1) {
            if let rule = lines[k].strippedRule, Self.forumPostHeaderRules.contains(rule) { return true }
        }
        return false
    }

    /// The lede under a forum lead-in, scored as the start of the pasted story.
    func forumPasteLede(_ i: Int, in lines: [ClassifiedLine], facts: LineFacts) -> ScoredLine {
        var s = ScoredLine()
        s.add(.forumPasteLede, weights)
        addBefore(i, lines, facts, &s)
        return s
    }
}

/// A pasted story whose thread title did not pass as a headline (`Topic: The IRS thought it
/// wasn't allowed to withhold stimulus checks from the dead. So it paid more than 1 million of
/// them.`: two sentences, held under the threshold) opened at its lede with no title, and left the
/// title as the last line of the thread above. The title is the line right over the post's header
/// (`Post by ann » …`) over the lead-in: a paragraph of its own of `min_words` to
/// `maxThreadTitleWords` words. The start moves up to it as a title start. A poster's remark there
/// (`Wow, just wow.`, `Thoughts on this?`: a few words) titles nothing: the lede keeps the start.
extension BoundaryPlanner {
    /// Longer than any thread title: a post's opening paragraph.
    static let maxThreadTitleWords = 40

    func liftForumPasteTitles(_ candidates: inout [Candidate], _ lines: [ClassifiedLine], _ plan: inout Plan) {
        let facts = plan.facts
        for k in candidates.indices where !candidates[k].start.isTitle && candidates[k].start.titleLine == nil
            && candidates[k].start.scored.fired.contains(.forumPasteLede) {
            let i = candidates[k].line
            // The lead-in, then the post's header lines over it (blanks between).
            guard let leadIn = facts.nonBlank(before: i) else { continue }
            var j = leadIn - 1, headers = 0
            while j >= max(0, leadIn - BoundaryScorer.forumPasteSpan) {
                if facts.shape[j] == .blank { j -= 1; continue }
                guard let rule = lines[j].strippedRule, BoundaryScorer.forumPostHeaderRules.contains(rule) else { break }
                headers += 1
                j -= 1
            }
            let floor = k == 0 ? -1 : candidates[k - 1].line
            guard headers > 0, j > floor, facts.shape[j] == .body, lines[j].words >= config.minWords, lines[j].words <= Self.maxThreadTitleWords,
                  j == 0 || facts.shape[j - 1] != .body, !facts.byline[j], lines[j].linkRule == nil else { continue }
            var start = Start(isTitle: true, scored: plan.rejected[j] ?? ScoredLine())
            start.scored.note("thread title over the post's header and lead-in of the pasted story at line \(i + 1)")
            plan.rejected[j] = nil
            plan.rejected[i] = candidates[k].start.scored
            candidates[k] = Candidate(j, start)
        }
    }
}
