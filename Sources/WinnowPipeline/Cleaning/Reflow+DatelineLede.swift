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
/// The shape is read on bytes, as the splitter's dateline patterns read it (a place in capitals,
/// or in brackets, an optional `, Month day` and agency in brackets, then a dash or colon), from
/// the line's first `datelineMaxBytes` bytes. A place in capitals can open a wrapped line
/// mid-sentence too (`… the deal with the` / `U.S. — and its allies`): the lede breaks only from
/// a line that ends a sentence (a stop, `?`, `!`, a closing quote), or from a block's first line (a headline) that stops on a word a
/// sentence goes on after (not a comma, a hyphen, nor one of `runOnWords`).
extension Reflow {
    /// Bytes a dateline may take at a line's start (the splitter's `dateline_max_chars`).
    static let datelineMaxBytes = 60

    /// Body line `i + 1` opens with a dateline and cannot go on from line `i` (see above);
    /// `first` tells whether line `i` is its block's first line.
    static func breaksBeforeDatelineLede(_ lines: [ClassifiedLine], _ i: Int, first: Bool) -> Bool {
        guard lines.withContentBytes(i + 1, { opensDateline($0) && !SplitText.hasNoLowercase($0) }) else { return false }
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

    /// The line opens with a dateline: `PLACE`, `PLACE, Region` or `PLACE, Nov. 13` (a place of
    /// one or more words in capitals, two letters or more each), or `(Place)`, then an optional
    /// agency in brackets (`(Reuters)`), then a dash (`-`, `–`, `—`) or a colon, and a blank.
    static func opensDateline(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = min(u.count, datelineMaxBytes)
        var p = 0
        while p < n && (u[p] == 0x20 || u[p] == 0x09) { p += 1 }
        @inline(__always) func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
        @inline(__always) func isLetter(_ b: UInt8) -> Bool { isUpper(b) || (b >= 0x61 && b <= 0x7A) }
        @inline(__always) func isWordByte(_ b: UInt8) -> Bool { isLetter(b) || (b >= 0x30 && b <= 0x39) || b == 0x2E || b == 0x27 || b == 0x2D }
        guard p < n else { return false }
        if u[p] == 0x28 {
            // `(LONDON)`, `(Washington, D.C.)`: a capital, then letters, blanks and stops only.
            p += 1
            guard p < n, isUpper(u[p]) else { return false }
            while p < n && (isWordByte(u[p]) || u[p] == 0x20 || u[p] == 0x2C) { p += 1 }
            guard p < n, u[p] == 0x29 else { return false }
            p += 1
        } else {
            // One or more words in capitals: a capital, then capitals, stops, apostrophes, hyphens.
            var words = 0
            while p + 1 < n && isUpper(u[p]) && (isUpper(u[p + 1]) || u[p + 1] == 0x2E) {
                var q = p + 1
                while q < n && (isUpper(u[q]) || u[q] == 0x2E || u[q] == 0x27 || u[q] == 0x2D) { q += 1 }
                words += 1
                p = q
                guard p + 1 < n, u[p] == 0x20, isUpper(u[p + 1]) else { break }
                p += 1
            }
            guard words > 0 else { return false }
            // `, Region` or `, Nov. 13`: a capitalised word and up to three more.
            if p + 2 < n && u[p] == 0x2C && u[p + 1] == 0x20 && isUpper(u[p + 2]) {
                p += 2
                var more = 0
                while more < 4 && p < n && isWordByte(u[p]) {
                    while p < n && isWordByte(u[p]) { p += 1 }
                    more += 1
                    // Another word follows a blank unless the blank leads to the agency or the dash.
                    guard p + 1 < n, u[p] == 0x20, isWordByte(u[p + 1]) else { break }
                    p += 1
                }
            }
        }
        // ` (Reuters)`: an agency in brackets.
        if p + 1 < n && u[p] == 0x20 && u[p + 1] == 0x28 {
            var q = p + 2
            while q < n && (isLetter(u[q]) || u[q] == 0x20) { q += 1 }
            guard q < n, u[q] == 0x29, q > p + 2 else { return false }
            p = q + 1
        }
        while p < n && u[p] == 0x20 { p += 1 }
        // The dash or colon, then a blank.
        var marks = 0
        while p < n {
            if u[p] == 0x2D || u[p] == 0x3A { p += 1; marks += 1; continue }
            if p + 2 < n && u[p] == 0xE2 && u[p + 1] == 0x80 && (u[p + 2] == 0x93 || u[p + 2] == 0x94) { p += 3; marks += 1; continue }
            break
        }
        return marks > 0 && p < u.count && (u[p] == 0x20 || u[p] == 0x09)
    }
}
