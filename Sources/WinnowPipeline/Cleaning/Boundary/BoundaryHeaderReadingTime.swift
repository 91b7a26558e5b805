/// Two more page headers around a header byline (`BoundaryHeaderByline.swift`,
/// `header_reading_time`):
///
/// - `Headline` / `Written by Jane Doe` / `Reading time: 5 minutes` / lede: a reading time (or a
///   listen button with its running time) sits only in a page's header, never under a story's
///   last paragraph, so it dates the byline as a time stamp does. Read as a trailer, the line
///   closed the headline's story inside its header, and the wire lede under the header's photo
///   captions opened a story of its own (a fresh blind set: `Headline` / photo credit / `Written
///   by …` / `Listen to this article · 7 min` / widgets / captions / `WASHINGTON (AP) — …`).
/// - `Headline` / `A caption ending in its credit (AFP Photo/Jane Roe)` / `Written by Jane Doe` /
///   stamp: a photo set between the headline and its byline. A caption is no story's last
///   paragraph when a headline stands right over it; read as a sign-off, the line let a subhead
///   further down open a story of its own under it (`trailer_before`).
/// - `Headline` / two short dek paragraphs / photo credit / `Written by Jane Doe` / reading time or
///   stamp: a dek of two paragraphs, each set apart, is still the header's (`headlineOrDekAbove`
///   took one paragraph only; the headline's first copy and its dek were left as a story of their
///   own over its repeat under the header, in a fresh blind set).
extension BoundaryScorer {
    /// Most words of a reading-time line (`Listen to this article · 3 min`).
    static let readingTimeMaxWords = 8

    /// Line `j`, the first non-blank one below a trailer, is a stripped reading time
    /// (`stampBelow` finds `j`).
    func isReadingTimeBelow(_ j: Int, _ shape: [LineFacts.Shape], _ lines: [ClassifiedLine]) -> Bool {
        config.headerReadingTime && shape[j] == .widget && Self.isReadingTime(j, lines)
    }

    /// Line `j` (stripped) is a reading time: a few words, a digit, then `min` (`5 min read`,
    /// `Reading time: 5 minutes`, `3-minute read`).
    static func isReadingTime(_ j: Int, _ lines: [ClassifiedLine]) -> Bool {
        guard lines[j].words <= readingTimeMaxWords else { return false }
        return lines.withContentBytes(j) { u in
            var digit = false
            for k in u.indices {
                if u[k].isASCIIDigit { digit = true; continue }
                // `min` after a digit, as a word's start (not `admin`).
                if digit, k == 0 || !u[k - 1].isASCIILetter,
                   ByteSearch.hasPrefixFoldingASCII(UnsafeBufferPointer(rebasing: u[k...]), minWord) { return true }
            }
            return false
        }
    }

    private static let minWord: [UInt8] = Array("min".utf8)

    /// Body line `p`, the first above trailer `t`, is a photo caption (it ends in its credit, or a
    /// stripped credit line stands between it and `t`) right under a standing headline.
    func isCaptionUnderHeadline(_ p: Int, _ t: Int, _ lines: [ClassifiedLine], _ f: LineFacts) -> Bool {
        guard f.credit[p] || ((p + 1)..<t).contains(where: { f.shape[$0] == .credit }) else { return false }
        var h = p - 1
        while h >= 0 && f.shape[h] == .blank { h -= 1 }
        guard h >= 0, f.shape[h] == .body else { return false }
        return isStandingHeadline(h, lines, f)
    }
}
