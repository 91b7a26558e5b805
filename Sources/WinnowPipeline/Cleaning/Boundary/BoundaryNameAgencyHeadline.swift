/// A headline shaped like a wire byline over the page's own byline: `Rod J. Rosenstein, The
/// Forgotten Man` / `By GRACE LINDQVIST, Associated Press`, `Immigrant Kids, Adrift` / `By TOM
/// OYELARAN`. `Byline.isNameAndAgency` reads `Jane Doe, Reuters` by shape (two or three
/// capitalised words, a comma, one to three more), which a Title Case headline with a comma
/// shares; taken for a byline, the headline went to `metadata.bylines` and the story had no
/// title. A page names its authors once: a line of that shape right over a `By …` byline (blank
/// lines between) is the headline, not a second byline.
extension BoundaryScorer {
    /// Clears `byline[i]` for each body line matched only by the name-and-agency shape (no `By`)
    /// whose next non-blank line is a body line opening with `By ` that reads as a byline.
    func unmarkHeadlinesOverBylines(_ lines: [ClassifiedLine], shape: [LineFacts.Shape], _ byline: inout [Bool]) {
        for i in lines.indices where byline[i] {
            var j = i + 1
            while j < lines.count && shape[j] == .blank { j += 1 }
            guard j < lines.count, shape[j] == .body, byline[j], lines.withContentBytes(j, Self.opensWithBy),
                  !lines.withContentBytes(i, Self.opensWithBy), lines.withContentBytes(i, Byline.isNameAndAgency) else { continue }
            byline[i] = false
        }
    }

    /// The line opens with `By ` (any case) and a capital.
    static func opensWithBy(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        u.count >= 4 && u[0] | 0x20 == 0x62 && u[1] | 0x20 == 0x79 && u[2] == 0x20 && u[3].isASCIIUpper
    }
}
