/// A title line that is a teaser sentence with a short headline glued to its end.
///
/// Some pages set a promo's teaser and a shortened headline on one line under the real headline
/// (`… rejected a bill to fast-track trade deals. Senate Dems break from Obama`, with `Senate
/// Democrats break from Obama` a few lines above, kept, stripped as a link or dropped by the
/// length prior). The line starts the story, and its whole text, teaser and all, became the title
/// (wire dumps w201/w202). A headline does not open with a full sentence of eight or more words and
/// then trail off without one; where such a line ends in a short open tail whose words the
/// headline-shaped line just above repeats (by their first three letters: `Dems` / `Democrats`,
/// `Mitt's` / `Mitt`), that line is the story's title. Bytes only: it runs once per title start.
extension StorySplitter {
    /// The line above title line `i` that holds the full headline its glued tail shortens, or nil.
    static func headlineOverGluedTeaser(_ i: Int, in lines: [ClassifiedLine], maxWords: Int) -> Int? {
        guard let tail = lines.withContentBytes(i, gluedTail) else { return nil }
        var j = i - 1, seen = 0
        while j >= 0 && seen < lookback {
            if lines[j].kind != .blank {
                seen += 1
                let words = lines[j].words
                if words >= 3 && words <= maxWords && lines.withContentBytes(j, { u in !endsWithFullStop(u) && covers(u, tail) }) { return j }
            }
            j -= 1
        }
        return nil
    }

    /// Non-blank lines looked at above the title: a page's header block, not the story above.
    static let lookback = 8

    /// The glued tail's word stems (`stems`), when `u` is a sentence of 8+ words (up to `. `, `? `
    /// or `! ` after a lower-case letter, a digit or a closing quote, then a capital or a quote)
    /// followed by a tail of 2–12 words that does not end like a sentence.
    static func gluedTail(_ u: UnsafeBufferPointer<UInt8>) -> [UInt32]? {
        guard u.count > 4, !endsWithFullStop(u), u[u.count - 1] != 0x3F else { return nil }
        // A line closing on a quote mark quotes someone (`… folks are ‘familiar with political
        // corruption. It’s not a foreign concept’`): its last sentence is the quote's, no glued tail.
        guard !endsWithClosingQuote(u) else { return nil }
        var cut = -1
        var k = 1
        while k + 2 < u.count {
            let b = u[k]
            if (b == 0x2E || b == 0x3F || b == 0x21) && u[k + 1] == 0x20 {
                let before = u[k - 1], next = u[k + 2]
                // Not after a capital: `U.S. Senate` is no sentence's end.
                let closes = before.isASCIILower || before.isASCIIDigit || before == 0x27 || before == 0x22 || before == 0x99 || before == 0x9D
                // A dash (U+2013, U+2014: E2 80 93 / 94) opens no glued headline: after a title
                // tag's headline it sets off the site's name (`… Cutting Rates? – The City Star`,
                // whose tail the masthead above repeats: p541 took the site's name for the title).
                let dash = next == 0xE2 && k + 4 < u.count && u[k + 3] == 0x80 && (u[k + 4] == 0x93 || u[k + 4] == 0x94)
                let opens = (next.isASCIIUpper || next == 0x27 || next == 0x22 || next == 0xE2) && !dash
                if closes && opens { cut = k }
            }
            k += 1
        }
        guard cut > 0 else { return nil }
        let headWords = LineText.wordCount(UnsafeBufferPointer(rebasing: u[..<cut]))
        let tailBytes = UnsafeBufferPointer(rebasing: u[(cut + 2)...])
        let tailWords = LineText.wordCount(tailBytes)
        guard headWords >= minTeaserWords, tailWords >= 2, tailWords <= maxTailWords else { return nil }
        let s = stems(tailBytes)
        return s.count >= 2 ? s : nil
    }

    static let minTeaserWords = 8
    static let maxTailWords = 12

    /// At least 2 and 60% of `tail`'s stems occur among `u`'s.
    static func covers(_ u: UnsafeBufferPointer<UInt8>, _ tail: [UInt32]) -> Bool {
        let mine = stems(u)
        let shared = tail.filter { mine.contains($0) }.count
        return shared >= 2 && shared * 5 >= tail.count * 3
    }

    /// First three letters, case folded, of each run of 3+ ASCII letters.
    static func stems(_ u: UnsafeBufferPointer<UInt8>) -> [UInt32] {
        var out: [UInt32] = []
        var run = 0
        var stem: UInt32 = 0
        for b in u {
            let l = b | 0x20
            if l.isASCIILower {
                if run < 3 { stem = stem << 8 | UInt32(l) }
                run += 1
            } else {
                if run >= 3 { out.append(stem) }
                run = 0; stem = 0
            }
        }
        if run >= 3 { out.append(stem) }
        return out
    }

    /// The line ends on a quote mark (`"`, `'`, `’`, `”`).
    static func endsWithClosingQuote(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let b = u.last else { return false }
        if b == 0x22 || b == 0x27 { return true }
        return u.count >= 3 && u[u.count - 3] == 0xE2 && u[u.count - 2] == 0x80 && (b == 0x99 || b == 0x9D)
    }

    /// The last byte past blanks and closing quotes (`"`, `'`, `’`, `”`) is `.`: a sentence, not a
    /// headline.
    static func endsWithFullStop(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        var e = u.count
        while e > 0 {
            let b = u[e - 1]
            if b == 0x20 || b == 0x22 || b == 0x27 { e -= 1; continue }
            if e >= 3 && u[e - 3] == 0xE2 && u[e - 2] == 0x80 && (b == 0x99 || b == 0x9D) { e -= 3; continue }
            break
        }
        return e > 0 && u[e - 1] == 0x2E
    }
}
