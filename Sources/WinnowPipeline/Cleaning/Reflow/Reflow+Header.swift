/// Where a page's header interrupts hard-wrapped text.
///
/// A wrapped dump sets its header lines (headline, byline, time stamp) one to a line, unwrapped;
/// a headline that ends without a stop and is as wide as the wrap width looks like the first line
/// of a wrapped paragraph to the reflow test, and was glued to the line below: its time stamp
/// (`Published May 21, 2020 12:34am EST`), its byline (`PRIYA DELGADO | The Courier`) or its
/// lede. The title was then wrong and the headline, repeated further down, no longer matched.
///
/// Not every stripped line ends a run: a wrapped paragraph's last words can match a rule on their
/// own (`… contact us by` / `Email`, `… (` / `AP Photo/Jane Doe)`) and belong to the paragraph.
/// Those tails are a few words that complete a sentence begun above; a header line is a complete
/// unit of its own: a time stamp (its rule read a date from the whole line), or a byline or
/// credit (or a widget's prompt) of `headerMinWords` words or more. And only a line that is not itself a continuation
/// (a one-line block so far: a headline) is cut off: a paragraph's wrapped lines go on.
extension Reflow {
    /// Fewest words of a stripped credit or trailer line read as a header line of its own.
    static let headerMinWords = 4

    /// Stripped line `k` is a header line of its own (see above), never a wrapped line's tail:
    /// it opens with a capital or a digit (a tail goes on in lower case: `recent UT/Texas Tribune
    /// Poll comes from …`), and is a time stamp, or a byline or a credit or trailer of
    /// `headerMinWords` words that ends no sentence begun above (`Dec. 23, 2015. J Pat Carter / AP`
    /// finishes a caption's sentence, then credits it).
    static func opensHeader(_ lines: [ClassifiedLine], _ k: Int) -> Bool {
        let role = lines[k].strippedRole
        let words = lines[k].words
        return lines.withTextBytes(k) { u in
            guard let first = u.first(where: { $0 != 0x20 && $0 != 0x09 }),
                  (0x41...0x5A).contains(first) || (0x30...0x39).contains(first) || first == 0x28 else { return false }
            if role == .timestamp { return true }
            guard !hasInnerSentenceEnd(u) else { return false }
            if Byline.hasShape(u, words: words) { return true }
            // A capitalised widget prompt of as many words (`Subscribe to The Ledger for $1 a week`
            // under a headline as wide as the wrap) is a page's line of its own too: a tail that
            // finishes a sentence begun above goes on in a few words (`… contact us by` / `Email`).
            // Only a prompt with no stop in it: a promo wrapped over its lines (`… coverage of
            // Super` / `Tuesday results starting tonight at 6 ET! Click here to find out`) goes on.
            // And a prompt, a phrase with a word in lower case: a row of buttons (`Share Tweet Post
            // Email`) is left to the width test as before.
            // Nor under a line that stops on a function word (`… register for The` / `Economist
            // Today, our daily newsletter, …`): the sentence goes on into it.
            if role == .widget {
                return words >= headerMinWords && !hasStopInside(u) && hasLowercaseWord(u)
                    && k > 0 && !lines.withTextBytes(k - 1, endsOnFunctionWord)
            }
            return (role == .credit || role == .trailer) && words >= headerMinWords
        }
    }

    /// The line's last word is one of `titleFunctionWords` in any case (`for The`, `of the`).
    static func endsOnFunctionWord(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        let w = lastWord(u)
        return titleFunctionWords.contains { f in
            f.count == w.count && zip(f, w).allSatisfy { a, b in a == (b.isASCIIUpper ? b | 0x20 : b) }
        }
    }

    /// A word after the first opens with a lower-case ASCII letter.
    static func hasLowercaseWord(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard u.count >= 2 else { return false }
        for p in 1..<u.count where u[p - 1] == 0x20 && u[p].isASCIILower { return true }
        return false
    }

    /// `.`, `?` or `!` then a blank anywhere in the line, whatever stands before it (`6 ET! Click`).
    static func hasStopInside(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard u.count >= 2 else { return false }
        for p in 0..<(u.count - 1) where (u[p] == 0x2E || u[p] == 0x3F || u[p] == 0x21) && u[p + 1] == 0x20 { return true }
        return false
    }

    /// A sentence ends inside the line: `.`, `?` or `!` after a lowercase letter or a digit, then a
    /// blank (`2015. J Pat Carter`; not an initial, `Jane Q. Doe`, nor a time, `12.34`). Looser
    /// than `SplitText.hasInnerSentenceBreak` (a year before the stop, anything after it): why
    /// the two differ is told there.
    static func hasInnerSentenceEnd(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard u.count >= 3 else { return false }
        for p in 1..<(u.count - 1) where (u[p] == 0x2E || u[p] == 0x3F || u[p] == 0x21) && u[p + 1] == 0x20 {
            let b = u[p - 1]
            if (0x61...0x7A).contains(b) || (0x30...0x39).contains(b) { return true }
        }
        return false
    }

    /// Body line `i` ends its block: it carried a metadata prefix (` date 2024-10-28 <headline>`),
    /// which a page sets on a headline, never on a wrapped paragraph's first line.
    static func endsRun(_ lines: [ClassifiedLine], _ i: Int) -> Bool {
        lines[i].isMetadataBearing
    }
}
