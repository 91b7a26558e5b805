import Foundation

/// Finds datelines (`(LONDON) — `, `BRUSSELS: `, `WASHINGTON (Reuters) - `) at the start of a line.
///
/// Only the first `dateline_max_chars` characters are examined, and only when the line opens
/// with `(` or two capitals, or with a capital word before a dated comma (`New Delhi, June 23,
/// 2020 — `) or a colon after words only (`New Delhi: `), so prose lines cost a few byte comparisons. A pattern whose
/// `DatelineRequirement` the head fails is not run (most capitalised lines hold no `: ` or `— `).
struct DatelineMatcher {
    /// PCRE2 on the head's bytes (`PatternRegex`: one matcher per splitter, so per worker).
    let patterns: [PatternRegex]
    /// Per pattern, the byte test a head must pass for it to match (nil: none proved, always run).
    let requirements: [DatelineRequirement?]
    /// Per byte, the patterns (bit k: `requirements[k]`, the first 64) one of whose requirement's
    /// marks opens with it; `untested`: the patterns with no requirement. `passedRequirements`
    /// walks a head once for all patterns, where each requirement's own walk read every byte again.
    private let leadPatterns: [UInt64]
    private let untested: UInt64
    let maxChars: Int
    /// `split.dateline_places`, tried after the patterns (`DatelineMatcher+Places.swift`).
    let places: DatelinePlaces.Lookup

    init(_ config: SplitConfig) throws {
        maxChars = config.datelineMaxChars
        places = DatelinePlaces.Lookup(config.datelinePlaces)
        requirements = config.datelinePatterns.map { DatelineRequirement(pattern: $0) }
        var lead = [UInt64](repeating: 0, count: 256), untested: UInt64 = 0
        for (k, r) in requirements.prefix(64).enumerated() {
            guard let r else { untested |= 1 << UInt64(k); continue }
            for b in 0...255 where r.leadsWith(UInt8(b)) { lead[b] |= 1 << UInt64(k) }
        }
        leadPatterns = lead
        self.untested = untested
        patterns = try config.datelinePatterns.map { p in
            do { return try PatternRegex(p, caseless: false) } catch let error as PatternRegex.SyntaxError {
                throw ConfigError(path: "split.dateline_patterns", message: "bad dateline regular expression '\(p)': \(error.message)")
            }
        }
    }

    /// The dateline's place, if `line` opens with one.
    func place(in line: some StringProtocol) -> String? {
        SplitText.withBytes(line) { place(bytes: $0) }
    }

    /// `place(in:)` of a line's UTF-8 bytes (`ClassifiedLine.withContentBytes`).
    func place(bytes u: UnsafeBufferPointer<UInt8>) -> String? {
        firstMatch(u) { head, r in Self.placeOnly(String(decoding: UnsafeBufferPointer(rebasing: head[r]), as: UTF8.self)) }
    }

    /// The line opens with a dateline (`place(bytes:) != nil`), asked without building the
    /// place's String: the reflow asks it of every body line that opens with `(` or two capitals.
    func matches(bytes u: UnsafeBufferPointer<UInt8>) -> Bool {
        firstMatch(u) { _, _ in () } != nil
    }

    /// `found` of the head and the place's byte range in it, for the first pattern that matches
    /// the line's head; nil if none does (or the line is not gated in).
    private func firstMatch<R>(_ u: UnsafeBufferPointer<UInt8>, _ found: (UnsafeBufferPointer<UInt8>, Range<Int>) -> R) -> R? {
        // nil: not gated in; 0: gated in, the head needs the Character walk; else the head's byte length
        // (`simpleHeadLength`).
        let gate: Int? = {
            guard let b0 = u.first else { return nil }
            let b1 = u.count > 1 ? u[1] : 0
            let isLower = { (b: UInt8) in b.isASCIILower || b >= 0xC0 }  // or a non-ASCII letter's lead byte
            // A mixed-case place (`New Delhi, June 23, 2020 — `) only before a dated comma: most
            // prose lines open with a capital and a lower-case letter, and so few hold one.
            // Or a mixed-case place closed by a colon (`New Delhi: `, `Atlanta: `): a run of
            // words and nothing else before `: `, which a colon label in prose rarely is.
            // Two capitals, Latin-1 ones too (`DÜSSELDORF`, `DatelineCapitals.swift`).
            guard b0 == 0x28 || DatelineCapitals.opensWithTwo(u)
                    || (b0.isASCIIUpper && isLower(b1) && (Self.hasDatedComma(u, within: maxChars) || Self.hasPlaceColon(u, within: maxChars))) else { return nil }
            return Self.simpleHeadLength(u, maxChars: maxChars) ?? 0
        }()
        guard let gate else { return nil }
        if gate > 0 {
            // The usual case: a head of simple scalars is its bytes (no grapheme walk, no String
            // unless a pattern matches). The requirements are tested once, here.
            let head = UnsafeBufferPointer(rebasing: u[..<gate])
            let passed = passedRequirements(head)
            guard passed != 0 || !places.isEmpty else { return nil }
            return firstMatch(in: head, passed: passed).map { found(head, $0) }
        }
        // The head is the first `maxChars` Characters (grapheme clusters).
        var head = Self.head(u, maxChars: maxChars)
        return head.withUTF8 { h in firstMatch(in: h, passed: nil).map { found(h, $0) } }
    }

