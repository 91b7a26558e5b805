/// Lead-photo captions above a headline. Many sites put a story's lead photo, with its caption
/// and credit (`… on June 20, 2020. (Jane Doe/The Epoch Times)`), above the headline; a dump
/// keeps the caption as the last body line before it. The caption describes the new story, so
/// cohesion measured at the headline compares the previous story plus that caption with the new
/// story: the two sides meet in the caption's words and a real boundary reads as the inside of
/// one story (`same_topic`). The boundary then lies above the caption, so cohesion is measured
/// there too and the lower of the two counts (`caption_above`). An in-article photo above a
/// subhead sits inside one story: cohesion is high at both places, and nothing changes.
extension BoundaryPlanner {
    /// The body line right above line `i` (only blank lines between) when it ends with a photo
    /// credit (`LineFacts.credit`); nil otherwise. A stripped caption has no words in `Cohesion`.
    static func captionAbove(_ i: Int, _ facts: LineFacts) -> Int? {
        // Past blanks only (not `previousBody`): a credit or widget line between is a header block,
        // and the caption above it belongs to the story before.
        var p = i - 1
        while p >= 0 && facts.shape[p] == .blank { p -= 1 }
        guard p > 0, facts.shape[p] == .body, facts.credit[p] else { return nil }
        return p
    }
}
