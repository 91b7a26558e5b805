/// A worded trailer (`Written by Jane Doe`) right over a stripped photo credit is a page header's
/// byline too, as one over a time stamp is (`BoundaryHeaderByline.swift`): wire pages set
/// `Headline` / `Written by Jane Doe` / `Credit: …` / caption / lede. A sign-off closes its story
/// over the next page's headline, not over a credit. In a dump printed without blank lines the
/// headline sits right under the last paragraph of the story before (`isFlushHeadline`): that
/// paragraph ended a sentence, and the headline is one line that does not, right over the
/// trailer: across a story's own end matter (`Click for more …`, `Topics: …`, `©`) a sign-off
/// belongs to the next page, and the line above it is the story's last (b3 005).
extension BoundaryScorer {
    /// The next line below trailer `t` (blank lines aside) is stripped as a credit.
    func creditBelow(_ t: Int, _ f: LineFacts) -> Bool {
        f.nonBlank(after: t).map { f.shape[$0] == .credit } ?? false
    }

    /// Line `h` is headline-shaped (`minKickedHeadlineWords` to `max_words` words, capitalised,
    /// open or a question) right under a paragraph of prose (`prose_min_words`) that ended a
    /// sentence. A short line above is no story's end: `Dig deeper:` over a promo (`Our latest
    /// coverage of …`) announces the link below it (b2 141).
    func isFlushHeadline(_ h: Int, _ lines: [ClassifiedLine], _ f: LineFacts) -> Bool {
        guard h > 0, f.shape[h - 1] == .body, f.ending[h - 1] == .sentence, lines[h - 1].words >= config.proseMinWords,
              f.ending[h] != .sentence,
              lines[h].words >= StorySplitter.minKickedHeadlineWords, lines[h].words <= config.maxWords,
              !f.byline[h], !f.bullet[h] else { return false }
        return lines.withContentBytes(h) { LineText.startsCapitalised($0) }
    }
}
