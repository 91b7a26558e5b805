/// Headlines set as a sentence in Title Case (`Harry Truman, Please Call Obama.`, `Shopping Has
/// Become A Political Act. Here's How It Happened.`): some sites close their headlines with a
/// period. The line then scores as a lede (`sentence_ending`), the planner starts its story there
/// (a prose line under the last page's footer), and the story gets no title. Prose never sets
/// every longer word of a sentence capitalised, and a lede has no page header (byline, time
/// stamp, widgets) below it: such a start reads as its story's headline.
extension StorySplitter {
    /// Longer words (4+ letters) a Title Case sentence needs to read as a headline: with fewer,
    /// a name alone (`Joe Biden spoke.`) is Title Case too.
    static let titleCaseSentenceLongWords = 3

    /// Planned start `i` (no title) ends like a sentence, is of headline length (`minKickedHeadlineWords`
    /// to `maxWords`), opens with a capital, sets every longer word capitalised (not in capitals
    /// throughout: a lede may open in capitals) and has a header block below it.
    static func readsAsTitleCaseSentenceHeadline(_ i: Int, in lines: [ClassifiedLine], facts: LineFacts, config: SplitConfig) -> Bool {
        let words = lines[i].words
        guard facts.ending[i] == .sentence, words >= minKickedHeadlineWords, words <= config.maxWords,
              facts.places[i] == nil, !facts.bullet[i], lines[i].linkRule == nil else { return false }
        let shaped = lines.withContentBytes(i) { u -> Bool in
            guard let c = u.first, c.isASCIIUpper else { return false }
            return SplitText.longWordCount(u) >= titleCaseSentenceLongWords && !SplitText.isAllCapitals(u)
                && SplitText.titleCaseShare(u) >= 1
        }
        return shaped && BoundaryPlanner.headerFollows(i, lines, facts, config)
    }

    /// Planned start `i` (no title) opens with a bare section label (`OPINION: The paper of record
    /// needs to reflect …`), ends like a sentence, is of headline length and has a header block
    /// below it (`BoundaryPlanner.headerFollows`) that opens right under it with a byline, a
    /// time stamp or a widget: a labelled headline set as a sentence. A dateline lede (`CHICAGO: The
    /// United States is …`) opens the same way, but prose follows it, or a photo and its caption
    /// set in the paragraphs (`HOUSTON - A recent study shows …` / caption / prose), not a page
    /// header. (Allowing a dek between let long ledes over a kept caption and a byline through:
    /// h3 and w3 each lost a body line, for one headline on b1.)
    static func readsAsLabelledSentenceHeadline(_ i: Int, in lines: [ClassifiedLine], facts: LineFacts, config: SplitConfig) -> Bool {
        let words = lines[i].words
        guard facts.ending[i] == .sentence, words >= minKickedHeadlineWords, words <= config.maxWords,
              let place = facts.places[i], !facts.bullet[i], lines[i].linkRule == nil,
              !lines.withContentBytes(i, { LineScan.widerThan(config.maxChars, $0) }),
              opensWithBareLabel(i, place: place, in: lines) else { return false }
        guard let j = facts.nonBlank(after: i) else { return false }
        let pageHeader = facts.shape[j] == .widget || facts.shape[j] == .headerByline || facts.shape[j] == .body && facts.byline[j]
        return pageHeader && !labelNamesKnownPlace(place, config: config)  // StorySplitter+PlaceLabel.swift
            && BoundaryPlanner.headerFollows(i, lines, facts, config)
    }
}
