/// An ad slot's label (`Advertisement`, `ADVERTISEMENT`, `Sponsored content`, `Paid post`) over a
/// photo credit is a soft block (`BoundarySoftBlock.swift`: a label over a credit), but the weaker
/// one: the next page's kicker over its lead photo's credit opens a story, while a site sets an ad
/// slot between its own paragraphs, next to an inline photo's credit, just as well. So an ad over a
/// credit starts a story only where the topic shifts outright (`topic_shift`), not on
/// `soft_block_topic_shift`'s wider band: read there, it split stories at cohesion 0.057 and 0.060
/// (w1, w3: `Advertisement` / `SPONSORED CONTENT` over a credit inside an article).
extension BoundaryScorer {
    /// The soft block right over body line `i` is an ad slot's label over a photo credit.
    func isAdOverCredit(_ i: Int, in lines: [ClassifiedLine]) -> Bool {
        var j = i - 1
        while j >= 0, case .blank = lines[j].kind { j -= 1 }
        guard j >= 0, case .stripped(_, .credit?) = lines[j].kind else { return false }
        return Self.endedParagraphAbove(j - 1, in: lines) { $0.withContentBytes(Self.isAdLabel) }
    }

    /// Line bytes `u` open with an ad label's word (ASCII, case folded): `advert…`, `sponsor…`,
    /// `paid `, `promoted`, `partner content`, or are `Ad` alone.
    static func isAdLabel(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        if u.count == 2 && ByteSearch.hasPrefixFoldingASCII(u, adAlone) { return true }
        return adWords.contains { ByteSearch.hasPrefixFoldingASCII(u, $0) }
    }

    static let adAlone = Array("ad".utf8)
    static let adWords: [[UInt8]] = ["advert", "sponsor", "paid ", "promoted", "partner content"].map { Array($0.utf8) }
}
