/// A paragraph's opening cut short with an ellipsis right over the paragraph itself: an export's
/// abstract (`Abstract: More Americans are taking … In 28 states and Washington, D.C., ...` over
/// `Full text: More Americans are taking … D.C., advance vote counts …`), a feed's excerpt, a
/// card's teaser. The ellipsis says the line was cut; the paragraph below says what it was cut
/// from, so the line is a second copy and is stripped as `teaser`.
///
/// Field labels on either line (`Abstract:`, `Full text:`, `Summary:`) are skipped before the
/// comparison: exports label the copy and the text differently. The copy must carry
/// `minWords`+ words: a short `Wait ...` over a paragraph opening `Wait for it` is dialogue.
/// Unlike `CaptionContext.stripTruncatedTeasers` no header furniture is needed above it: the
/// ellipsis is the mark that the line stops short, not a guess from where it stops.
enum EllipsisCopy {
    static let rule = "teaser"
    /// Words the copy has at least (its value, the label left out).
    static let minWords = 6
    /// Bytes of the copy at most: an abstract, not a story.
    static let maxBytes = 800
    /// Lines looked at below the copy for its paragraph (blanks and stripped lines between).
    static let lookahead = 4

    static func apply(_ lines: inout [ClassifiedLine]) {
        guard lines.count > 1 else { return }
        for i in 0..<(lines.count - 1) {
            guard case .body = lines[i].kind, lines[i].words > minWords,
                  lines[i].contentByteCount <= maxBytes,
                  let head = lines.withContentBytes(i, copiedHead) else { continue }
            guard let j = nextBody(after: i, in: lines) else { continue }
            let repeats = lines.withContentBytes(j) { para -> Bool in
                let from = valueStart(para)
                return para.count - from > head.count
                    && para[from..<(from + head.count)].elementsEqual(head)
            }
            if repeats {
                lines[i] = lines[i].with(kind: .stripped(rule: rule, role: nil),
                                         detail: "the paragraph below's opening, cut short by an ellipsis")
            }
        }
    }

    /// The line's value (past a field label) up to its closing ellipsis (`...` or `…`, blanks
    /// before it dropped), when it has `minWords`+ words; nil otherwise.
    static func copiedHead(_ u: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var e = u.count
        while e > 0, u[e - 1] == 0x20 || u[e - 1] == 0x09 { e -= 1 }
        if e >= 3, u[e - 1] == 0x2E, u[e - 2] == 0x2E, u[e - 3] == 0x2E {
            e -= 3
        } else if e >= 3, u[e - 3] == 0xE2, u[e - 2] == 0x80, u[e - 1] == 0xA6 {
            e -= 3
        } else {
            return nil
        }
        while e > 0, u[e - 1] == 0x20 { e -= 1 }
        let s = valueStart(u)
        guard e > s else { return nil }
        var words = 1
        for k in s..<e where u[k] == 0x20 { words += 1 }
        return words >= minWords ? Array(u[s..<e]) : nil
    }

    /// Where the line's text starts past a field label (`Abstract: `, `LP  `), or past leading blanks.
    static func valueStart(_ u: UnsafeBufferPointer<UInt8>) -> Int {
        var s = FieldLabel.labelEnd(u)
        if s > 0, s < u.count, u[s] == 0x3A { s += 1 }
        if s == 0 { s = LineText.leadingBlankCount(u) }
        while s < u.count, u[s] == 0x20 || u[s] == 0x09 { s += 1 }
        return s
    }

    /// The first body line below `i` within `lookahead` lines, past blanks and stripped lines.
    private static func nextBody(after i: Int, in lines: [ClassifiedLine]) -> Int? {
        var j = i + 1
        while j < lines.count && j <= i + lookahead {
            if case .body = lines[j].kind { return j }
            j += 1
        }
        return nil
    }
}
