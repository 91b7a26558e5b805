/// A paragraph that ends on a stray opening quote (`… or capitalism. “`: the scrape cut the next
/// quote off, or a template left its mark) ended on the sentence before it. `LineText.ending` reads
/// such a line as open (an opening quote is no closing mark: a headline may end `Says “`), which is
/// right for a headline; reading the furniture block above a lede, the paragraph over the block has
/// ended, as one closed by a full stop has (g101 lost two stories: the page header under it was
/// not read as a page edge).
extension BoundaryScorer {
    /// `facts.ending[j]`, but `.sentence` for a line ending on a stray opening quote.
    func blockEnding(_ j: Int, in lines: [ClassifiedLine], facts: LineFacts) -> LineText.Ending {
        let ending = facts.ending[j]
        guard ending == .open, lines.withContentBytes(j, Self.endsOnStrayQuote) else { return ending }
        return .sentence
    }

    /// Line bytes `u` close on a lone `“` (U+201C) after a sentence's end (`… capitalism. “`); a
    /// headline does not stop a sentence and open a quote (`Mayor Says “` stays open).
    static func endsOnStrayQuote(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = u.count
        while end > 0 && u[end - 1] == 0x20 { end -= 1 }
        guard end >= 6, u[end - 3] == 0xE2, u[end - 2] == 0x80, u[end - 1] == 0x9C, u[end - 4] == 0x20 else { return false }
        return LineText.ending(bytes: UnsafeBufferPointer(rebasing: u[0..<(end - 4)])) == .sentence
    }
}
