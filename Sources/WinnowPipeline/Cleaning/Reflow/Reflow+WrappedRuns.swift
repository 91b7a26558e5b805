/// Wrapped stories in a text that is not wrapped as a whole.
///
/// A reader or aggregator dump glues pages from several sources: one story was hard-wrapped at
/// 65 columns, the next came with one paragraph a line. The whole text then has far more than
/// 3% wide lines (`narrowness` says no), no line of the wrapped story was rejoined, and each of
/// its lines stood alone: the lede's first line (`While the Americans say it "freezes" the
/// Iranian program and`) read as a headline that the line below continues, under a byline that
/// should have opened the story with it.
///
/// Wrapped copy shows itself line by line where unwrapped text does not: a line stops inside a
/// sentence and the next goes on in lower case (`… the Iranian program and` / `rolls it back,
/// …`). A paragraph per line ends each line on a full stop, and a headline list opens each line
/// with a capital. So only runs of consecutive body lines where most line breaks fall that way
/// are reflowed, and only when the text holds several such breaks: one broken paragraph is a
/// scrape's slip, not a wrapped story.
extension Reflow {
    /// Fewest wrap breaks (a line stopping mid-sentence over one opening in lower case) in the
    /// whole text before its runs are read as wrapped copy.
    static let minWrapBreaks = 4

    /// Per line: a body line inside a run of consecutive narrow body lines (each at most
    /// `maxWrapWidth` columns) where at least half the breaks between them are wrap breaks;
    /// nil when the text holds fewer than `minWrapBreaks` such breaks in all.
    static func wrappedRuns(_ lines: [ClassifiedLine]) -> [Bool]? {
        var marks = [Bool](repeating: false, count: lines.count)
        var total = 0
        var i = 0
        while i < lines.count {
            guard isNarrowBody(lines, i) else { i += 1; continue }
            var j = i, breaks = 0, first = -1
            while j + 1 < lines.count && isNarrowBody(lines, j + 1) {
                if lines.withContentBytes(j, endsMidSentence) && lines.withContentBytes(j + 1, SplitText.startsLowercase) {
                    breaks += 1
                    if first < 0 { first = j }
                }
                j += 1
            }
            // j - i breaks between the run's lines: at least half of them wrap breaks. The wrapped
            // copy begins at its first wrap break: a headline or dek over it (`Goodwin: Schiff's
            // hearings are a flop` over `Is that it? …`, no blank between) is no line of it.
            if breaks > 0 && 2 * breaks >= j - i {
                for k in first...j { marks[k] = true }
                total += breaks
            }
            i = j + 1
        }
        return total >= minWrapBreaks ? marks : nil
    }

    /// Line `i` is a body line no wider than any wrap width.
    private static func isNarrowBody(_ lines: [ClassifiedLine], _ i: Int) -> Bool {
        guard case .body = lines[i].kind else { return false }
        return lines[i].textByteCount <= maxWrapWidth || !lines.withTextBytes(i, { LineScan.widerThan(maxWrapWidth, $0) })
    }
}
