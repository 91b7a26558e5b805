/// A section rail's heading: `More in Politics`, `Latest in Business`. A portal sets under each
/// article a box of its section's other headlines, headed by the section's name after a fixed
/// opening; the opening is the site's template, the name any section's. So the heading is known
/// by its opening (`section_headings` in the `lists:` config) and the shape of what follows: one
/// or two words, each capitalised, and nothing else on the line (no colon, no sentence's end).
/// The items under it are read as any link list's (`ListContext`). A sentence that opens with the
/// same words (`More in sorrow than anger, …`) is no heading.
enum SectionRail {
    /// Words of the section's name after the opening.
    static let maxNameWords = 2

    /// Bytes `u` (a line's content) are an opening of `prefixes` (lower case, with its trailing
    /// space; ASCII letters compared case-folded) then 1 to `maxNameWords` capitalised words (an
    /// ASCII capital or a non-ASCII letter first), with no punctuation but `&` and `-`.
    static func isHeading(_ u: UnsafeBufferPointer<UInt8>, prefixes: [[UInt8]]) -> Bool {
        for p in prefixes where u.count > p.count && ByteSearch.hasPrefixFoldingASCII(u, p) {
            return isName(u, from: p.count)
        }
        return false
    }

    /// Bytes inside a section name's word: letters, digits, `&`, `-`.
    private static let nameBytes = CapitalisedWords.bytes(0x41...0x5A, 0x61...0x7A, 0x80...0xFF, 0x30...0x39, 0x26...0x26, 0x2D...0x2D)
    /// `Arts & Culture`: the ampersand is no word of the name.
    private static let ampersand = CapitalisedWords.bytes(0x26...0x26)

    /// From byte `start` on: 1 to `maxNameWords` words, each opening with a capital.
    private static func isName(_ u: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        let words = CapitalisedWords.count(UnsafeBufferPointer(rebasing: u[start...]), inner: nameBytes, skipped: ampersand,
                                           limit: maxNameWords) ?? 0
        return words >= 1
    }
}

/// A partner page's rail of its outlet's other stories: `More from <Outlet>:` over their titles
/// (syndication portals set one under every reprint). Without the colon the opening is left to the
/// list of headings' care (`More from The Verge` over the next story's headline, a3); the colon says
/// a list follows. The outlet's name is any few words (`New York Times - News`), the first capitalised.
extension SectionRail {
    /// Words of the whole heading at most (`More from` and the outlet's name).
    static let maxSourceHeadingWords = 9
    private static let sourceOpenings: [[UInt8]] = ["more from ", "latest from ", "more stories from "].map { Array($0.utf8) }

    static func isSourceHeading(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        var e = u.count
        while e > 0, u[e - 1] == 0x20 { e -= 1 }
        guard e > 12, u[e - 1] == 0x3A else { return false }
        for p in sourceOpenings where e > p.count + 1 && ByteSearch.hasPrefixFoldingASCII(u, p) {
            let first = u[p.count]
            // The name opens on a capital (or a non-ASCII letter) and goes on to the colon.
            return (first.isASCIIUpper || first >= 0xC3 || first.isASCIIDigit) && u[e - 2] != 0x20
        }
        return false
    }
}
