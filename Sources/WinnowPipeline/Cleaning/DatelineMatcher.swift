import Foundation

/// Finds datelines (`(LONDON) — `, `BRUSSELS: `, `WASHINGTON (Reuters) - `) at the start of a line.
///
/// Only the first `dateline_max_chars` characters are examined, and only when the line opens
/// with `(` or two capitals, so prose lines cost one or two byte comparisons. A pattern whose
/// `DatelineRequirement` the head fails is not run (most capitalised lines hold no `: ` or `— `).
struct DatelineMatcher {
    let patterns: [NSRegularExpression]
    /// Per pattern, the byte test a head must pass for it to match (nil: none proved, always run).
    let requirements: [DatelineRequirement?]
    let maxChars: Int

    init(_ config: SplitConfig) throws {
        maxChars = config.datelineMaxChars
        requirements = config.datelinePatterns.map { DatelineRequirement(pattern: $0) }
        patterns = try config.datelinePatterns.map { p in
            do { return try NSRegularExpression(pattern: p) } catch {
                throw ConfigError(path: "split.dateline_patterns", message: "bad dateline regular expression '\(p)': \(error.localizedDescription)")
            }
        }
    }

    /// The dateline's place, if `line` opens with one.
    func place(in line: some StringProtocol) -> String? {
        SplitText.withBytes(line) { place(bytes: $0) }
    }

    /// `place(in:)` of a line's UTF-8 bytes (`ClassifiedLine.withContentBytes`).
    func place(bytes u: UnsafeBufferPointer<UInt8>) -> String? {
        // nil: not gated in; 0: gated in, the head needs the Character walk; else the ASCII head's length.
        let gate: Int? = {
            guard let b0 = u.first else { return nil }
            let b1 = u.count > 1 ? u[1] : 0
            let isCap = { (b: UInt8) in b >= 0x41 && b <= 0x5A }
            guard b0 == 0x28 || (isCap(b0) && isCap(b1)) else { return nil }
            return Self.asciiHeadLength(u, maxChars: maxChars) ?? 0
        }()
        guard let gate else { return nil }
        let head: String
        // Patterns whose requirement the head passed, one bit each (nil: not tested yet).
        var passed: UInt64?
        if gate > 0 {
            // The usual case: an ASCII head is its bytes (no grapheme walk), and no String is
            // made when no pattern can match. The requirements are tested once, here.
            passed = passedRequirements(UnsafeBufferPointer(rebasing: u[..<gate]))
            guard passed != 0 else { return nil }
            head = String(decoding: UnsafeBufferPointer(rebasing: u[..<gate]), as: UTF8.self)
        } else {
            head = String(String(decoding: u, as: UTF8.self).prefix(maxChars))
        }
        let whole = NSRange(location: 0, length: head.utf16.count)
        for (k, re) in patterns.enumerated() {
            if let p = passed, k < 64 {
                if p & (1 << UInt64(k)) == 0 { continue }
            } else if let r = requirements[k], !SplitText.withBytes(head, { r.mayMatch($0) }) { continue }
            guard let m = re.firstMatch(in: head, options: [], range: whole) else { continue }
            let r = m.numberOfRanges > 1 ? m.range(at: 1) : m.range
            guard r.location != NSNotFound else { continue }
            return Self.placeOnly(Self.substring(head, utf16: r))
        }
        return nil
    }

    /// `(s as NSString).substring(with: r)` without bridging: a regex range covers whole code
    /// points, so it is a run of `s`'s scalars.
    static func substring(_ s: String, utf16 r: NSRange) -> String {
        let u = s.utf16
        guard let a = u.index(u.startIndex, offsetBy: r.location, limitedBy: u.endIndex),
              let b = u.index(a, offsetBy: r.length, limitedBy: u.endIndex),
              a.samePosition(in: s.unicodeScalars) != nil, b.samePosition(in: s.unicodeScalars) != nil
        else { return (s as NSString).substring(with: r) }
        return String(s.unicodeScalars[a..<b])
    }

    /// One bit per pattern whose requirement `head` passes (or that has none). Zero when no
    /// pattern can match `head`: the head String is not made. Over 64 patterns the prefilter is
    /// off (all bits set; the loop tests the patterns past 64 itself).
    private func passedRequirements(_ head: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard requirements.count <= 64 else { return ~0 }
        var bits: UInt64 = 0
        for (k, r) in requirements.enumerated() where r?.mayMatch(head) ?? true { bits |= 1 << UInt64(k) }
        return bits
    }

    /// The byte length of `line.prefix(maxChars)` when it is plain ASCII: the first `maxChars + 1`
    /// bytes (or the whole line) are ASCII with no CR, so each byte is one Character and none
    /// after the head can join the last one (only CR LF and non-ASCII marks form longer clusters).
    /// Nil otherwise (the caller takes the Character prefix), or when the head is empty.
    private static func asciiHeadLength(_ u: UnsafeBufferPointer<UInt8>, maxChars: Int) -> Int? {
        let look = min(u.count, maxChars + 1)
        for k in 0..<look where u[k] >= 0x80 || u[k] == 0x0D { return nil }
        let n = min(u.count, maxChars)
        return n > 0 ? n : nil
    }

    /// `WASHINGTON, March 3` → `WASHINGTON`: a date after the place is not part of it.
    static func placeOnly(_ s: String) -> String {
        // The usual ASCII place: on the bytes (the only ASCII numerals are the digits, the only
        // ASCII blanks space and tab), no scalar properties looked up.
        let ascii: String? = SplitText.withBytes(s) { u in
            guard !u.contains(where: { $0 >= 0x80 }) else { return nil }
            var end = u.count
            if let comma = u.firstIndex(of: 0x2C), u[(comma + 1)...].contains(where: { $0 >= 0x30 && $0 <= 0x39 }) { end = comma }
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
            if rest.unicodeScalars.contains(where: { $0.properties.numericType != nil }) {
                return String(SplitText.trimmingBlanks(String(s[..<comma])))
            }
        }
        return String(SplitText.trimmingBlanks(s))
    }
}
