/// A story that opens on a short paragraph right under the end-of-copy mark of the story before
/// (`Reuter`, then `Defunding the police largely depends on who you ask.`): scored as a headline,
/// `sentence_ending` holds it far under the threshold, `trailer_before` alone does not lift it,
/// and the story is glued to the one above. A headline does not close on a full stop; a sentence
/// of a headline's length under such a mark, with a prose paragraph right below it (no header of
/// its own: no byline, credit or widget between), is the next story's lede. Not over a dateline
/// lede: a line there is that lede's headline. It opens its story as its first line, not as its
/// title (`BoundaryPlanner.plan`, `isOpening`). Cohesion still weighs it (it stays in the band).
extension BoundaryScorer {
    /// Adds `signed_off_lede` to headline candidate `i` (score `s`): `trailer_before` with an
    /// end-of-copy mark as that trailer, one capitalised sentence of a headline's length closed by
    /// a full stop, no dateline lede below, and the next body line (blanks between) prose that ended.
    func addSignedOffLede(_ i: Int, in lines: [ClassifiedLine], facts: LineFacts, _ s: inout ScoredLine) {
        guard weights[.signedOffLede] != 0, s.fired.contains(.trailerBefore), s.fired.contains(.sentenceEnding),
              s.fired.contains(.proseAfter), s.fired.contains(.headlineLength), s.fired.contains(.capitalised),
              !s.fired.contains(.datelineAfter), facts.places[i] == nil,
              lines.withContentBytes(i, { u in u.last == 0x2E && !SplitText.hasInnerSentenceBreak(u) }),
              hasEndOfCopyMarkAbove(i, in: lines, facts: facts) else { return }
        guard let j = facts.nonBlank(after: i), facts.shape[j] == .body, lines[j].words >= config.proseMinWords,
              facts.ending[j] != .open else { return }
        s.add(.signedOffLede, weights)
    }

    /// The nearest stripped trailer above `i` (blank and stripped lines between) is an end-of-copy
    /// mark: a word or a few (`Reuter`, `-- END --`, `(AP)`), no sentence. A trailer that is a
    /// sentence (`Jane Doe contributed to this report.`, `The opinions expressed … are hers.`) is
    /// followed by the story's own notes as often (`This report was featured in …`), or heads an
    /// opinion piece; a bare mark rule (`###`) separates sections inside a story.
    func hasEndOfCopyMarkAbove(_ i: Int, in lines: [ClassifiedLine], facts: LineFacts) -> Bool {
        var p = i - 1
        while p >= 0 {
            switch facts.shape[p] {
            case .trailer: return lines.withTextBytes(p, Self.isEndOfCopyMark)
            case .body: return false
            default: p -= 1
            }
        }
        return false
    }

    /// Most words of an end-of-copy mark.
    static let endOfCopyMaxWords = 3

    /// A line with a letter, at most `endOfCopyMaxWords` words, not closed by a full stop.
    static func isEndOfCopyMark(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard BoundaryPlanner.hasLetter(u) else { return false }
        let end = SplitText.sentenceEnd(u)
        guard end > 0, u[end - 1] != 0x2E else { return false }
        return LineText.wordCount(u) <= endOfCopyMaxWords
    }
}
