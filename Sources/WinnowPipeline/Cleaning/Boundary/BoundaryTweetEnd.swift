/// An embedded tweet as scraped ends on its attribution: `… the word "treason" — Markos
/// Moulitsas (@markos) January 11, 2017`, no full stop. A paragraph that ends so has ended, as one
/// closed by a full stop has: a page header under it (a sign-off and a stamp) opens the next
/// story (`furnitureBlockKinds`). Read as an open line, it held the block off (w3).
extension BoundaryScorer {
    /// Line bytes `u` end on a year (four digits) after a `(@handle)`: a tweet's attribution.
    static func endsOnTweetAttribution(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = u.count
        while end > 0 && u[end - 1] == 0x20 { end -= 1 }
        guard end >= 8 else { return false }
        for k in (end - 4)..<end where !u[k].isASCIIDigit { return false }
        // `(@` then `)` before the date, within the line's last 60 bytes.
        var k = end - 5, close = -1
        while k > 0 && k >= end - 60 {
            if u[k] == 0x29 && close < 0 { close = k }
            if u[k] == 0x40 && u[k - 1] == 0x28 { return close > k }
            k -= 1
        }
        return false
    }
}
