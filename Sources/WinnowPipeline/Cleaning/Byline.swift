/// A byline the line rules kept as body: `By Jane Doe`, `By Jane Doe and John Roe`,
/// `BY JANE DOE - October 20, 2014`, `By Jane Doe | 03/02/16 3:44am`.
///
/// Under a headline it is header furniture, not the lede: without it the headline above looks
/// like a line with no prose below it, and the byline (headline length, open ending, the lede
/// below) scores as the headline itself. Shape only: `By` and a blank, a capitalised word, a
/// short line that does not end like a sentence (`By Sunday afternoon, Pence had changed his
/// tune.` and `By contrast, liberals:` are prose).
enum Byline {
    /// A byline names a few people and maybe a date: longer lines are prose.
    static let maxWords = 16

    static func matches(_ content: some StringProtocol, words: Int, ending: LineText.Ending) -> Bool {
        SplitText.withBytes(content) { matches($0, words: words, ending: ending) }
    }

    /// `matches` of a line's UTF-8 bytes.
    static func matches(_ u: UnsafeBufferPointer<UInt8>, words: Int, ending: LineText.Ending) -> Bool {
        guard words >= 2, words <= maxWords, ending != .sentence else { return false }
        guard u.count >= 5, u[0] == 0x42, u[1] == 0x79 || u[1] == 0x59, u[2] == 0x20 else { return false }
        return u[3] >= 0x41 && u[3] <= 0x5A
    }
}
