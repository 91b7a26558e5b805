/// A paginated article as a scrape joined its pages: each page after the first opens with the
/// headline again, marked with its page (`Chris Christie faces another blow (page 2)`, `… [Page 3
/// of 4]`). That line continues the story; it opens none. Stripped as `pagination` (a widget, as
/// the pager `Page 2 of 3` / `Next Page »` between the pages is), so it neither starts a story
/// nor stays in the text.
///
/// The marker alone is no proof (a headline may end `(page 2)` of something else), so the line
/// must repeat, without its marker, a line above it in the block (the article's headline), or sit
/// right under a pager line stripped as a widget (the headline fell into an earlier block).
/// Shared g501/g502: 112 such lines, all under their article's headline; none in the other 20
/// public sets.
enum PageRepeat {
    static let rule = "pagination"
    /// A headline with its marker: a few words, well under a paragraph.
    private static let minWords = 3, maxWords = 30
    /// Non-blank lines above searched for a pager line.
    private static let pagerReach = 4

    static func apply(_ lines: inout [ClassifiedLine]) {
        // Word counts first: the cheapest test, and most lines fail it.
        for i in lines.indices where lines[i].words >= minWords && lines[i].words <= maxWords && lines[i].kind == .body {
            guard let key = lines.withContentBytes(i, { u -> UInt64? in
                guard let cut = markerStart(u) else { return nil }
                return LineKey.hash(bytes: UnsafeBufferPointer(rebasing: u[0..<cut]))
            }), key != LineKey.emptyHash else { continue }
            guard repeatsAbove(i, key, lines) || underPager(i, lines) else { continue }
            lines[i] = lines[i].with(kind: .stripped(rule: rule, role: .widget),
                                     detail: "a paginated article's headline repeated with its page")
        }
    }

    /// A line above `i` has key `key` (the headline without its marker).
    private static func repeatsAbove(_ i: Int, _ key: UInt64, _ lines: [ClassifiedLine]) -> Bool {
        var j = i - 1
        while j >= 0 {
            if lines[j].kind != .blank, lines[j].key == key { return true }
            j -= 1
        }
        return false
    }

    /// A widget line naming a page (`Page 2 of 3`, `Next Page »`) is among the few lines above `i`.
    private static func underPager(_ i: Int, _ lines: [ClassifiedLine]) -> Bool {
        var j = i - 1, seen = 0
        while j >= 0, seen < pagerReach {
            if lines[j].kind != .blank {
                seen += 1
                if case .stripped(_, role: .widget) = lines[j].kind,
                   lines.withContentBytes(j, { containsPage($0) }) { return true }
            }
            j -= 1
        }
        return false
    }

    /// The byte offset where a closing page marker starts: `(page N)`, `(Page N of M)`, `[page N/M]`
    /// with N >= 2 (page 1 is the headline's own page), white space before it; nil when none.
    static func markerStart(_ u: UnsafeBufferPointer<UInt8>) -> Int? {
        guard u.count > 10, let close = u.last, close == 0x29 || close == 0x5D else { return nil }
        let open: UInt8 = close == 0x29 ? 0x28 : 0x5B
        var k = u.count - 2
        func skipSpaces() { while k >= 0, u[k] == 0x20 { k -= 1 } }
        /// Reads a run of 1-3 digits backwards; its value, or nil.
        func number() -> Int? {
            var v = 0, mult = 1, n = 0
            while k >= 0, u[k] >= 0x30, u[k] <= 0x39, n < 3 { v += Int(u[k] - 0x30) * mult; mult *= 10; n += 1; k -= 1 }
            return n > 0 ? v : nil
        }
        skipSpaces()
        guard var page = number() else { return nil }
        skipSpaces()
        // `N of M` or `N/M`: the number read was M.
        if k >= 0, u[k] == 0x2F {
            k -= 1; skipSpaces()
            guard let n = number() else { return nil }
            page = n
        } else if k >= 2, (u[k - 1] | 0x20) == 0x6F, (u[k] | 0x20) == 0x66, u[k - 2] == 0x20 {
            k -= 2; skipSpaces()
            guard let n = number() else { return nil }
            page = n
        }
        guard page >= 2 else { return nil }
        skipSpaces()
        // The word `page` (any case).
        guard k >= 4 else { return nil }
        let word: [UInt8] = [0x70, 0x61, 0x67, 0x65]
        for (o, c) in word.enumerated() where (u[k - 3 + o] | 0x20) != c { return nil }
        k -= 4
        guard k >= 0, u[k] == open, k > 0, u[k - 1] == 0x20 else { return nil }
        return k
    }

    /// `u` holds `page` in any case.
    private static func containsPage(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard u.count >= 4 else { return false }
        for s in 0...(u.count - 4) where (u[s] | 0x20) == 0x70 && (u[s + 1] | 0x20) == 0x61
            && (u[s + 2] | 0x20) == 0x67 && (u[s + 3] | 0x20) == 0x65 { return true }
        return false
    }
}
