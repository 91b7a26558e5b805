/// A dateline lede under a page edge (`edge_datelines`): a paragraph that ended, then a time stamp,
/// a byline or a separator (other furniture with it or not), then `CHICAGO — …`. A dateline opens
/// only a story's first paragraph, and an article sets no time stamp or byline over its own
/// paragraphs: the page edge and the dateline together are a new story's head, whatever words it
/// shares with the story above. Two wire stories of one news day (one outlet's politics desk) share
/// their names and terms across that edge (cohesion ~0.05-0.08), which held such a lede under the
/// threshold. A dateline under prose alone, or under a photo credit alone (an inline photo sits
/// between an article's paragraphs), is still weighed by cohesion. So is one whose story above has
/// not run `min_story_words` body words since the last planned start: under a headline, its teaser,
/// an `Updated …` stamp and a key-points box, the dateline lede is that headline's own.
/// Nor is the lede let through where it shares as much as a live blog's next entry does with the
/// last (`fullPageHeaderCohesionCeiling`, asked in `BoundaryPlanner.score`): it goes on with the text above.
extension BoundaryScorer {
    /// Dateline lede `i` has a page edge in the furniture between it and a paragraph that ended,
    /// and a story of its own length above it since `planned` (the last planned start, if any).
    func isDatelineUnderPageEdge(_ i: Int, planned: Int?, in lines: [ClassifiedLine], facts: LineFacts) -> Bool {
        guard config.edgeDatelines, furnitureBlockKinds(i, in: lines, facts: facts) & Self.loneEdgeKinds != 0 else { return false }
        var words = 0
        // A summary box's bullets are the header's too, as the scoring loop reads them.
        for j in (planned ?? 0)..<i where facts.shape[j] == .body && !facts.bullet[j] && !facts.isKeyPoint(j) {
            words += lines[j].words
            if words >= config.minStoryWords { return true }
        }
        return false
    }
}
