/// A short headline that is its own title, under a learned line that is the page's top.
///
/// A portal prints its site's name over the sign-in and subscribe buttons, the menu and a
/// breadcrumb, then the headline, the byline and the time stamps. Every page of the site prints
/// the name, so it is learned; so are the menu's items, and the page's top is no longer stripped
/// as a masthead or a menu (`topsPage`). A short headline (`The Moralizing Cuomo Brothers`,
/// `Larger iPhones and smartwatch unveiled`: `too_few_words`) was read as a label in the header
/// of a headline above it, and the header lift took the learned site name for a headline the
/// rules stripped: the story was titled `The National Gazette`. A label in a header is set in
/// capitals or is a word or two (`SCROLL TO BOTTOM FOR UPDATES`, `THE FACTS`, `Fact check`); a
/// line of four words or more in mixed case with a headline's shape (an open ending, a capital
/// first, headline words) over the byline is the page's one headline, and the learned line
/// above it is not. A lede (a sentence) still takes the learned headline over its header, as a
/// story run in several dumps needs.
extension BoundaryPlanner {
    /// Fewest words of a short headline (a label has fewer, or is set in capitals).
    static let minOwnHeadlineWords = 4

    func ownHeadline(_ i: Int, _ start: Start, _ lines: [ClassifiedLine], _ facts: LineFacts) -> Bool {
        guard !start.isTitle || start.scored.fired.contains(.tooFewWords), !Self.isKicker(start.scored),
              !start.scored.fired.contains(.captionCredit), !facts.byline[i], facts.ending[i] == .open,
              lines[i].linkRule == nil, lines[i].words >= Self.minOwnHeadlineWords,
              !facts.bullet[i], !facts.isKeyPoint(i) else { return false }
        return lines.withContentBytes(i) { u in
            Reflow.hasLowercase(u[...]) && Self.hasHeadlineShape(u, words: lines[i].words, config: config)
        }
    }
}
