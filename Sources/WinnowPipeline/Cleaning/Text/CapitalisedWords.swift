/// A run of capitalised words, read off UTF-8 bytes: a name (`Jane Doe`, `Arts & Culture`).
///
/// Every word opens with an ASCII capital or a non-ASCII letter's lead byte (`É`, `Ž`), its other
/// bytes come from a set the caller names, and words are parted by single blanks. Bylines
/// (`BylineRole`) and section rails (`SectionRail`) both ask this of a short piece of a line.
enum CapitalisedWords {
    /// The number of words of `u` when every word is capitalised and every later byte of a word is
    /// in `inner`; nil when a byte is refused, a word opens lower case, or there are more than
    /// `limit` words. A word opening with a byte of `skipped` is passed over, not counted (the `&`
    /// of `Arts & Culture`). `digitsOpen`: a word may open with a digit too (an outlet's `NewsNow 24`).
    static func count(_ u: UnsafeBufferPointer<UInt8>, inner: ByteSet, skipped: ByteSet = ByteSet(), limit: Int = .max,
                      digitsOpen: Bool = false) -> Int? {
        var words = 0, atWordStart = true
        for b in u {
            if b == 0x20 { atWordStart = true; continue }
            if atWordStart {
                if skipped.contains(b) { continue }
                guard b.isASCIIUpper || b >= 0xC0 || digitsOpen && b.isASCIIDigit else { return nil }
                words += 1
                if words > limit { return nil }
                atWordStart = false
                continue
            }
            guard inner.contains(b) else { return nil }
        }
        return words
    }

    /// The bytes of `ranges`.
    static func bytes(_ ranges: ClosedRange<UInt8>...) -> ByteSet {
        var set = ByteSet()
        for r in ranges { for b in r { set.insert(b) } }
        return set
    }
}
