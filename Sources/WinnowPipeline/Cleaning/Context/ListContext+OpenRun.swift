/// A list heading over a run of titles that a long paragraph ends, no blank line between (`You
/// might also like` / `<title>` / `<title>` / `By Jane Doe` / `<lede>`): all titles but the last
/// are items.
///
/// Where such a run stops is not known (`itemsAboveHeadline`): its last title may be the next
/// story's headline, or the box's last item over a story printed without one. Either way the
/// titles above it are the box's: they are stripped, the last is left to the splitter. make_wire
/// sets lost these titles into the story above (w1-w3: 5, fresh w611/w733/w857/w942: ~25). Every
/// title ends open (a headline's dek, the one line that may sit under it, ends a sentence: such
/// a run is left alone, as `ListContext+NextPageHead.swift` reads it), a kept byline is no title
/// and ends the titles (what follows it is the story's), and a blank line or the text's end
/// closes no such run (`unnumberedItems` reads those). A box sets its titles close together: more
/// than `openRunMaxStrippedGap` stripped lines in a row (share buttons, comments, a navigation
/// menu) are a page's furniture, and a title under them is the next page's headline (a portal
/// page's promoted box ran on over 30 such lines to strip its headline).
extension ListContext {
    static let openRunMaxStrippedGap = 3

    static func itemsAboveLastTitle(from start: Int, in lines: [ClassifiedLine], config: ListConfig) -> [Int] {
        var titles: [Int] = [], j = start, underByline = false, stripped = 0
        while j < lines.count, lines[j].kind != .blank, isItem(j, in: lines, config: config) {
            // A prompt to the reader closes a box as a blank line does (`itemsAboveHeadline`): two
            // titles over one may be a headline and its dek, so no such run is read.
            if isPrompt(j, in: lines) { return [] }
            // Stripped lines are counted, not read; the furniture under the last title (a stamp,
            // share buttons) may run longer than the gap a box leaves between two of its titles.
            if case .stripped = lines[j].kind { stripped += 1; j += 1; continue }
            if stripped > openRunMaxStrippedGap, !underByline { return [] }
            stripped = 0
            // Under a byline a dek or the lede goes on, no title (w2 lost a dek so).
            if case .body = lines[j].kind, !underByline {
                let (ending, byline) = endingAndByline(j, in: lines)
                underByline = byline
                if !byline {
                    guard ending != .sentence, titles.count < config.maxItems else { return [] }
                    titles.append(j)
                }
            }
            j += 1
        }
        // A paragraph longer than any title ends the run, not a blank line or the end of the text.
        // A hard-wrapped dump's lines are title-short, its lede's first ones too (a wrapped lede
        // under the box read as two titles, w1 w3 lost three headlines so): there no run is read.
        guard j < lines.count, case .body = lines[j].kind, lines[j].words > config.maxWords,
              titles.count >= 2 else { return [] }
        return Array(titles.dropLast())
    }
}