    /// The first `within` bytes of `u` hold `, Month 3` or `, Sept. 3`: a comma, a space, a
    /// capitalised word of three or more letters (an optional dot) and a space before a digit.
    /// Asked of most prose lines (a capital and a lower-case letter open them): the commas are
    /// found by `memchr`, and only they are looked at.
    static func hasDatedComma(_ u: UnsafeBufferPointer<UInt8>, within: Int) -> Bool {
        guard let base = u.baseAddress else { return false }
        let n = min(u.count, within)
        var k = 0
        while k + 6 < n, let hit = memchr(base + k, 0x2C, n - 6 - k) {
            k = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            defer { k += 1 }
            guard u[k + 1] == 0x20, u[k + 2].isASCIIUpper else { continue }
            var j = k + 3
            while j < n && u[j].isASCIILower { j += 1 }
            guard j - (k + 3) >= 2 else { continue }
            if j < n && u[j] == 0x2E { j += 1 }
            if j + 1 < n && u[j] == 0x20 && u[j + 1].isASCIIDigit { return true }
        }
        return false
    }

    /// `u` opens with words and `: ` before a capital (an opening quote may come first) within
    /// `placeColonMaxBytes` (and `within`) bytes: letters (a non-ASCII byte counts as one), spaces
    /// and the `.` `,` `'` `-` of place names (`St. Louis, Mo.: `, `Port-au-Prince: `). Which places
    /// open a dateline so is `split.dateline_places`' business; this keeps them off the prose lines that open
    /// with a capitalised word (most lines: `memchr` finds no colon in their first bytes).
    static func hasPlaceColon(_ u: UnsafeBufferPointer<UInt8>, within: Int) -> Bool {
        guard let base = u.baseAddress else { return false }
        let n = min(u.count, within, placeColonMaxBytes)
        guard n > 0, let hit = memchr(base, 0x3A, n) else { return false }
        let k = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        guard k >= 3 else { return false }
        for b in u[..<k] {
            let letter = b.isASCIILetter || b >= 0x80
            guard letter || b == 0x20 || b == 0x2E || b == 0x2C || b == 0x27 || b == 0x2D else { return false }
        }
        var j = k + 1
        guard j < u.count, u[j] == 0x20 else { return false }
        j += 1
        if j < u.count && (u[j] == 0x22 || u[j] == 0x27) { j += 1 }
        else if j + 2 < u.count && u[j] == 0xE2 && u[j + 1] == 0x80 && (u[j + 2] == 0x9C || u[j + 2] == 0x98) { j += 3 }  // “ ‘
        return j < u.count && u[j].isASCIIUpper
    }

    /// Where a colon dateline's colon may stand: the longest places (`Salt Lake City, Utah: `,
    /// `Port-au-Prince, Haiti: `) stay well inside.
    static let placeColonMaxBytes = 40

    /// The first `maxChars` Characters of the line `u`, decoded from its start only: the whole
    /// line as a String (a copy and a validation of every byte, lines of prose run to
    /// kilobytes) only when its first `4 * maxChars + 16` bytes hold no more than `maxChars`
    /// Characters. A grapheme break depends on the scalars before it and the one after it alone,
    /// so in a prefix cut at a scalar's start every break before its last scalar is the whole
    /// line's: with one Character more than `maxChars` in it, its first `maxChars` are the line's.
    static func head(_ u: UnsafeBufferPointer<UInt8>, maxChars: Int) -> String {
        var cut = maxChars >= u.count ? u.count : min(u.count, 4 * maxChars + 16)
        while cut < u.count && cut > 0 && u[cut] & 0xC0 == 0x80 { cut -= 1 }
        let start = String(decoding: UnsafeBufferPointer(rebasing: u[..<cut]), as: UTF8.self)
        if cut < u.count {
            guard let end = start.index(start.startIndex, offsetBy: maxChars, limitedBy: start.endIndex),
                  end < start.endIndex else {
                return String(String(decoding: u, as: UTF8.self).prefix(maxChars))
            }
            return String(start[..<end])
        }
        return String(start.prefix(maxChars))
    }

    /// The byte range of the place the first matching pattern finds in `head` (its group 1, else
    /// the whole match), else that of a listed place (`places`); `passed`: the patterns whose
    /// requirement the head passed (nil: not tested yet).
    private func firstMatch(in head: UnsafeBufferPointer<UInt8>, passed: UInt64?) -> Range<Int>? {
        for (k, re) in patterns.enumerated() {
            if let p = passed, k < 64 {
                if p & (1 << UInt64(k)) == 0 { continue }
            } else if let r = requirements[k], !r.mayMatch(head) { continue }
            guard re.firstMatch(head), let r = re.captureCount >= 1 ? re.group(1) : re.group(0) else { continue }
            return r
        }
        return places.match(head)
    }

