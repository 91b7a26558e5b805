/// Widths of copy whose paragraphs were indented after it was wrapped.
///
/// Many dumps wrap a story's text first and indent each paragraph's first line afterwards
/// (`    As they prepare … visit to Cuba` is 77 columns over copy wrapped at 72). Counted with its
/// indent, that line is the widest of its window: it set the local width 4–5 columns too wide, so
/// a full line's next word seemed to fit and its paragraph broke (wire and blind indent-style
/// dumps: w1 126 such breaks, b3 47). Measured without the indent, it shows the width the
/// wrapping tool saw.
///
/// Only where the text shows it: indented lines *wider* than the wrap width of the text measured
/// without indents, and by no more than their indent (plus `unwrappedSlack`). Where the tool
/// counted the indent, no indented line passes the wrap width and the widths keep their indents
/// (an indented line then is a full line of the width).
extension Reflow {
    /// Share of indented lines (1 in `afterWrapShare`) that must pass the wrap width: a
    /// paragraph's first line is as full as any wrapped line, and with an indent of 4–5 about half
    /// of them pass it (ragged right); one or two lines are the slack of a wide word.
    static let afterWrapShare = 4
    static let afterWrapMinLines = 2

    /// The wrap width of the body lines measured without the indents of the `indented` lines,
    /// when their indents were added after wrapping (see above); `nil` otherwise. `lengths` are
    /// the lines' widths with their indents (`indents`, 0 on a line not indented), `histogram`
    /// theirs (`widthHistogram`) over `count` body lines.
    static func indentAddedAfterWrap(_ lengths: [Int], _ indents: [Int], histogram: [Int], count: Int) -> Int? {
        var free = histogram
        for i in lengths.indices where indents[i] > 0 {
            free[min(lengths[i], maxWrapWidth + 1)] -= 1
            free[min(lengths[i] - indents[i], maxWrapWidth + 1)] += 1
        }
        guard let wrap = wrapWidth(histogram: free, count: count) ?? headlineTolerantWrapWidth(histogram: free, count: count)
        else { return nil }
        var over = 0, n = 0
        for i in lengths.indices where indents[i] > 0 {
            n += 1
            if lengths[i] > wrap && lengths[i] - indents[i] <= wrap + unwrappedSlack { over += 1 }
        }
        return over >= afterWrapMinLines && over * afterWrapShare >= n ? wrap : nil
    }
}
