/// A headline set as a sentence under a section label.
///
/// A story the planner started at its section label (`WORLD`, `Business`, `ELECTIONS`) takes the
/// headline right under it as its title (`isHeadlineUnderKicker`). That asks the headline's shape
/// (`readsAsHeadline`): no sentence ending. But sites set headlines as sentences too: two of them
/// (`Obama regrets polarized rancor. He should.`, `A Teenager Didn’t Do Her Online Schoolwork. So a
/// Judge Sent Her to Juvenile Detention.`), one in Title Case, or a labelled one (`OPINION: The
/// paper of record needs to reflect deeply on how it came to publish anti-Semitic propaganda.`).
/// The story then has the label for its title and the headline as its first line.
///
/// Under a label, such a line is the headline when a header block follows it (a byline, a time
/// stamp, widgets, a credit, then prose: `BoundaryPlanner.headerFollows`): a lede has its header
/// above it, not below. One sentence in sentence case is left alone: a dek or a caption reads so.
extension StorySplitter {
    /// Line `i` ends like a sentence, is of headline length and set as a headline (two sentences,
    /// or Title Case or capitals throughout, or opening with a bare label), with a header block
    /// under it.
    static func readsAsKickedSentenceHeadline(_ i: Int, in lines: [ClassifiedLine], facts: LineFacts, config: SplitConfig) -> Bool {
        let words = lines[i].words
        guard facts.ending[i] == .sentence, words >= minKickedHeadlineWords, words <= config.maxWords,
              !facts.bullet[i], lines[i].linkRule == nil,
              !lines.withContentBytes(i, { LineScan.widerThan(config.maxChars, $0) }) else { return false }
        if facts.places[i] != nil { return readsAsLabelledSentenceHeadline(i, in: lines, facts: facts, config: config) }
        let shaped = lines.withContentBytes(i) { u -> Bool in
            guard let c = u.first, c.isASCIIUpper || c.isASCIIDigit || c == 0x22 || c >= 0xC0,
                  hasHeadlineWords(u, words: words) else { return false }
            return SplitText.hasInnerSentenceBreak(u) || SplitText.setsAsHeadline(u, titleCaseShare: config.titleCaseShare)
        }
        return shaped && BoundaryPlanner.headerFollows(i, lines, facts, config)
    }
}
