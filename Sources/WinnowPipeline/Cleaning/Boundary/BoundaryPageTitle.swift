/// An untitled start planned at a page's title tag over its labelled headline. The tag (`OPINION: Trump
/// keeps … - The Evening Tribune`) may open like a dateline and start a story as a lede would; the
/// headline under it with a label before it (`Live updates: OPINION: Trump keeps …`) shares its
/// words, so it is dropped as a subhead of that start (`story_overlap`), and the story is left with
/// no title. When the next body line under a start (blank lines between) ends with the start
/// line's text before its ` - Site` suffix, the start moves down to that line as a title; the
/// splitter then strips the tag over it (`StorySplitter+PageTitle.swift`).
extension BoundaryPlanner {
    func moveStartsOffTitleTags(_ candidates: inout [Candidate], _ lines: [ClassifiedLine], _ plan: inout Plan) {
        let facts = plan.facts
        // A title start at the tag is the site-suffix repeat's (`StorySplitter+SiteSuffix.swift`):
        // only a start read as a lede moves.
        for k in candidates.indices where !candidates[k].start.isTitle && candidates[k].start.titleLine == nil {
            let t = candidates[k].line
            guard let i = facts.nonBlank(after: t), facts.shape[i] == .body, lines[i].linkRule == nil,
                  k + 1 == candidates.count || candidates[k + 1].line > i,
                  lines[t].contentByteCount > lines[i].contentByteCount / 2,
                  StorySplitter.isTitleTag(t, naming: i, in: lines) else { continue }
            var s = plan.rejected[i] ?? ScoredLine()
            s.note("the headline under its page's title tag, where the start was planned")
            plan.rejected[i] = nil
            plan.rejected[t] = candidates[k].start.scored
            candidates[k] = Candidate(i, Start(isTitle: true, scored: s))
        }
    }

    /// A title planned right under a title tag and the headline it names (`Why Kiev's efforts … ::
    /// The Evening Sentinel` / `Why Kiev's efforts …` / `A daily roundup of …`): the tag and its
    /// bare headline are the page's header, so the headline is the title and the line the start
    /// was planned at is its dek. The tag then leaves the text (`StorySplitter+PageTitle.swift`).
    func moveTitlesUpToTaggedHeadlines(_ candidates: inout [Candidate], _ lines: [ClassifiedLine], _ plan: inout Plan) {
        let facts = plan.facts
        func bodyAbove(_ j: Int) -> Int? { facts.nonBlank(before: j).flatMap { facts.shape[$0] == .body ? $0 : nil } }
        for k in candidates.indices where candidates[k].start.isTitle && candidates[k].start.titleLine == nil {
            let j = candidates[k].line
            guard let i = bodyAbove(j), let t = bodyAbove(i), k == 0 || candidates[k - 1].line < t,
                  lines[i].linkRule == nil, StorySplitter.isTitleTag(t, naming: i, in: lines, exactly: true) else { continue }
            var s = plan.rejected[i] ?? ScoredLine()
            s.note("the headline its page's title tag names, over the line the title was planned at")
            plan.rejected[i] = nil
            plan.rejected[j] = candidates[k].start.scored
            candidates[k] = Candidate(i, Start(isTitle: true, scored: s))
        }
    }
}
