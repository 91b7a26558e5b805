/// HTML character references left in scraped text: `&nbsp;`, `&amp;`, `&quot;`, `&#8217;`,
/// `&#x2019;`. A scraper that kept markup debris leaves them in; a reader sees the characters, and
/// so should the rules, the splitter and dedup (`By Jane Doe&nbsp;|&nbsp;May 2` is a byline).
///
/// Only complete references are decoded (`&` name-or-number `;`), one level deep (`&amp;nbsp;`
/// shows as `&nbsp;` in a browser too); a bare ampersand (`AT&T`, `R&D`, `Q&A`) stays. A
/// reference to a control character or to nothing valid stays as written, so a decoded reference
/// never adds a line break. `&nbsp;` becomes a plain space, as NBSP does (`TextNormalizer`),
/// except on a line of nothing else: that is a CMS's empty paragraph, left written for the
/// `markup_line` family to strip; as a blank line it would add a paragraph break the page did not
/// have (blank lines part stories in many dumps; r1–r3 story_f1 −.003 when it was decoded).
enum HTMLEntity {
    /// The common named references, as UTF-8 (name, what it shows). Looked up by a walk over the
    /// names of the same length: a reference is rare and the table small, and the walk reads the
    /// name in place (a dictionary keyed by bytes needed an array of them per reference).
    static let named: [(name: [UInt8], value: [UInt8])] = [
        ("nbsp", " "), ("amp", "&"), ("quot", "\""), ("apos", "'"), ("lt", "<"), ("gt", ">"),
        ("mdash", "—"), ("ndash", "–"), ("hellip", "…"), ("lsquo", "‘"), ("rsquo", "’"), ("ldquo", "“"),
        ("rdquo", "”"), ("laquo", "«"), ("raquo", "»"), ("bull", "•"), ("middot", "·"), ("copy", "©"),
        ("reg", "®"), ("trade", "™"), ("deg", "°"), ("euro", "€"), ("pound", "£"), ("cent", "¢"),
        ("eacute", "é"), ("egrave", "è"), ("ecirc", "ê"), ("aacute", "á"), ("agrave", "à"), ("acirc", "â"),
        ("iacute", "í"), ("oacute", "ó"), ("ocirc", "ô"), ("uacute", "ú"), ("ntilde", "ñ"), ("ccedil", "ç"),
        ("auml", "ä"), ("ouml", "ö"), ("uuml", "ü"), ("szlig", "ß"), ("Eacute", "É"), ("Auml", "Ä"),
        ("Ouml", "Ö"), ("Uuml", "Ü"), ("shy", ""), ("zwj", ""), ("zwnj", ""),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// The value of the named reference `name`, if known.
    private static func value(of name: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        named.first { $0.name.count == name.count && $0.name.elementsEqual(name) }?.value
    }

    /// What a reference decodes to: a named one's bytes (the table's own array, no copy), or a
    /// numeric one's scalar (the caller writes its UTF-8).
    enum Decoded {
        case bytes([UInt8])
        case scalar(Unicode.Scalar)
    }

    private static let space: [UInt8] = [0x20]

    private static let nbsp = Array("&nbsp;".utf8)

    @inline(__always)
    private static func isNBSP(_ s: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        i + nbsp.count <= s.count && (0..<nbsp.count).allSatisfy { s[i + $0] == nbsp[$0] }
    }

    /// Whether the line around `s[i]` holds only blanks and `&nbsp;`s.
    private static func isNBSPOnlyLine(_ s: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        var k = i - 1
        while k >= 0 {
            if s[k] == 0x20 || s[k] == 0x09 { k -= 1 } else if k >= 5 && isNBSP(s, at: k - 5) { k -= 6 } else { break }
        }
        guard k < 0 || s[k] == 0x0A || s[k] == 0x0D else { return false }
        k = i
        while k < s.count, s[k] != 0x0A, s[k] != 0x0D {
            if s[k] == 0x20 || s[k] == 0x09 { k += 1 } else if isNBSP(s, at: k) { k += nbsp.count } else { return false }
        }
        return true
    }

    /// Longest name in `named` (a reference is looked for only this far).
    private static let longestName = 6

    /// The reference starting at `s[i]` (an `&`): its length in bytes and what it decodes to, or
    /// nil when it is no complete, known reference.
    static func decode(_ s: UnsafeBufferPointer<UInt8>, at i: Int) -> (Int, Decoded)? {
        let n = s.count
        var k = i + 1
        guard k < n else { return nil }
        if s[k] == 0x23 {  // `#`: decimal, or `x` and hex
            k += 1
            let hex = k < n && s[k] | 0x20 == 0x78
            if hex { k += 1 }
            let digitsStart = k
            var value: UInt32 = 0
            while k < n, k - digitsStart < 7 {
                let b = s[k]
                let d: UInt32
                switch b {
                case 0x30...0x39: d = UInt32(b - 0x30)
                case 0x61...0x66 where hex, 0x41...0x46 where hex: d = UInt32(b | 0x20) - 0x61 + 10
                default: d = .max
                }
                if d == .max { break }
                value = value * (hex ? 16 : 10) + d
                k += 1
            }
            guard k > digitsStart, k < n, s[k] == 0x3B else { return nil }
            // Controls (C0, DEL, C1) stay written: a decoded reference must not break a line.
            guard value >= 0x20, !(0x7F...0x9F).contains(value), let scalar = Unicode.Scalar(value) else { return nil }
            if value == 0xA0 { return (k + 1 - i, .bytes(space)) }
            return (k + 1 - i, .scalar(scalar))
        }
        let nameStart = k
        if isNBSP(s, at: i), isNBSPOnlyLine(s, at: i) { return nil }
        while k < n, k - nameStart <= longestName, s[k].isASCIILetter { k += 1 }
        guard k > nameStart, k < n, s[k] == 0x3B,
              let decoded = value(of: UnsafeBufferPointer(rebasing: s[nameStart..<k])) else { return nil }
        return (k + 1 - i, .bytes(decoded))
    }
}
