/// A live blog's entry stamp (`Updated at 3:20 p.m. -- A little more about the candidates`): a time
/// stamp and, after a dash on the same line, the entry's heading. A page prints its own stamp as a
/// date and time alone (`Updated 9:39 a.m. ET`, `Published Nov. 3, 2024 | Updated …`); a heading
/// glued to the stamp is what a running story sets between its entries, so the line is no page
/// edge: a furniture block (`BoundaryFurniture.swift`) or a lone edge (`BoundaryLoneEdge.swift`)
/// does not count it, and a promo row next to it does not make a block of two kinds.
extension BoundaryScorer {
    /// Whether a stripped time stamp's bytes `u` carry an entry heading: a dash set between
    /// spaces (`--`, `-`, `–`, `—`) with a digit before it (the stamp) and, after it, at least
    /// `entryHeadingMinWords` words, the first opening with a letter, and no digit (a date or a
    /// time after the dash is the stamp's second half: `Posted 3 March 2024 — 10:15`).
    static func isEntryStamp(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = 0
        var digitBefore = false
        while k < u.count {
            let b = u[k]
            if b.isASCIIDigit { digitBefore = true }
            if b == 0x20, digitBefore, let after = dashEnd(u, from: k + 1) {
                return isHeading(UnsafeBufferPointer(rebasing: u[after...]))
            }
            k += 1
        }
        return false
    }

    /// Fewest words of an entry heading after the stamp's dash.
    static let entryHeadingMinWords = 2

    /// The index after `-- `, `- `, `– ` or `— ` starting at `k`, if one does (its space included).
    private static func dashEnd(_ u: UnsafeBufferPointer<UInt8>, from k: Int) -> Int? {
        var e = k
        if e < u.count && u[e] == 0x2D {
            e += 1
            if e < u.count && u[e] == 0x2D { e += 1 }
        } else if e + 2 < u.count && u[e] == 0xE2 && u[e + 1] == 0x80 && (u[e + 2] == 0x93 || u[e + 2] == 0x94) {
            e += 3
        } else {
            return nil
        }
        return e < u.count && u[e] == 0x20 ? e + 1 : nil
    }

    /// Words opening with a letter (ASCII or not), `entryHeadingMinWords` or more, no digit.
    private static func isHeading(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = u.first, first.isASCIILetter || first >= 0xC3 else { return false }
        var words = 0, inWord = false
        for b in u {
            if b.isASCIIDigit { return false }
            if b == 0x20 { inWord = false } else if !inWord { inWord = true; words += 1 }
        }
        return words >= entryHeadingMinWords
    }
}
