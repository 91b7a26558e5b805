import Foundation

/// A page's title tag over its own headline. A scraped page often opens with the document title,
/// the headline with the site's name after a pipe (`The 2020 Campaign Begins: … | The Riverside
/// Sentinel`), and prints the headline itself further down, over the lede, after teaser lines or
/// furniture that ended the header. The two lines' keys differ by the site's name, so the repeat
/// was kept as a body line and glued into the story's text. A line of the story whose key is the
/// title's without that suffix is the page's headline printed again: it is stripped
/// (`repeated_headline`) and the story's title drops the site's name (the title's own text, not
/// the repeat's: a repeat may carry a bullet or be set in capitals).
extension StorySplitter {
    /// Longest site name after the pipe, in bytes and words.
    static let maxSiteBytes = 48
    static let maxSiteWords = 6
    /// The headline before the pipe has at least this many words.
    static let minPipedHeadlineWords = 3
    /// Fewer words will do where the headline must also be printed again on its own under the
    /// title tag (the story's repeated headline): the exact repeat is the evidence that the text
    /// after the pipe is the site's name (`Bernie's not-so-secret-weapon | The City Post`).
    static let minRepeatedHeadlineWords = 2

    /// The key of `title` without a ` | Site Name` suffix (or ` :: `, ` - `, ` – `), nil when it
    /// has none: one pipe, followed by a short name that opens with a capital letter or a digit and has no sentence
    /// punctuation.
    static func bareTitleKey(_ title: String) -> UInt64? { bareTitleKey(title, minWords: minPipedHeadlineWords) }

    static func bareTitleKey(_ title: String, minWords: Int) -> UInt64? {
        SplitText.withBytes(title) { bareTitleKey(bytes: $0, minWords: minWords) }
    }

    /// `bareTitleKey` of a line's bytes (the scorer's header-repeat test asks it of candidates).
    static func bareTitleKey(bytes u: UnsafeBufferPointer<UInt8>) -> UInt64? { bareTitleKey(bytes: u, minWords: minPipedHeadlineWords) }

    static func bareTitleKey(bytes u: UnsafeBufferPointer<UInt8>, minWords: Int) -> UInt64? {
        guard let end = bareHeadlineEnd(u, minWords: minWords) else { return nil }
        return LineKey.hash(bytes: UnsafeBufferPointer(rebasing: u[..<end]))
    }

    /// `title` without its ` | Site Name` suffix (`bareTitleKey`), and its key.
    static func bareTitle(_ title: String, minWords: Int = minPipedHeadlineWords) -> (key: UInt64, headline: String)? {
        SplitText.withBytes(title) { u in
            guard let end = bareHeadlineEnd(u, minWords: minWords) else { return nil }
            let head = UnsafeBufferPointer(rebasing: u[..<end])
            return (LineKey.hash(bytes: head), String(decoding: head, as: UTF8.self))
        }
    }

    /// Where the headline before a ` | Site Name` suffix ends (the space before the pipe), nil
    /// when the line has no such suffix. Sites set other separators in their title tags too
    /// (`Headline :: Site`, `Headline - Site`, `Headline – Site`): without a pipe, the last of
    /// those within a site name's length of the line's end.
    static func bareHeadlineEnd(_ u: UnsafeBufferPointer<UInt8>) -> Int? { bareHeadlineEnd(u, minWords: minPipedHeadlineWords) }

    /// `bareHeadlineEnd` with its own least word count. Inlined so the scorer's form (every
    /// candidate headline) compiles as it did with the count fixed.
    @inline(__always)
    static func bareHeadlineEnd(_ u: UnsafeBufferPointer<UInt8>, minWords: Int) -> Int? {
        // The one pipe by `memchr` (vectorised): the scorer asks this of every candidate headline
        // (`after`), nearly all of them without a pipe, and a byte loop over each line was 1.7% of
        // a run's instructions. Exactly one pipe: none after the first.
        guard let p = u.baseAddress else { return nil }
        let head: Int, siteStart: Int
        if let hit = memchr(p, 0x7C, u.count) {
            let bar = UnsafeRawPointer(hit) - UnsafeRawPointer(p)
            guard bar >= 2, bar + 2 < u.count, u[bar - 1] == 0x20, u[bar + 1] == 0x20,
                  memchr(p + bar + 1, 0x7C, u.count - bar - 1) == nil else { return nil }
            head = bar - 1
            siteStart = bar + 2
        } else {
            guard let sep = dashSeparator(u) else { return nil }
            (head, siteStart) = sep
        }
        let site = u[siteStart...]
        guard site.count <= maxSiteBytes, let first = site.first,
              first.isASCIIUpper || first.isASCIIDigit,
              !site.contains(where: { $0 == 0x2E || $0 == 0x3F || $0 == 0x21 || $0 == 0x3A || $0 == 0x2C }),
              site.lazy.filter({ $0 == 0x20 }).count < maxSiteWords else { return nil }
        guard u[..<head].lazy.filter({ $0 == 0x20 }).count + 1 >= minWords else { return nil }
        return head
    }

    /// The last ` :: `, ` - `, ` – ` or ` — ` within `maxSiteBytes` of the line's end: where the
    /// headline before it ends and the site's name after it starts. A bounded scan from the end
    /// (a few dozen bytes), so a long line costs no more than a short one.
    private static func dashSeparator(_ u: UnsafeBufferPointer<UInt8>) -> (head: Int, site: Int)? {
        let lo = max(2, u.count - maxSiteBytes - 2)
        // Each form has `-`, `:` or a dash's last byte (0x93, 0x94) right before the space at
        // `k`: with none of them in `u[lo - 1 ..< count - 2]` there is no separator. Four `memchr`
        // over a few dozen bytes instead of the byte walk (asked of every candidate headline:
        // `after`; 8.7 M instructions on three e2e dumps, where most tails hold none).
        guard let p = u.baseAddress, u.count - 1 - lo > 0 else { return nil }
        let n = u.count - 1 - lo
        guard memchr(p + lo - 1, 0x2D, n) != nil || memchr(p + lo - 1, 0x3A, n) != nil
              || memchr(p + lo - 1, 0x93, n) != nil || memchr(p + lo - 1, 0x94, n) != nil else { return nil }
        var k = u.count - 2
        while k >= lo {
            defer { k -= 1 }
            // `k` is the space after the separator.
            guard u[k] == 0x20 else { continue }
            let s = u[k - 1]
            if s == 0x2D, u[k - 2] == 0x20 { return (k - 2, k + 1) }
            if s == 0x3A, k >= 3, u[k - 2] == 0x3A, u[k - 3] == 0x20 { return (k - 3, k + 1) }
            // U+2013, U+2014: E2 80 93 / 94.
            if s == 0x93 || s == 0x94, k >= 4, u[k - 2] == 0x80, u[k - 3] == 0xE2, u[k - 4] == 0x20 { return (k - 4, k + 1) }
        }
        return nil
    }
}
