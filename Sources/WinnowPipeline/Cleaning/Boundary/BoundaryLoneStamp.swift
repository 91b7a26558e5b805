/// A lede under a lone time stamp (`Updated 2 hours ago`, `Published 10:04 a.m.`) between two
/// paragraphs of prose earns `edge_topic_shift` as a lone byline does (`BoundaryLoneEdge.swift`):
/// a stamp opens a page's header, and no article sets one as its own section break (that is a
/// rule, `* * *`, which stays out). Two stories of one desk glued at the next page's stamp share
/// the desk's words (w3: .05 across a `2 hours ago` stamp between two politics stories), more than
/// `topic_shift_below` allows.
///
/// Only under prose: the line over the stamp is a body line of `stampProseWords`+ words, longer
/// than a headline runs. A headline over its own stamp (`Please. Someone. Tell The New York Times
/// that socialism doesn't work.` / `Published`, 12 words) is the story's start, and a start at the
/// lede under the stamp would leave the headline on the story above (o8923).
///
/// And not in a run of stamped entries: a timeline article sets a date stamp over each of its
/// one-paragraph entries (allsides-dev: one record cut into 11). The story above must run
/// `stampProseParagraphs`+ paragraphs since the last time stamp over it.
extension BoundaryScorer {
    /// Block kinds (`furnitureBlockKinds`) `kinds` over lede `i` are one time stamp alone, with a
    /// paragraph of prose right over it (blank lines aside).
    func isLoneStampUnderProse(_ i: Int, kinds: UInt8, in lines: [ClassifiedLine], facts: LineFacts) -> Bool {
        guard kinds == FurnitureKind.timestamp.rawValue else { return false }
        var j = i - 1
        while j >= 0 && facts.shape[j] != .body { j -= 1 }
        guard j >= 0 && lines[j].words >= Self.stampProseWords else { return false }
        var paragraphs = 0
        while j >= 0 && paragraphs < Self.stampProseParagraphs {
            if facts.shape[j] == .body { paragraphs += 1 }
            else if case .stripped(_, .timestamp?) = lines[j].kind { return false }
            j -= 1
        }
        return true
    }

    /// Paragraphs of the story above a lone stamp with no other stamp among them (or the text's
    /// start above them): an entry of a timeline runs one.
    static let stampProseParagraphs = 3

    /// Words of the paragraph over a lone stamp: more than nearly any headline has (a sentence
    /// headline runs to 12-16).
    static let stampProseWords = 20
}
