/// A kicker headline over its deks (`OPINION: Progressives Are Convinced That Trump Is Toast` /
/// `But that attitude may mean they'll be burned again.` / photo credit, byline, stamp, share row /
/// lede): `isKickerHeadline` asks for prose right under the label line, and a dek is a sentence of
/// a headline's length, so such a headline was scored as the dateline lede it looks like and its
/// story went untitled, or a start under the header below took the story from it. One or two
/// short sentences and then the page's header (a page edge other than a byline alone, as
/// `hasKickerHeader` asks) make the label line the headline: a dateline lede runs straight into
/// its paragraph, and a paragraph of a story does not sit over a byline and a time stamp.
/// A question under the label counts too (`OPINION: Gingrich: Can Obama, GOP really work
/// together?`): over deks and a header it is no quoted speaker.
extension BoundaryScorer {
    /// Most dek lines between a kicker and its header: a dek of two sentences wrapped once.
    static let kickerDekLines = 3

    /// Line `i` opens with a label, is of a headline's shape (open or question ending), and has
    /// deks under it (body lines of at most `max_words` words, the last ending like a sentence or
    /// a question) and then its page's header.
    func isKickerOverDeks(_ i: Int, in lines: [ClassifiedLine], facts: LineFacts) -> Bool {
        guard facts.ending[i] == .open || facts.ending[i] == .question, lines[i].words <= config.maxWords,
              opensWithLabel(i, in: lines, facts: facts), SplitText.width(lines[i].content) <= config.maxChars else { return false }
        var last = i, deks = 0
        var j = i + 1
        walk: while j < lines.count && j <= i + lookahead {
            switch facts.shape[j] {
            case .blank: break
            case .body:
                // The header begins at a kept byline or credit line.
                if facts.byline[j] || facts.credit[j] { break walk }
                guard deks < Self.kickerDekLines, lines[j].words <= config.maxWords, facts.places[j] == nil else { return false }
                deks += 1
                last = j
            default: break walk
            }
            j += 1
        }
        guard deks > 0, facts.ending[last] == .sentence || facts.ending[last] == .question else { return false }
        return hasKickerHeader(last, in: lines, facts: facts)
    }
}
