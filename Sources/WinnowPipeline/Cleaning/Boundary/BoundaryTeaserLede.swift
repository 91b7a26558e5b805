/// `dek_above` where the dek is the lede's own opening cut short (a teaser).
///
/// A portal sets its headline, then the lede's first sentence as a teaser (often cut at its first
/// full stop, even one of `U.S.`: `… slap sanctions on any foreign companies or people who interfere
/// in U.S.`), then the byline, time stamps and share widgets, a photo and its caption and credit,
/// and then the whole lede, which opens with the teaser's text. The lede (or the caption over it)
/// scores as a start under the furniture; the headline over the teaser is already a start, so the
/// header lift has nothing to move and the story was cut in two: the headline and the teaser, then
/// the article. `dekAbove` did not count it: the teaser need not end like a sentence, the headline
/// may stand over more stripped lines than three (masthead, menu, the title tag's repeat), and the
/// start may be the caption, shorter than a lede.
///
/// A page never opens a new story with the opening words of the line a few lines above it: a line
/// of prose among the start's first lines that begins with the teaser's text (or is all of it: a
/// page may tease with the whole first paragraph) is the teaser's own article. So the start is no story's beginning wherever the planned start stands
/// over the teaser with nothing but stripped lines between.
extension BoundaryScorer {
    /// How the lede below prints a teaser again.
    enum TeaserRepeat {
        /// The lede opens with the teaser's text and goes on: the teaser is its opening cut short.
        case opening
        /// The lede is the teaser's text: a page that teases with its whole first paragraph.
        case whole
    }

    /// A prose line among `from ..< to` opens with line `d`'s text (or is that text, when it ends a
    /// sentence), nil when none does.
    func ledeOpensWithTeaser(_ d: Int, from: Int, to: Int, in lines: [ClassifiedLine], facts: LineFacts) -> TeaserRepeat? {
        let n = lines[d].contentByteCount
        guard n >= facts.repeats.minBytes else { return nil }
        // The whole line again only for a sentence: a headline printed again as a paragraph (a
        // wrapped page's repeat under its header) is the header repeat's, no teaser.
        let whole = facts.ending[d] == .sentence ? n : n + 1
        return lines.withContentBytes(d) { teaser in
            for k in from..<to {
                guard case .body = lines[k].kind, facts.shape[k] == .body, !facts.credit[k],
                      lines[k].contentByteCount >= whole, lines[k].words >= config.proseMinWords else { continue }
                if lines.withContentBytes(k, { $0.count >= whole && $0[..<n].elementsEqual(teaser) }) {
                    return lines[k].contentByteCount > n ? .opening : .whole
                }
            }
            return nil
        }
    }

    /// The planned start `p` stands over teaser `d` with only stripped or blank lines between,
    /// but for the headline printed again (the page's title tag at `p` names it: `Headline | Site`
    /// over `Headline`, or the same line twice): the headline over its own header. A kept line of
    /// any other text between is another story's (the teaser's own headline under an earlier
    /// start): the teaser is not that start's.
    static func standsOverTeaser(_ p: Int, _ d: Int, in lines: [ClassifiedLine], facts: LineFacts) -> Bool {
        guard p < d else { return p == d }
        var bare: UInt64?, asked = false
        for k in (p + 1)..<d where facts.shape[k] == .body && lines[k].key != lines[p].key {
            if !asked { bare = lines.withContentBytes(p, StorySplitter.bareTitleKey(bytes:)); asked = true }
            guard let b = bare, lines[k].key == b else { return false }
        }
        return true
    }
}
