/// A dateline lede opens a paragraph of its own in hard-wrapped text.
///
/// A lede that opens with a dateline (`MOSCOW — Mike Pompeo won …`, `(WASHINGTON) — After losing
/// …`, `MOSCOW, Nov. 13 (Reuters) - The recount …`) is a story's first paragraph: it never goes
/// on from the line above. A headline as wide as the wrap width (in sentence case or in capitals,
/// so neither `leavesTitleCase` nor `changesCase` holds) and a story's last line, full to the wrap
/// width and glued to the next story with no blank line, both passed the classic reflow test and
/// were joined to the lede: the story lost its headline, or two stories read as one paragraph, and
/// the merged line, wider than the wrap, left the lede's own wrapped lines unjoined.
///
/// The shape is the splitter's own (`split.dateline_patterns` on the first `dateline_max_chars`
/// characters, `DatelineMatcher`), so editing the pipeline file reaches the reflow too. A place in
/// capitals can open a wrapped line mid-sentence (`… the deal with the` / `U.S. — and its allies`):
/// the lede breaks only from a line that ends a sentence (a stop, `?`, `!`, a closing quote), or
/// from a block's first line (a headline) that stops on a word a sentence goes on after (not a
/// comma, a hyphen, nor one of `runOnWords`).
extension Reflow {
    /// Body line `i + 1` opens with a dateline and cannot go on from line `i` (see above);
    /// `first` tells whether line `i` is its block's first line.
    static func breaksBeforeDatelineLede(_ lines: [ClassifiedLine], _ i: Int, first: Bool, datelines: DatelineMatcher) -> Bool {
        guard lines.withContentBytes(i + 1, { datelines.matches(bytes: $0) && !SplitText.hasNoLowercase($0) }) else { return false }
        // Under a line in capitals a place in capitals goes on with it (`WHAT DEMOLITION DERBY
        // REVEALS ABOUT THE TRUMP` / `APOCALYPSE: There is …`, `changesCase`): only a place in
        // brackets opens a lede there (`… WHY HE WON’T)` / `(WASHINGTON) — As volatile …`).
        if lines.withContentBytes(i, SplitText.isAllCapitals) && !lines.withContentBytes(i + 1, { $0.first == 0x28 }) { return false }
        return lines.withContentBytes(i) { u in
            // A line that ends a sentence (a stop, a question or exclamation mark, a closing quote
            // or bracket after one): not a comma or a colon, which the lede may go on from.
            if !endsMidSentence(u), let last = u.last(where: { $0 != 0x20 && $0 != 0x09 }), last != 0x3A { return true }
            guard first else { return false }
            return stopsOnHeadlineWord(u)
        }
    }
}
