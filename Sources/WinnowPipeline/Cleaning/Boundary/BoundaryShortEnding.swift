/// A story's short last paragraph (`Carlson did not respond to Observer requests for comment.`,
/// nine words): a furniture block under it reads it as a paragraph that ended only when it runs to
/// `prose_min_words` words, or sits under a page's header (two page edges): a short sentence over
/// a block could be a headline's dek, and its block the headline's header. A dek sits right under
/// its headline, which ends open; a story's last paragraph sits under the paragraph before it,
/// which ended like prose. So a sentence shorter than prose, right under a prose paragraph that
/// ended (only blank lines between: a dek under a stripped credit or byline does not count), ended
/// its story too: the block below it is the next page's header, where it holds a page edge
/// (`furnitureBlockLedeKinds`) and two kinds (`furniture_block`).
/// An ad slot's or a scroll prompt's widget line (`Scroll to continue with content`,
/// `Advertisement`) between the two is the article's own furniture, no header: the walk steps over
/// it (w3: a wire credit `Material from Reuters was used in this article.` under such a prompt, a
/// follow line and the next story's lede). A time stamp or a credit still stops it.
extension BoundaryScorer {
    func isShortEnding(_ j: Int, in lines: [ClassifiedLine], facts: LineFacts) -> Bool {
        guard facts.ending[j] == .sentence, lines[j].words >= Self.shortEndingMinWords else { return false }
        // Shapes, not kinds: a line's kind read out retains its rule name (`LineFacts`).
        var q = facts.nonBlank(before: j)
        while let k = q, case .stripped(_, .widget?) = lines[k].kind { q = facts.nonBlank(before: k) }
        guard let p = q, facts.shape[p] == .body, !facts.byline[p], !facts.credit[p],
              !facts.bullet[p] else { return false }
        return facts.ending[p] == .sentence && lines[p].words >= config.proseMinWords
    }

    /// A sentence of fewer than four words (`Thanks.`, `Read more.`, `Story continues below.`) is a
    /// widget's or sign-off's, not a paragraph's.
    static let shortEndingMinWords = 4
}
