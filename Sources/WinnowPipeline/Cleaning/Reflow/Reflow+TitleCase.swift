/// A headline in Title Case never wraps onto a line of prose. Sites capitalise every word of a
/// headline (`The Ghosts Of Colonialism Are Haunting The World's Response To The Pandemic`); set as
/// wide as the wrap width, it passed the classic reflow test and was glued to its dek or lede
/// (`… To The Pandemic` / `But the coronavirus pandemic makes it …`). A wrapped line of prose
/// with every long word capitalised is rare (`that`, `with`, `said`, `have` are lower case), and
/// a Title Case headline wrapped over two lines stays in Title Case across the wrap, so it still
/// joins (`In A Bitterly Divided Nation, Will Robert Mueller's Testimony` / `Change Any Minds?`).
extension Reflow {
    /// Fewest words of 4+ letters line `i` needs for its Title Case to count (short lines are
    /// names and labels as often).
    static let titleCaseMinLongWords = 5
    /// Share of capitalised long words the line below may have at most to read as prose.
    /// (a wrapped sentence naming people goes on with a few capitals: `Secretary Steven Mnuchin
    /// have become the public faces of the` is 3 of 7).
    static let proseMaxTitleShare = 0.34

    /// Body line `i` has `titleCaseMinLongWords` long words, all capitalised, its short words are
    /// capitalised or function words (`of`, `the`, `is`: a lower-case `who`, `has`, `won` is
    /// prose naming people and places: `State Sen. Kay Kirkpatrick, who won Judson Hill’s District`),
    /// and it does not stop on a function word or a comma (`… Research Institute, a`); line `i + 1`
    /// (three long words or more) has at most `proseMaxTitleShare` of its long words capitalised.
    /// The caller asks it only of a block's first line, not indented: a paragraph's wrapped lines
    /// go on, and an indented line opens a paragraph (`\tFederal Reserve Chairman Jerome Powell and
    /// Treasury` / `Secretary Steven Mnuchin have become …`), never a headline.
    static func leavesTitleCase(_ lines: [ClassifiedLine], _ i: Int) -> Bool {
        // A link's text below (`the Country Succeeds 2:49 autoplay … Copy this code`) is no prose.
        guard lines[i + 1].words >= 3, lines[i + 1].linkRule == nil, isTitleCaseLine(lines, i) else { return false }
        // The line below opens a sentence of its own: a wrapped lede naming people goes on in
        // lower case (`Flanked by Republican Sens. Tom Cotton and David Perdue, President Trump` /
        // `unveiled the RAISE Act on Wednesday, …`).
        // A Title Case question or exclamation is a whole headline (`In A Bitterly Divided Nation,
        // Will Robert Mueller's Testimony Change Any Minds?`): the line below opens a sentence of
        // its own however many names it capitalises (`Former special counsel Robert Mueller did
        // what Democrats wanted`, 4 of 8), as long as it is no Title Case line itself.
        let asks = lines.withContentBytes(i, endsQuestionOrExclamation)
        return lines.withContentBytes(i + 1) { u in
            guard let c = u.first, !c.isASCIILower else { return false }
            guard SplitText.longWordCount(u) >= 3 else { return false }
            let share = SplitText.titleCaseShare(u)
            return share <= proseMaxTitleShare || (asks && share < 1)
        }
    }

    /// The line ends on `?` or `!`, a closing quote or bracket after it allowed (`… Minds?`,
    /// `… Again!”`).
    static func endsQuestionOrExclamation(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = LineText.endBeforeClosingQuotes(u, brackets: true)
        return n > 0 && (u[n - 1] == 0x3F || u[n - 1] == 0x21)
    }
}

extension Reflow {
    /// Body line `i` is set in Title Case: `titleCaseMinLongWords` long words, all capitalised, its
    /// short lower-case words function words, not stopping on one (see `leavesTitleCase`).
    static func isTitleCaseLine(_ lines: [ClassifiedLine], _ i: Int) -> Bool {
        lines[i].words >= titleCaseMinLongWords && lines.withContentBytes(i) { u in
            // A line set in capitals is `changesCase`'s (a lede may open in capitals across the wrap).
            SplitText.longWordCount(u) >= titleCaseMinLongWords && !SplitText.hasNoLowercase(u)
                && SplitText.titleCaseShare(u) >= 1 && shortWordsOfTitle(u)
        }
    }

    /// Short words a Title Case headline leaves in lower case.
    static let titleFunctionWords: [[UInt8]] = ["a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at",
                                                "to", "for", "by", "as", "vs", "vs.", "is", "if", "via"].map { Array($0.utf8) }

    /// `w` is one of `titleFunctionWords`, byte for byte (no String made per word).
    static func isTitleFunctionWord(_ w: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        titleFunctionWords.contains { $0.elementsEqual(w) }
    }

    /// Every word of at most three bytes that opens with a lower-case ASCII letter is a function
    /// word, the last word is none (nor ends in a comma), and there is at most one comma.
    static func shortWordsOfTitle(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        let words = u.split(separator: 0x20)
        // Two commas make a list (`Republican Presidents Richard Nixon, Ronald Reagan, George
        // Herbert`, `ANALYSIS — Voters in Kentucky, Mississippi, and Virginia`): a lede's names.
        // Nor does a headline stop on `&` or a dash (`… Actions Muzinich &` / `Co.’s largest fund`).
        guard let last = words.last, let end = last.last, end != 0x2C, end != 0x26, end != 0x2D,
              u.lazy.filter({ $0 == 0x2C }).count <= 1 else { return false }
        if let c = last.first, c.isASCIILower, isTitleFunctionWord(last) { return false }
        for w in words where w.count <= 3 {
            guard let c = w.first, c.isASCIILower else { continue }
            if !isTitleFunctionWord(w) { return false }
        }
        return true
    }
}

extension SplitText {
    /// No lower-case ASCII letter in the line.
    static func hasNoLowercase(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        !u.contains { $0.isASCIILower }
    }

    /// Words (space-separated runs) with `minLetters` ASCII letters or more.
    static func letterWordCount(_ u: UnsafeBufferPointer<UInt8>, minLetters: Int) -> Int {
        var n = 0, letters = 0
        for b in u {
            if b == 0x20 { if letters >= minLetters { n += 1 }; letters = 0 }
            else if (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) { letters += 1 }
        }
        return letters >= minLetters ? n + 1 : n
    }

    /// Words of 4+ bytes (a space-separated run; `titleCaseShare` counts scalars, which only
    /// differs on non-ASCII words, where this count is at least as high).
    static func longWordCount(_ u: UnsafeBufferPointer<UInt8>) -> Int {
        var n = 0, len = 0
        for b in u {
            if b == 0x20 { if len >= 4 { n += 1 }; len = 0 } else { len += 1 }
        }
        return len >= 4 ? n + 1 : n
    }
}
