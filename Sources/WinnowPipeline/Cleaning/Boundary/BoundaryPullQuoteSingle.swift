/// A pull quote in single curly quotes (`‘It’s kind of hard to pick one accomplishment’`): outlets
/// that quote in single marks set their pull quotes so. Only the curly pair: a straight `'` opens
/// a headline's quoted word as often as a quotation (`'Shameful': Turkey rejects …`). Inside it a
/// `’` is an apostrophe (`It’s`, `America’s`), so only a second opening `‘` (a quote of its own
/// inside the line, or two quotations) rules the line out, as a headline quoting with words of its
/// own around the quote does (`‘Absurd, Immoral and Offensive’: UN …` ends on other words).
extension BoundaryScorer {
    /// The content, blanks aside, opens with `‘` (E2 80 98) and ends with `’` (E2 80 99), with
    /// no other `‘` between and some text inside.
    static func isSinglePullQuote(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        var s = 0, e = u.count
        while s < e && (u[s] == 0x20 || u[s] == 0x09) { s += 1 }
        while e > s && (u[e - 1] == 0x20 || u[e - 1] == 0x09) { e -= 1 }
        guard e - s > 6, u[s] == 0xE2, u[s + 1] == 0x80, u[s + 2] == 0x98,
              u[e - 3] == 0xE2, u[e - 2] == 0x80, u[e - 1] == 0x99 else { return false }
        var k = s + 3
        while k + 2 < e - 3 {
            if u[k] == 0xE2 && u[k + 1] == 0x80 && u[k + 2] == 0x98 { return false }
            k += 1
        }
        return true
    }
}
