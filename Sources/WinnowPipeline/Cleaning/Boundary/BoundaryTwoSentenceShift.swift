/// Two-sentence shift: a headline in two sentences (`Jeb Bush's problem isn't his name. It's that
/// he won't try.`) where the topic changes below it and its words come back in the text below
/// (`two_sentence_headline`, `topic_shift`) is held just under the threshold by
/// `sentence_ending`. A paragraph of two sentences inside a story rarely has both: the words
/// around it share the story's topic. Those that do are longer (a paragraph runs on past a
/// headline's length) or quote a speaker (`"…," she said.`), so short lines that do not open
/// with a double quote get `two_sentence_shift`.
extension BoundaryPlanner {
    /// Words a two-sentence headline has at most (headlines of two sentences run 10-20 words).
    static let twoSentenceShiftMaxWords = 20

    /// Adds `two_sentence_shift` to headline candidate `i` (scored `s`) below the threshold that
    /// the weight lifts over it.
    func addTwoSentenceShift(_ i: Int, _ lines: [ClassifiedLine], _ s: inout ScoredLine) {
        let weight = scorer.weights[.twoSentenceShift]
        guard weight > 0, s.fired.contains(.twoSentenceHeadline), s.fired.contains(.topicShift),
              s.score < config.threshold, s.score + weight >= config.threshold,
              lines[i].words <= Self.twoSentenceShiftMaxWords,
              !lines.withContentBytes(i, Self.opensWithDoubleQuote) else { return }
        s.add(.twoSentenceShift, scorer.weights)
    }

    /// The line opens with `"` or `“`: a quotation (`"We will win. They know it," he said.`).
    static func opensWithDoubleQuote(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let b = u.first else { return false }
        return b == 0x22 || (b == 0xE2 && u.count >= 3 && u[1] == 0x80 && u[2] == 0x9C)
    }
}
