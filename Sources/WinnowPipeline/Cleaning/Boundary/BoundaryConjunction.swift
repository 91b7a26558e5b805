/// `conjunction_opening`: a headline candidate that opens with a coordinating conjunction (`But a
/// partisan battle has also erupted over this question: …?`, `And will we keep using it …?`, `And
/// Now, A Word From Charles`) goes on from the sentence before it: an article's own paragraph, dek
/// or section head. No gold headline of the 13 dev sets opens so (0 of 8,675); 16 records of a
/// run over them had such a title or first line, none a story. Headlines only, with an open or
/// question ending: a headline-less lede opens with `But` or `And` now and then (5 of 12,378 gold
/// stories), and its first line, ending like a sentence, is scored on the headline path too (b4:
/// two such ledes lost their start when the feature asked every headline candidate).
extension BoundaryScorer {
    /// Conjunctions that open a sentence continuing the one before it, with the blank after them.
    private static let conjunctions: [[UInt8]] = ["But ", "And ", "Yet ", "Or ", "Nor "].map { Array($0.utf8) }

    static func opensWithConjunction(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let b = u.first, b == 0x42 || b == 0x41 || b == 0x59 || b == 0x4F || b == 0x4E else { return false }
        return conjunctions.contains { u.starts(with: $0) }
    }
}
