/// A line its own article quotes below: a headline-shaped line whose whole text (at least
/// `StoryFurniture.keyPointMinBytes` bytes) stands again inside a longer prose line within
/// `StoryFurniture.keyPointReach` lines below. Articles set a sentence of their own apart between
/// paragraphs (a pull quote: `After all, who wants to give a gun to someone who can’t fly …?` over
/// the paragraph that ends on it), or print a promo once up top and again in the running text
/// (`Do you have access to information about … that should be public?` over `… should be public?
/// Reach Justin Elliott at …`); a headline repeats whole (`repeated_after`, `header_repeat`) or
/// under a page suffix, never as a sentence inside a paragraph of its story.
///
/// The lede's opening, after a dateline, does not count (a scraped page may open its first
/// paragraph on the headline's words, a dek repeats the lede), nor does a caption (a headline
/// repeated with a photo credit is a page header, or after a caption's `|`).
///
/// Not asked of a line whose boundary is certain on other grounds (`quotedBelowExempt`): the
/// text's start, a trailer or sign-off right above, a page's header around it, the headline
/// printed again under its header. There a headline the story's caption or a related-story box
/// quotes below (`NFL's Washington Redskins to change name …` inside a caption) stays a headline:
/// asked of every start, the check cut b3 .9358 -> .9307 and b4 .9492 -> .9435 (story_f1).
extension BoundaryScorer {
    static func quotedBelowExempt(_ f: SplitFeature) -> Bool {
        f == .startOfText || f == .trailerBefore || f == .signOffBefore || f == .pageHeader
            || f == .furnitureBlock || f == .headerRepeat
    }

    /// Static, with the two config fields it reads passed in: a method on the scorer, it was
    /// not specialized, and its one caller (`addArticlePartChecks`) copied the whole planner
    /// (648 bytes, a `memcpy`) to pass it the scorer, for every title candidate.
    static func isQuotedBelow(_ i: Int, in lines: [ClassifiedLine], facts: LineFacts,
                              proseMinWords: Int, datelineMaxChars: Int) -> Bool {
        let n = lines[i].contentByteCount
        // A paragraph of its own: the first line of a hard-wrapped paragraph (a kept line right
        // under it) is no pull quote.
        guard n >= StoryFurniture.keyPointMinBytes, i + 1 == lines.count || facts.shape[i + 1] != .body else { return false }
        let key = lines[i].key
        let to = min(lines.count, i + StoryFurniture.keyPointReach)
        // The first prose line below, within the reach: the lede, whose opening may repeat the
        // headline (a dek of prose over a lede that repeats it counts as the lede: measured better
        // on o* and b2 than exempting every paragraph's opening).
        var lede = i + 1
        while lede < to && !(facts.shape[lede] == .body && lines[lede].words >= proseMinWords) { lede += 1 }
        return lines.withContentBytes(i) { needle in
            facts.repeats.occurs(needle, in: lines, from: i + 1, to: to) { k in
                guard case .body = lines[k].kind, facts.shape[k] == .body, !facts.credit[k],
                      lines[k].key != key, lines[k].words >= proseMinWords,
                      lines[k].contentByteCount > n,
                      // A caption's credit then the headline (`… | AP Photo <headline> …`): a page header.
                      !lines.withContentBytes(k, { BoundaryPlanner.echo(of: needle, in: $0) }),
                      // A teaser for the page the line heads (`Watch: <headline>`): no quote.
                      !lines.withContentBytes(k, { BoundaryScorer.isLabelledTeaser(of: needle, in: $0) }) else { return false }
                // Anywhere in a paragraph past the lede; in the lede, past its opening and a
                // dateline before it (a dek repeating the lede: `LONDON - The freedom-enhancing …`).
                return k > lede || !lines.withContentBytes(k) { ByteSearch.occurs(needle, in: $0, startingBy: datelineMaxChars) }
            }
        }
    }
}
