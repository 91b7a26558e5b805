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
