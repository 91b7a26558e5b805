/// A long line in capitals inside a story's text (`BARR VOWS MUELLER REPORT RELEASE 'WITHIN A
/// WEEK,' AS DEMS RIP 'UNACCEPTABLE' HANDLING AT HEATED HEARING`): a site that sets its links to
/// related stories in capitals between the paragraphs (Fox-style inline links) prints another
/// story's headline there, not a part of this one. It leaves the text for `metadata.links`.
///
/// Decided here, past the plan, not by a line rule: the same shape is a dump's own headline
/// where stories open at wire headlines in capitals, and only the plan tells a line that opens a
/// story from one inside it. A subhead set in capitals is short (`THE FATE OF DEMOCRACY`,
/// `HITTING THE BOTTOM LINE`: up to eight words in every dev gold that keeps one), a headline runs
/// longer, so only a line of `capsLinkMinWords` words or more goes. A sentence set in capitals
/// (a shouted quote, a numbered list's item `2. THE CENTER IS PRETTY WHITE.`) ends with a full
/// stop, a colon or an exclamation mark, a headline does not. A link stands alone among
/// paragraphs in mixed case: next to another kept line in capitals it is copy set in capitals
/// (an old wire's all-capitals text, a hard-wrapped line of it), and it stays.
extension StorySplitter {
    /// Words a line in capitals needs to read as another story's headline rather than a subhead.
    static let capsLinkMinWords = 10

    /// The rule name an inline capitals link is stripped under.
    static let capsLinkRule = "caps_link"

    /// Kept body line `i`, past its story's opening, is another story's headline set in capitals.
    static func isInlineCapsLink(_ i: Int, in lines: [ClassifiedLine], facts: LineFacts) -> Bool {
        guard lines[i].words >= capsLinkMinWords, facts.ending[i] != .sentence, !facts.bullet[i],
              lines[i].linkRule == nil else { return false }
        let shaped = lines.withContentBytes(i) { u -> Bool in
            guard let last = u.last, last != UInt8(ascii: "!") else { return false }
            return SplitText.isAllCapitals(u) && !hasLatinLowercase(u)
        }
        return shaped && !neighbourInCapitals(i, step: -1, in: lines, facts: facts) && !neighbourInCapitals(i, step: 1, in: lines, facts: facts)
    }

    /// The first non-blank line from `i` in direction `step` is kept and set in capitals.
    private static func neighbourInCapitals(_ i: Int, step: Int, in lines: [ClassifiedLine], facts: LineFacts) -> Bool {
        guard let j = step < 0 ? facts.nonBlank(before: i) : facts.nonBlank(after: i), facts.shape[j] == .body else { return false }
        return lines.withContentBytes(j) { SplitText.isAllCapitals($0) }
    }

    /// A two-byte Latin-1 lower-case letter (`é`, `ñ`: U+00DF–U+00FF but `÷`): `isAllCapitals`
    /// reads ASCII only, and a line of prose with accents is no line in capitals.
    private static func hasLatinLowercase(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = 0
        while k + 1 < u.count {
            if u[k] == 0xC3, u[k + 1] >= 0x9F, u[k + 1] != 0xB7 { return true }
            k += 1
        }
        return false
    }
}
