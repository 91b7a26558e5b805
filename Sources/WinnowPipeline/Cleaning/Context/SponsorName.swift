/// An advertiser's name inside a recommendation widget (`Paid content by Outbrain` / `This Game
/// Will Keep You Up All Night` / `HarborDeals` / `Learn More`): the widget prints each sponsored
/// teaser with the name of the shop that paid for it, alone on its line. The teasers repeat over
/// the dump's pages (learned) and the labels are the widget's, but a shop's name is one short word
/// seen on a few pages only, so no rule takes it; kept, it lands in the story's text.
///
/// A kept line of 1 to `maxWords` words opening with a capital, with no digit and no sentence or
/// clause punctuation, right under a line of the widget (a learned teaser, or a `widget` label with
/// another widget line under the name), in a run of such lines (names among them) holding at least
/// `minTeasers` of them. An article's one-word line (a dateline, `Washington`, a kicker) stands
/// under a blank line or over its headline, never under a teaser; a caption's credit, a stamp or a
/// byline is no widget line.
enum SponsorName {
    static let rule = "sponsor_name"
    static let maxWords = 2
    static let maxBytes = 40
    /// Widget lines (learned teasers, labels) the run needs besides the name.
    static let minTeasers = 3
    /// ASCII a shop's name may not hold: digits, sentence and clause punctuation, quotes.
    private static let refused: ByteSet = {
        var set = ByteSet()
        for b in UInt8(0x30)...0x39 { set.insert(b) }
        for b in ".,:;?!\"'|()".utf8 { set.insert(b) }
        return set
    }()

    static func apply(_ lines: inout [ClassifiedLine]) {
        guard lines.count > 2 else { return }
        var i = 1
        while i < lines.count {
            // Cheap test first: a short kept line under a stripped line, over a stripped or blank one.
            guard isCandidate(i, in: lines), isNamePlace(i, lines) else { i += 1; continue }
            // The run of the widget's lines around it (names among them), up to anything else.
            var a = i, b = i
            while a > 0, isWidgetLine(a - 1, lines) || isCandidate(a - 1, in: lines) { a -= 1 }
            while b < lines.count - 1, isWidgetLine(b + 1, lines) || isCandidate(b + 1, in: lines) { b += 1 }
            var teasers = 0
            for j in a...b where isWidgetLine(j, lines) { teasers += 1 }
            if teasers >= minTeasers {
                for j in a...b where j > a && isCandidate(j, in: lines) && isNamePlace(j, lines) {
                    lines[j] = lines[j].with(kind: .stripped(rule: rule, role: .widget),
                                             detail: "advertiser's name between a widget's sponsored teasers")
                }
            }
            i = b + 1
        }
    }

    /// Line `i` sits where a widget prints a sponsor's name: under its teaser (a learned line), or
    /// between two of the widget's lines. Not under a label alone over a blank line: a share row
    /// ends over a one-word line of the article (`Share` / `Tweet` / `Washington`, then the lede).
    private static func isNamePlace(_ i: Int, _ lines: [ClassifiedLine]) -> Bool {
        guard i > 0, isWidgetLine(i - 1, lines) else { return false }
        if lines[i - 1].strippedRule == LearnedBoilerplate.rule,
           i == lines.count - 1 || isBlank(i + 1, lines) || isWidgetLine(i + 1, lines) { return true }
        return i + 1 < lines.count && isWidgetLine(i + 1, lines)
    }

    /// A line the widget's: a learned teaser or a label of the `widget` role (not a credit, a
    /// caption, a stamp or a byline: those are an article's). Not a scrape's markup residue
    /// (`<div>`, `[]`, `data:image/…`): a page's template leaks it around anything, its headline too.
    private static func isWidgetLine(_ j: Int, _ lines: [ClassifiedLine]) -> Bool {
        guard case .stripped(let r, let role) = lines[j].kind else { return false }
        return (role == .widget || r == LearnedBoilerplate.rule) && !residueRules.contains(r)
    }

    /// Families of markup and code a scrape left (`widget`'s role, no widget of the page).
    static let residueRules: Set<String> = ["markup_line", "markup_template", "code_residue"]

    private static func isBlank(_ j: Int, _ lines: [ClassifiedLine]) -> Bool {
        if case .blank = lines[j].kind { return true }
        return false
    }

    private static func isCandidate(_ i: Int, in lines: [ClassifiedLine]) -> Bool {
        guard case .body = lines[i].kind, lines[i].words >= 1, lines[i].words <= maxWords,
              lines[i].linkRule == nil else { return false }
        return lines.withContentBytes(i) { $0.count <= maxBytes && LineText.opensCapitalisedLabel($0, refusing: refused) }
    }
}
