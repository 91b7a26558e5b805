/// A record header's fields: an export prints each document's metadata as `Label: value` lines
/// one under another (`Section: Metropolitan Desk; Pg. 25` / `Length: 1024 words`, `LOAD-DATE:` /
/// `LANGUAGE:`), blank lines between or not. Learned (they repeat over the dump), such a line has a
/// headline's shape often enough (`Section: Business/Financial Desk; Pg. 2`), but a line in a run
/// of fields is a field, not a headline the rules stripped: a headline learned from a story run
/// in several dumps stands apart, with no field next to it (`Exclusive: Kushner Firm …` over a
/// byline stays one).
extension BoundaryPlanner {
    /// Line `p` opens with a field label, and so does the nearest non-blank line above or below it.
    static func inFieldRun(_ p: Int, _ lines: [ClassifiedLine]) -> Bool {
        guard lines.withTextBytes(p, opensWithFieldLabel) else { return false }
        var a = p - 1
        while a >= 0, case .blank = lines[a].kind { a -= 1 }
        if a >= 0 && lines.withTextBytes(a, opensWithFieldLabel) { return true }
        var b = p + 1
        while b < lines.count, case .blank = lines[b].kind { b += 1 }
        return b < lines.count && lines.withTextBytes(b, opensWithFieldLabel)
    }

    /// A field label: one word of letters and hyphens (`Section`, `LOAD-DATE`) opening with a
    /// capital, then a colon and a space (or the line's end).
    static func opensWithFieldLabel(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let c = u.first, c.isASCIIUpper else { return false }
        var k = 1
        while k < u.count && k <= maxFieldLabelBytes {
            let b = u[k]
            if b == UInt8(ascii: ":") { return k + 1 == u.count || u[k + 1] == 0x20 }
            guard b.isASCIILetter || b == UInt8(ascii: "-") else { return false }
            k += 1
        }
        return false
    }

    static let maxFieldLabelBytes = 20
}
