/// A headline in sentence case over its dek or lede, in hard-wrapped text.
///
/// A wrapped dump sets its headline unwrapped, often as wide as the wrap width; with no blank line
/// under it (no paragraph gaps, or the indent style, where the dek is set flush left too), the
/// classic reflow test glued it to the line below: `Missouri poised to pass restrictive abortion
/// law, days after Alabama` / `The legislation allows for an abortion after the eighth week`. The
/// story then had no headline, or the headline and its dek as one title. Title Case headlines and
/// headlines in capitals have their own tests (`leavesTitleCase`, `changesCase`); this one reads
/// the words at the break.
///
/// A wrapped line breaks inside a sentence, so the line below goes on with that sentence; a line
/// that opens with a capitalised word that only opens sentences (`The`, `He`, `But`, `When`) means
/// the sentence above ended without a stop: the line above was a headline. A sentence does run on
/// over a capitalised name (`… told` / `The Associated Press`), after a verb, preposition or
/// article: so the line above must stop on a word no sentence stops on before a name of that
/// kind (not a function word, not `said`, `told`, `wrote`), and not on a comma, hyphen or dash.
extension Reflow {
    /// Capitalised words that open sentences and are not names: pronouns, determiners,
    /// conjunctions. `I` is left out (it is capitalised mid-sentence), as are `A` and `In` (`Plan A`,
    /// Title Case names).
    static let sentenceOpeners: [[UInt8]] = ["The", "This", "That", "These", "Those", "It", "It's", "He", "She",
                                             "They", "We", "His", "Her", "Their", "Its", "Our", "But", "And",
                                             "When", "While", "Although", "There"].map { Array($0.utf8) }

    /// Words a wrapped line stops on right before a name opening with `The` (`… according to` /
    /// `The Hague`): function words, and the verbs that introduce a source.
    static let runOnWords: [[UInt8]] = ["a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to",
                                        "for", "by", "as", "with", "from", "into", "onto", "over", "under", "about",
                                        "after", "before", "than", "that", "which", "who", "whom", "whose", "said",
                                        "says", "told", "tells", "wrote", "writes", "reported", "reports", "called",
                                        "named", "is", "are", "was", "were", "be", "been", "being", "has", "have",
                                        "had", "will", "would", "can", "could", "should", "may", "might", "its",
                                        "their", "his", "her", "our", "your", "my", "this", "these", "those", "via",
                                        "like", "including", "against", "between", "among", "per", "joined", "see",
                                        "read", "watch", "near", "toward", "towards"].map { Array($0.utf8) }

    /// Body line `i`, a block's first line, ends a headline: it stops on a letter or digit, its last
    /// word is none of `runOnWords`, and line `i + 1` opens with one of `sentenceOpeners`.
    static func endsHeadlineOverSentence(_ lines: [ClassifiedLine], _ i: Int) -> Bool {
        guard lines[i].words >= 3, lines[i + 1].words >= 3, opensSentence(lines, i + 1) else { return false }
        return lines.withContentBytes(i, stopsOnHeadlineWord)
    }

    /// Body line `j` opens with one of `sentenceOpeners` and does not go on in Title Case.
    static func opensSentence(_ lines: [ClassifiedLine], _ j: Int) -> Bool {
        lines.withContentBytes(j) { u -> Bool in
            var w = firstWord(u)
            // `The` or `The,`: a word's trailing comma is no part of it.
            while let l = w.last, l == 0x2C { w = w.dropLast() }
            guard sentenceOpeners.contains(where: { $0.elementsEqual(w) }) else { return false }
            // A Title Case headline wrapped over two lines goes on in Title Case (`… President
            // Trump Claims` / `He Was At Ground Zero On Sept. 11. But Was He?`): that is one line.
            return SplitText.longWordCount(u) < 2 || SplitText.titleCaseShare(u) < 1
        }
    }

    /// The line's last word ends in a letter or digit (not a comma, a hyphen or a dash).
    static func stopsOnWord(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        endsInLetterOrDigit(lastWord(u))
    }

    private static func endsInLetterOrDigit(_ w: UnsafeBufferPointer<UInt8>.SubSequence) -> Bool {
        guard let l = w.last else { return false }
        return (0x30...0x39).contains(l) || (0x41...0x5A).contains(l) || (0x61...0x7A).contains(l)
    }

    /// `stopsOnWord`, on a word no sentence runs on from (none of `runOnWords`, in any case):
    /// where a headline may stop, not a wrapped sentence.
    static func stopsOnHeadlineWord(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        let w = lastWord(u)
        guard endsInLetterOrDigit(w) else { return false }
        return !runOnWords.contains { word in
            word.count == w.count && zip(word, w).allSatisfy { a, b in a == (b | 0x20) || a == b }
        }
    }
}
