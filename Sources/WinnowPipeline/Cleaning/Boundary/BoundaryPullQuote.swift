/// A pull quote: a line that is one quotation from its opening quote mark to its closing one
/// (`“Literally, we have systems that are 40 years-plus old”`). Articles set a speaker's words
/// apart between their paragraphs so; a headline quotes a speaker with its own words around the
/// quote (`'Absurd, Immoral and Offensive': UN Member-States …`, `Trump: “We will win”`). On the
/// dev sets under 1 in 1,000 headlines is a bare quotation, against ~70 such lines inside articles.
extension BoundaryScorer {
    /// The content opens with a double quotation mark (`"`, `“`) and ends with one (`"`, `”`),
    /// blanks aside, with no other double quotation mark between (one quotation, not two).
    static func isPullQuote(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        var s = 0, e = u.count
        while s < e && (u[s] == 0x20 || u[s] == 0x09) { s += 1 }
        while e > s && (u[e - 1] == 0x20 || u[e - 1] == 0x09) { e -= 1 }
        // Opening mark: `"` (1 byte) or `“` (E2 80 9C); closing: `"` or `”` (E2 80 9D).
        // Compared byte by byte: `starts(with:)` of an array literal cost ~150 instructions a line.
        let open = e > s && u[s] == 0x22 ? 1
            : e - s >= 3 && u[s] == 0xE2 && u[s + 1] == 0x80 && u[s + 2] == 0x9C ? 3 : 0
        let close = e - s > open && u[e - 1] == 0x22 ? 1
            : e - s >= open + 3 && u[e - 3] == 0xE2 && u[e - 2] == 0x80 && u[e - 1] == 0x9D ? 3 : 0
        guard open > 0, close > 0, e - s > open + close else { return false }
        var k = s + open
        let end = e - close
        while k < end {
            if u[k] == 0x22 { return false }
            if u[k] == 0xE2 && k + 2 < end && u[k + 1] == 0x80 && (u[k + 2] == 0x9C || u[k + 2] == 0x9D) { return false }
            k += 1
        }
        return true
    }
}
