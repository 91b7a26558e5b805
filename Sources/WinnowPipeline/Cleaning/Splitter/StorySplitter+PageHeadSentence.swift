/// Headlines set as a sentence or a question over the page's own head: a byline or a time stamp
/// right under them (`Millions of people disagree with your political views. That doesn't make
/// them moral monsters.` / `Last Updated: 10/6/2016 6:45 pm`, `OPINION: Why aren't conservative
/// intellectuals disgusted with the GOP?` / `Published 2 days ago` / `By Jane Doe`). The planner
/// starts the story there, but a line that ends like a sentence read as the story's first
/// paragraph: the story had no title and its headline stayed in the text.
///
/// A lede is never followed by its page's byline or time stamp: those stand between the headline
/// and the lede. Widgets and credits are not enough (an ad slot or a photo sits under a short
/// opening paragraph as often), nor is a dateline lede's place (`CHICAGO: The United States is
/// …`): only a bare label (`OPINION:`) may open the line.
extension StorySplitter {
    /// Planned start `i` (no title) ends like a sentence or a question, is of headline length
    /// (`minKickedHeadlineWords` to `maxWords` words, at most `maxChars`), opens with a capital, a
    /// digit or a quote, carries no dateline but a bare label, and the first line under it is a
    /// byline (kept, or a trailer standing in a header: `Written by Jane Doe`) or a time stamp,
    /// with a lede below the header (`BoundaryPlanner.headerFollows`).
    static func readsAsSentenceHeadlineOverPageHead(_ i: Int, in lines: [ClassifiedLine], facts: LineFacts, config: SplitConfig) -> Bool {
        let words = lines[i].words
        guard facts.ending[i] != .open, words >= minKickedHeadlineWords, words <= config.maxWords,
              !facts.bullet[i], lines[i].linkRule == nil,
              !lines.withContentBytes(i, { LineScan.widerThan(config.maxChars, $0) }) else { return false }
        if let place = facts.places[i], !opensWithBareLabel(i, place: place, in: lines)
            || labelNamesKnownPlace(place, config: config) { return false }  // StorySplitter+PlaceLabel.swift
        guard lines.withContentBytes(i, { u in
            guard let c = u.first else { return false }
            return c.isASCIIUpper || c.isASCIIDigit || c == 0x22 || c == 0x27 || c >= 0xC0
        }) else { return false }
        guard let j = facts.nonBlank(after: i), isPageHead(j, in: lines, facts: facts) else { return false }
        return BoundaryPlanner.headerFollows(i, lines, facts, config)
    }

    /// Line `j` is a page's byline or time stamp: a kept byline, a trailer the header reads as a
    /// byline (`.headerByline`, or a short `Written by Jane Doe`), or a stripped time stamp.
    static func isPageHead(_ j: Int, in lines: [ClassifiedLine], facts: LineFacts) -> Bool {
        switch facts.shape[j] {
        case .headerByline: return true
        case .body: return facts.byline[j]
        case .trailer:
            let words = lines[j].words
            return lines.withTextBytes(j) { BoundaryPlanner.namesAuthor($0, words: words) }
        default: return lines[j].strippedRole == .timestamp
        }
    }
}
