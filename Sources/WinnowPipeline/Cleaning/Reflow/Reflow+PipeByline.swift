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
        // The reflow asks this of every body line pair: `memchr` finds the bar (most lines have none).
        guard let bar = ByteSearch.firstIndex(of: 0x7C, in: u), bar >= 2, bar + 2 < u.count,
              u[bar - 1] == 0x20, u[bar + 1] == 0x20,
              ByteSearch.firstIndex(of: 0x7C, in: UnsafeBufferPointer(rebasing: u[(bar + 1)...])) == nil else { return false }
        let name = UnsafeBufferPointer(rebasing: u[..<(bar - 1)])
        let outlet = UnsafeBufferPointer(rebasing: u[(bar + 2)...])
        guard let n = CapitalisedWords.count(name, inner: nameInner, limit: pipeBylineMaxWords), n >= 2,
              let m = CapitalisedWords.count(outlet, inner: outletInner, limit: pipeBylineMaxWords, digitsOpen: true), m >= 1
        else { return false }
        return LineText.ending(bytes: outlet) == .open
    }

    /// A name's and an outlet's bytes after a word's first: letters (a non-ASCII one's bytes too)
    /// and a name's `.`, `'`, `’`, `-`, `&`; the outlet's digits as well.
    private static let nameInner = CapitalisedWords.bytes(0x41...0x5A, 0x61...0x7A, 0x80...0xFF, 0x2E...0x2E, 0x27...0x27, 0x2D...0x2D, 0x26...0x26)
    private static let outletInner = CapitalisedWords.bytes(0x41...0x5A, 0x61...0x7A, 0x80...0xFF, 0x2E...0x2E, 0x27...0x27, 0x2D...0x2D, 0x26...0x26, 0x30...0x39)
}
