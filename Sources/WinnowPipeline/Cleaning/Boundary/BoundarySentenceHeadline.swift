/// A headline set as two sentences under a page's top (`Has the media accepted Trump? What that
/// could mean.`): the header lift's walk reads it as a dek, since it ends like a sentence; right
/// under the page's top, over another dek and the furniture, it is the page's headline
/// (`liftHeadlinesOverHeaders`).
extension BoundaryPlanner {
    /// Dek line `p`, the first under a page's top, reads as a headline set in sentences: a
    /// sentence break inside (`… Trump? What that could mean.`), headline length
    /// (`twoSentenceHeadlineMaxWords`), opening with a capital, no bullet, link or dash. Only asked
    /// where the page's top stands right over it, with another dek and furniture below: a page
    /// prints its headline first, and what stands under its top is no tail of the page before.
    func isSentenceHeadlineUnderTop(_ p: Int, _ lines: [ClassifiedLine], _ facts: LineFacts) -> Bool {
        guard lines[p].words <= Self.twoSentenceHeadlineMaxWords, !facts.bullet[p], !facts.byline[p],
              lines[p].linkRule == nil else { return false }
        return lines.withContentBytes(p) { u in
            guard let c = u.first, c.isASCIIUpper, !Self.opensWithDash(u), !BoundaryScorer.carriesLink(u) else { return false }
            return SplitText.hasInnerSentenceBreak(u)
        }
    }
}
