/// ASCII classes of one UTF-8 byte, for the line checks that work on bytes rather than
/// `Character`s (the hot path never decodes a line). Non-ASCII bytes (≥ 0x80) are in none of
/// these classes; checks that admit accented letters test the lead byte themselves.
extension UInt8 {
    /// `A`–`Z`.
    @inline(__always) var isASCIIUpper: Bool { self >= 0x41 && self <= 0x5A }

    /// `a`–`z`.
    @inline(__always) var isASCIILower: Bool { self >= 0x61 && self <= 0x7A }

    /// `A`–`Z` or `a`–`z`: setting bit 0x20 folds the capitals onto the small letters, and no
    /// other byte lands in `a`–`z` that way.
    @inline(__always) var isASCIILetter: Bool { self | 0x20 >= 0x61 && self | 0x20 <= 0x7A }

    /// `0`–`9`.
    @inline(__always) var isASCIIDigit: Bool { self >= 0x30 && self <= 0x39 }
}
