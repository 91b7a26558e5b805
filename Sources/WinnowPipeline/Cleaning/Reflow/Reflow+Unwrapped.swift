/// Lines a hard-wrapping tool never produced: wider than the wrap width of the text around them.
///
/// A dump wrapped at 72 columns often sets its headlines unwrapped (a headline is one line of the
/// page, not a paragraph): `Meet the Texas-based church security business training worshippers
/// to fight back in mass shootings` is 99 columns. Such a line did not stop at the wrap width, so
/// the line below is not its tail, nor is it the tail of the line above (every line of a wrapped
/// paragraph fits the width); and as the widest line of its window it used to set the local
/// width for its neighbours too (the lede's lines, 72 wide, then failed the reflow test).
extension Reflow {
    /// Columns a line may exceed the wrap width by and still count as wrapped (a hyphenated word
    /// or a closing quote the wrapping tool let through).
    static let unwrappedSlack = 3

    /// For each body line (width in `lengths`, 0 for other lines), whether it is wider than every
    /// other line within `window` lines and than the text's wrap width `wrap` by more than
    /// `unwrappedSlack`. Both tests: a headline in a short window of short lines (a list) is
    /// caught by neither alone falsely, and a text wrapped at several widths keeps its widest.
    static func unwrappedLines(_ lengths: [Int], wrap: Int, window: Int) -> [Bool] {
        var out = [Bool](repeating: false, count: lengths.count)
        for i in lengths.indices where lengths[i] > wrap + unwrappedSlack {
            // Wider than any wrap width (a furniture line in a header, a URL): set unwrapped,
            // even beside another such line.
            if lengths[i] > maxWrapWidth { out[i] = true; continue }
            var others = 0
            for k in max(0, i - window)...min(lengths.count - 1, i + window) where k != i { others = max(others, lengths[k]) }
            out[i] = lengths[i] > others + unwrappedSlack
        }
        return out
    }
}
