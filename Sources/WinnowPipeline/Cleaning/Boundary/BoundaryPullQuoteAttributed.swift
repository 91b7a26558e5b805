/// A pull quote signed with its speaker's name: `"We’re not going to let them violate a nuclear
/// agreement." — President Trump`. Articles set a speaker's words apart between their paragraphs
/// so (as `BoundaryPullQuote.swift`'s bare quotation), signing it after a dash. A headline that
/// quotes someone closes the quotation without a stop and goes on with its own words (`‘Great
/// Anger’ in America Caused By ‘Fake News’ — Trump Rips Media For Biased Reports`); no headline on
/// the dev sets is a whole sentence in quotation marks signed by a name alone, against ~80 such
/// lines inside articles. The line is one quotation (double marks, none inside) whose last byte
/// before the closing mark ends a sentence or clause (`.`, `?`, `!`, `,`), then a dash, then a
/// name of up to `maxNameWords` words, each capitalised (short particles aside: `Secretary of State
/// Mike Pompeo`).
extension BoundaryScorer {
    static let maxNameWords = 6

    static func isAttributedPullQuote(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        var s = 0, e = u.count
        while s < e && (u[s] == 0x20 || u[s] == 0x09) { s += 1 }
        while e > s && (u[e - 1] == 0x20 || u[e - 1] == 0x09) { e -= 1 }
        let open = e > s && u[s] == 0x22 ? 1
            : e - s >= 3 && u[s] == 0xE2 && u[s + 1] == 0x80 && u[s + 2] == 0x9C ? 3 : 0
        guard open > 0 else { return false }
        // The closing mark: the first double quotation mark after the opening one.
        var k = s + open
        var close = -1, closeLen = 0
        while k < e {
            if u[k] == 0x22 { close = k; closeLen = 1; break }
            if u[k] == 0xE2 && k + 2 < e && u[k + 1] == 0x80 && (u[k + 2] == 0x9C || u[k + 2] == 0x9D) {
                close = k; closeLen = 3; break
            }
            k += 1
        }
        // A quotation of a few words at least, closed on a sentence's or a clause's end.
        guard close - (s + open) >= 10 else { return false }
        let last = u[close - 1]
        guard last == 0x2E || last == 0x3F || last == 0x21 || last == 0x2C else { return false }
        // A dash: `—`, `–`, `-` or `--`, blanks around.
        var p = close + closeLen
        while p < e && u[p] == 0x20 { p += 1 }
        if p + 2 < e && u[p] == 0xE2 && u[p + 1] == 0x80 && (u[p + 2] == 0x94 || u[p + 2] == 0x93) { p += 3 }
        else if p < e && u[p] == 0x2D { p += 1; if p < e && u[p] == 0x2D { p += 1 } }
        else { return false }
        while p < e && u[p] == 0x20 { p += 1 }
        guard p < e else { return false }
        // The name: capitalised words, short lower-case particles between (`of`, `de`, `van`).
        var words = 0, lastCapital = false
        var w = p
        while w < e {
            var t = w
            while t < e && u[t] != 0x20 { t += 1 }
            let first = u[w]
            if first.isASCIIUpper { lastCapital = true }
            else if first.isASCIILower && t - w <= 3 { lastCapital = false }
            else { return false }
            // No stop ends the line except an initial's or an abbreviation's (`Rep.`, `Jr.`).
            for b in u[w..<t] where b == 0x22 || b == 0x3F || b == 0x21 || b == 0x3A || b == 0x3B { return false }
            words += 1
            guard words <= maxNameWords else { return false }
            w = t
            while w < e && u[w] == 0x20 { w += 1 }
        }
        return words >= 1 && lastCapital
    }
}
