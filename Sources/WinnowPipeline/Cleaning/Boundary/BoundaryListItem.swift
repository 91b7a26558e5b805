/// An enumerated line (`3. Implement implicit bias training for …`, `10) Manafort notes …`,
/// `(2) The court …`) is an item of the article's own list: a listicle's points, a report's
/// recommendations, a fact check's claims. It reads as a headline on shape (open ending, Title
/// Case, headline length, topic shifting from one item to the next), but sites number their
/// headlines nowhere: no gold headline of thirteen dev sets from three generators opens so, while
/// ~700 body lines do, and 11 such lines started stories (`list_item`).
extension BoundaryScorer {
    /// The line opens with one or two digits, optionally in brackets, then `.` or `)` and a blank
    /// (not `2020. `, a year closing a sentence, nor `1.5 million`).
    static func opensWithEnumerator(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = 0
        let bracket = u.count > 0 && u[0] == 0x28
        if bracket { k = 1 }
        let digits = k
        while k < u.count && k - digits < 3 && u[k].isASCIIDigit { k += 1 }
        let n = k - digits
        guard n >= 1 && n <= 2, k + 1 < u.count, u[k + 1] == 0x20 else { return false }
        return bracket ? u[k] == 0x29 : (u[k] == 0x2E || u[k] == 0x29)
    }
}
