/// `repeated_promo`: a headline-shaped line printed twice inside one article, each copy set
/// between its paragraphs (`Urgent: Should Obama Ban Guns? Vote in Poll` / body / … / the same
/// line again / body), is a promo the page drops into its text, not two stories' headlines. A new
/// story's headline is new to its page: where it is printed again far from itself, one copy is a
/// link to it (in a list, under a label) or the story's own header (a byline, a credit, widgets
/// below it), never a bare line between paragraphs twice.
///
/// So a title candidate with prose on both sides (a paragraph that ended above, body below: no
/// header fired under it) whose line stands again, as a body line with prose on both sides too,
/// more than `repeatReach` lines and at most `promoReach` lines away (`repeats_above` takes nearer
/// copies: a page header set twice) is a promo. Both copies are kept in the text: the page
/// printed them inside the article.
extension BoundaryScorer {
    /// Lines searched on either side for the other copy: one long article's length.
    static let promoReach = 300

    /// Line `i` (a title candidate) has a copy `repeatReach`+1 to `promoReach` lines away, both
    /// copies set between paragraphs.
    func repeatedPromo(_ i: Int, in lines: [ClassifiedLine], facts: LineFacts) -> Bool {
        guard Self.betweenParagraphs(i, facts) else { return false }
        let key = lines[i].key
        // The key first: almost every line fails it, and it is one load.
        return LineReach.around(Self.promoReach, skipNear: Self.repeatReach).contains(around: i, lineCount: lines.count) { j in
            lines[j].key == key && facts.shape[j] == .body && Self.betweenParagraphs(j, facts)
        }
    }

    /// Line `i` stands under a blank after a body paragraph that ended like a sentence, and its
    /// own paragraph (a wrapped promo runs on a line or two) is followed, after a blank, by a body
    /// line that is no byline: prose on both sides, no header block.
    static func betweenParagraphs(_ i: Int, _ facts: LineFacts) -> Bool {
        guard i > 0, facts.shape[i - 1] == .blank, let p = facts.nonBlank(before: i),
              facts.shape[p] == .body, facts.ending[p] == .sentence else { return false }
        var e = i
        while e + 1 < facts.shape.count && facts.shape[e + 1] == .body && e - i < 2 { e += 1 }
        guard e + 1 < facts.shape.count, facts.shape[e + 1] == .blank,
              let n = facts.nonBlank(after: e + 1) else { return false }
        return facts.shape[n] == .body && !facts.byline[n]
    }
}
