/// A photo credit set with a spaced slash (`… at a Berlin press conference. Tobia Schwarz / Getty
/// Images`, `Mark Humphrey / AP`): the same `Name/Agency` credit `SplitText.endsWithCredit` reads,
/// with a blank on each side of the slash. A hard-wrapped caption ending so was read as a
/// headline (its last line has no stop and its words are capitalised) and cut its story in two.
/// Headlines do not end so: no gold headline of the public sets does, while captions in their
/// body and remove lines do.
///
/// Only a name's shape: two capitalised words before the slash (`Mark Humphrey`), then at most
/// `maxSpacedCreditWords` capitalised words (or `of`, `via`, `and`, `for`, `the`) after it to the
/// end, with no sentence punctuation. A headline's `Yes / No` or `Left / Right` has no name
/// before it; a lower-case tail (`… / say`) is prose. The name must open the line or follow `.`,
/// `:` or `(`: a Title Case headline (`Storm Batters Coast / Live Updates`) has a capitalised
/// word before its "name".
extension SplitText {
    static let maxSpacedCreditWords = 4

    static func endsWithSpacedCredit(_ u: UnsafeBufferPointer<UInt8>, end: Int, tail: Int) -> Bool {
        // The last ` / ` within `tail` bytes of the end.
        var k = end - 3
        let floor = max(2, end - tail)
        while k >= floor && !(u[k] == 0x2F && u[k - 1] == 0x20 && u[k + 1] == 0x20) { k -= 1 }
        guard k >= floor, k + 2 < end, u[k - 2].isASCIILetter, u[k + 2].isASCIIUpper else { return false }
        // The name before the slash: two words (a first and a last name) that open with a capital.
        var w = k - 1   // the blank before the slash
        var opened = false
        for word in 0..<2 {
            guard w > 0, u[w] == 0x20 else { return false }
            let last = w - 1
            w -= 1
            while w > 0 && u[w - 1] != 0x20 { w -= 1 }
            // `(Jane Doe / AFP)`: the bracket opens the name, it is not part of it.
            if word == 1 && u[w] == 0x28 && w < last { opened = true; w += 1 }
            guard u[w].isASCIIUpper else { return false }
            for q in w...last where !(u[q].isASCIILetter || u[q] == 0x2D || u[q] == 0x27 || u[q] == 0x2E) { return false }
            w -= 1
        }
        // The name opens the line or follows a sentence's stop, a label's colon or a bracket
        // (`… conference. Jane Doe / AFP`, `Photo: Jane Doe / Reuters`): a Title Case headline's
        // last words before ` / Live Updates` follow another capitalised word.
        guard opened || Self.opensCredit(u, before: w + 1) else { return false }
        // The agency after it: a few capitalised words, no sentence punctuation.
        var words = 0, p = k + 2
        while p < end {
            let start = p
            while p < end && u[p] != 0x20 {
                let b = u[p]
                if b == 0x2E || b == 0x2C || b == 0x3F || b == 0x21 || b == 0x3B || b == 0x3A { return false }
                p += 1
            }
            if p > start {
                words += 1
                if words > maxSpacedCreditWords { return false }
                if !u[start].isASCIIUpper && !isLinkWord(u, start, p) { return false }
            }
            p += 1
        }
        return words > 0
    }

    /// Only blanks before `start`, or a blank after `.`, `:` or `(`.
    private static func opensCredit(_ u: UnsafeBufferPointer<UInt8>, before start: Int) -> Bool {
        var q = start - 1
        while q >= 0 && (u[q] == 0x20 || u[q] == 0x09) { q -= 1 }
        guard q >= 0 else { return true }
        return q < start - 1 && (u[q] == 0x2E || u[q] == 0x3A || u[q] == 0x28)
    }

    /// `of`, `via`, `and`, `for`, `the` between an agency's capitalised words.
    private static func isLinkWord(_ u: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Bool {
        let n = b - a
        if n == 2 { return u[a] == 0x6F && u[a + 1] == 0x66 }
        guard n == 3 else { return false }
        let (x, y, z) = (u[a], u[a + 1], u[a + 2])
        return (x, y, z) == (0x76, 0x69, 0x61) || (x, y, z) == (0x61, 0x6E, 0x64)
            || (x, y, z) == (0x66, 0x6F, 0x72) || (x, y, z) == (0x74, 0x68, 0x65)
    }
}