    /// One bit per pattern whose requirement `head` passes (or that has none). Zero when no
    /// pattern can match `head`: no regex runs. Over 64 patterns the prefilter is
    /// off (all bits set; the loop tests the patterns past 64 itself).
    /// Equal to asking each requirement's `mayMatch`: a pattern's bit is set at the first offset
    /// where one of its marks passes, and an offset no pattern's mark opens at costs one load.
    func passedRequirements(_ head: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard requirements.count <= 64 else { return ~0 }
        var bits = untested
        let n = head.count
        guard n >= 2 else { return bits }
        leadPatterns.withUnsafeBufferPointer { lead in
            for k in 0..<(n - 1) {
                var open = lead[Int(head[k])] & ~bits
                while open != 0 {
                    let p = open.trailingZeroBitCount
                    open &= open &- 1
                    if requirements[p]!.passes(head, at: k) { bits |= 1 << UInt64(p) }
                }
            }
        }
        return bits
    }

    /// The byte length of `line.prefix(maxChars)` when each of the first `maxChars + 1` scalars
    /// (or all of the line's) is a Character of its own whatever its neighbours: ASCII but CR,
    /// U+0080–U+02FF (Latin letters with their accents precomposed, NBSP, `©`) and U+2010–U+2027
    /// (dashes, curly quotes, `…`). No grapheme rule joins two such scalars (none is CR, a
    /// combining mark, a joiner, a Hangul jamo or a regional indicator, which all lie outside), so
    /// their head is their bytes: no String, no grapheme walk (`head` cost ~6,000 instructions a
    /// line with a curly quote or an accent: `Zürich — `, `“We …`). Nil otherwise (the caller
    /// takes the Character prefix, `head`), or when the head is empty. Only well-formed sequences
    /// of those ranges pass, so the bytes are those `head` decodes.
    static func simpleHeadLength(_ u: UnsafeBufferPointer<UInt8>, maxChars: Int) -> Int? {
        let n = u.count
        var k = 0, scalars = 0, cut = 0
        while k < n && scalars <= maxChars {
            if scalars == maxChars { cut = k }
            let b = u[k]
            if b < 0x80 {
                if b == 0x0D { return nil }
                k &+= 1
            } else if b >= 0xC2 && b <= 0xCB {   // U+0080–U+02FF
                guard k + 1 < n, u[k + 1] & 0xC0 == 0x80 else { return nil }
                k &+= 2
            } else if b == 0xE2 {                // U+2010–U+2027
                guard k + 2 < n, u[k + 1] == 0x80, u[k + 2] >= 0x90 && u[k + 2] <= 0xA7 else { return nil }
                k &+= 3
            } else {
                return nil
            }
            scalars &+= 1
        }
        // The whole line within `maxChars` scalars, else the bytes of the first `maxChars`.
        let length = scalars <= maxChars ? n : cut
        return length > 0 ? length : nil
    }

    /// `WASHINGTON, March 3` → `WASHINGTON`: a date after the place is not part of it; the place
    /// ends at the last comma before the date's first digit (`AUSTIN, Texas, May 17` → `AUSTIN, Texas`).
    static func placeOnly(_ s: String) -> String {
        // The usual ASCII place: on the bytes (the only ASCII numerals are the digits, the only
        // ASCII blanks space and tab), no scalar properties looked up.
        let ascii: String? = SplitText.withBytes(s) { u in
            guard !u.contains(where: { $0 >= 0x80 }) else { return nil }
            var end = u.count
            if let comma = u.firstIndex(of: 0x2C), let digit = u[(comma + 1)...].firstIndex(where: { $0.isASCIIDigit }),
               let cut = u[..<digit].lastIndex(of: 0x2C) { end = cut }
            var a = 0
            while a < end && (u[a] == 0x20 || u[a] == 0x09) { a += 1 }
            while end > a && (u[end - 1] == 0x20 || u[end - 1] == 0x09) { end -= 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: u[a..<end]), as: UTF8.self)
        }
        return ascii ?? placeOnlyByScalars(s)
    }

    /// `placeOnly` by Unicode scalars and their properties (any text; the definition).
    static func placeOnlyByScalars(_ s: String) -> String {
        if let comma = s.utf8.firstIndex(of: 0x2C) {
            let rest = s[s.index(after: comma)...]
            if let digit = rest.unicodeScalars.firstIndex(where: { $0.properties.numericType != nil }),
               let cut = s.utf8[..<digit].lastIndex(of: 0x2C) {
                return String(SplitText.trimmingBlanks(String(s[..<cut])))
            }
        }
        return String(SplitText.trimmingBlanks(s))
    }
}
