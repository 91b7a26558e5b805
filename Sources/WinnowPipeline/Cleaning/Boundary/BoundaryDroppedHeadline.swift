/// A headline the story-length prior dropped in favour of the lede under its own header block.
///
/// A page sets headline, dek, furniture (byline, time stamp, widgets, a credit), then the lede. Both
/// the headline and the lede under the furniture can score as starts (the lede on the furniture
/// block above it, `furniture_block`, or on a dateline line a rule stripped, `stripped_dateline`).
/// Between them stands no body, or only a dek, so the story-length prior keeps one of the two and,
/// the lede scoring higher, drops the headline. The headline is then left as the last line of the
/// story above, and the story below has no title.
///
/// The header lift (`liftHeadlinesOverHeaders`) walks up from such a lede over its header block; it
/// lifts the start to a line that reads as a headline standing where a story ends. A headline set as
/// a sentence (`Shocking, Yes. Looming Dictatorship? No.`, `Obama regrets polarized rancor. He
/// should.`) does not read as one, and one under an unstripped list item does not stand at a
/// story's end. But a line the scores already started is a headline by its own evidence (its
/// shape, the furniture under it, a trailer above it): only its story's length dropped it. So a
/// title start the prior dropped heads the header block right under a lede start; a lede start
/// dropped there only when it reads as a headline (a prose line under a link list scores as a lede
/// too). Not over a title start: a short headline's walk reaches the last story's closing line
/// (`I'm Jane Doe for Example University.`), which the prior dropped as well. Nor a section label
/// over the headline (`POLITICS`), started as a title or not, nor a line wider than a headline
/// (`max_chars`: a paragraph ending in a question scores as a headline too), nor one sentence in
/// sentence case (a photo caption over its credit).
extension BoundaryPlanner {
    /// Line `p` is a start the story-length prior dropped that may head the header block below it.
    func isDroppedHeadline(_ p: Int, _ lines: [ClassifiedLine], _ plan: Plan) -> Bool {
        guard plan.lengthDropped.contains(p), !StorySplitter.isSectionLabel(p, in: lines, facts: plan.facts) else { return false }
        // Only of a headline's width: a paragraph ending in a question scores as a headline too.
        guard !lines.withContentBytes(p, { LineScan.widerThan(config.maxChars, $0) }) else { return false }
        if isHeaderHeadline(p, lines, plan.facts) { return true }
        // A title start set as a sentence: `isHeaderHeadline` reads none. One sentence in sentence
        // case is as often a photo caption over its credit (`In a letter to the AP Monday, …
        // records.` / `— AP`): a sentence heads only set as a headline, in two sentences or in
        // Title Case; and not as a byline, a sign-off, a story's tail or a correction (`Correction:
        // Corrected by: Jane Doe @ 08/14/2013 02:33 PM`), as `isHeaderHeadline` asks.
        guard plan.lengthDroppedTitles.contains(p), plan.facts.ending[p] == .sentence, !plan.facts.byline[p],
              !SignOff.matches(lines, p) else { return false }
        return lines.withContentBytes(p) { u in
            !Self.opensWithDash(u) && !BoundaryScorer.carriesLink(u) && !EditorsNote.opens(u)
                && (SplitText.hasInnerSentenceBreak(u) || SplitText.setsAsHeadline(u, titleCaseShare: config.titleCaseShare))
        }
    }
}
