/// A headline that asks a question, over its dek, in hard-wrapped text.
///
/// `endsHeadlineOverSentence` (`Reflow+Dek.swift`) parts a sentence-case headline from the
/// sentence under it only when the headline stops on a word: a line ending in `?` or `!` also ends
/// a sentence inside a wrapped paragraph (`… did he?` / `The answer …`), so the break alone says
/// nothing. But a wrapped paragraph's lines never pass the width it was wrapped at, and a headline
/// set unwrapped may: `Is tight Kentucky governor’s race a sign of trouble awaiting McConnell in
/// 2020?` one character wider than every wrapped line near it, over `This time, McConnell has
/// talked up …`, was glued to its dek and the story was titled by both (x9104).
///
/// So a block's first line ending in `?` or `!`, wider than every line near it that runs on into
/// the line below (the wrap's evidence, `wrapEvidence`), over a line that opens a sentence
/// (`opensSentence`), is a headline of its own.
extension Reflow {
    /// Body line `i` (its block's first, line `i + 1` a body line) is a question headline over a
    /// sentence (see above). `evidence`: `wrapEvidence`'s widths.
    static func endsQuestionOverSentence(_ lines: [ClassifiedLine], _ i: Int, evidence: [Int], window: Int) -> Bool {
        let width = evidence[i]
        guard width > 0, lines[i].words >= 3, lines[i + 1].words >= 3,
              lines.withContentBytes(i, { LineText.ending(bytes: $0) }) == .question else { return false }
        // Wider than every other wrapped line near it: no wrapped line passes the wrap width.
        var widest = 0
        for j in max(0, i - window)...min(evidence.count - 1, i + window) where j != i { widest = max(widest, evidence[j]) }
        guard widest > 0, width > widest else { return false }
        return opensSentence(lines, i + 1)
    }
}
