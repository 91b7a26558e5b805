/// A byline in `Name | Outlet` form (`Fatima Oyelaran | NewsNow 24`, `GRACE PETROVA | The Ridge
/// Sentinel`) kept as body under a headline as wide as the wrap width.
///
/// The rules strip such a line as a photo credit when its outlet is a known agency; an outlet of
/// the site's own (`NewsNow 24`) leaves it kept, and in indent style a flush-left line under a
/// flush-left headline that ends open goes on from it (`continuesInIndentStyle`). The headline
/// then took the byline as its tail: the title read `Amy Klobuchar gets little help from South
/// Carolina, casting more doubt Fatima Oyelaran | NewsNow 24` (w201). A byline is a page's line
/// of its own, never the tail of a wrapped sentence, as `Byline.hasShape` lines are
/// (`breaksParagraph`).
///
/// The shape: a name of two to four capitalised words, ` | `, an outlet of one to four words, each
/// opening with a capital or a digit. A title tag (`Amy Klobuchar gets little help | NewsNow`)
/// has words in lower case before the bar; prose does not set a bar between blanks.
extension Reflow {
    /// Most words on either side of the bar.
    static let pipeBylineMaxWords = 4

    /// `u` is `Name | Outlet` (see above).
    static func isPipeByline(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let bar = u.firstIndex(of: 0x7C), bar >= 2, bar + 2 < u.count,
              u[bar - 1] == 0x20, u[bar + 1] == 0x20, !u[(bar + 1)...].contains(0x7C) else { return false }
        let name = UnsafeBufferPointer(rebasing: u[..<(bar - 1)])
        let outlet = UnsafeBufferPointer(rebasing: u[(bar + 2)...])
        guard let n = capitalisedWords(name, digits: false), n >= 2, n <= pipeBylineMaxWords,
              let m = capitalisedWords(outlet, digits: true), m >= 1, m <= pipeBylineMaxWords else { return false }
        return LineText.ending(bytes: outlet) == .open
    }

    /// The number of words in `u` when each opens with a capital (ASCII, or a non-ASCII letter's
    /// lead byte) or, with `digits`, a digit, and holds only letters, digits (with `digits`) and a
    /// name's `.`, `'`, `’`, `-`, `&`; nil otherwise.
    private static func capitalisedWords(_ u: UnsafeBufferPointer<UInt8>, digits: Bool) -> Int? {
        var words = 0, atStart = true
        for b in u {
            if b == 0x20 { atStart = true; continue }
            let upper = b.isASCIIUpper || b >= 0xC0
            let digit = b.isASCIIDigit
            if atStart {
                guard upper || digits && digit else { return nil }
                words += 1
                atStart = false
                continue
            }
            let lower = b.isASCIILower
            guard upper || lower || b >= 0x80 || digits && digit || b == 0x2E || b == 0x27 || b == 0x2D || b == 0x26 else { return nil }
        }
        return words
    }
}
