/// Lines set in capitals (`'50 DIRTIEST' US POWER PLANTS EMIT MORE GREENHOUSE GASES THAN SOUTH KOREA`):
/// sites set headlines, kickers and section labels so; prose never runs a whole line in capitals.
extension SplitText {
    /// Letters a line needs to count as set in capitals: a short all-capitals line (`AP`, `N.Y.`)
    /// is an abbreviation or a label, not a line set in capitals.
    static let minCapitalLetters = 8

    /// At least `minCapitalLetters` ASCII letters and no lowercase ASCII letter (other scripts'
    /// letters are not asked: `ÉLYSÉE` counts by its ASCII letters). Bytes only, no Unicode work:
    /// the reflow asks it of lines next to each other.
    static func isAllCapitals(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        var upper = 0
        for b in u {
            if b.isASCIILower { return false }
            if b.isASCIIUpper { upper += 1 }
        }
        return upper >= minCapitalLetters
    }

    static func isAllCapitals(_ s: some StringProtocol) -> Bool {
        withBytes(s) { isAllCapitals($0) }
    }
}
