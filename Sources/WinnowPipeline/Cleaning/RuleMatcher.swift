import Foundation

/// A rule family compiled once: literal matchers folded, regexes built, limits resolved.
///
/// Matching order inside a family is cheapest first: exact key, prefixes, suffixes, substrings,
/// then regexes. A family never looks at a line longer than its `max_chars`.
struct CompiledFamily {
    let name: String
    let role: RuleRole
    let metadataKey: String?
    let metadataList: Bool
    let maxChars: Int
    let exactKeys: Set<UInt64>
    let prefixes: [String]
    let suffixes: [String]
    let contains: [String]
    /// `contains` as UTF-8 bytes: searched byte by byte, not with Foundation's locale-aware
    /// `String.contains`, which cost half of all cleaning time.
    let containsBytes: [[UInt8]]
    let patterns: [NSRegularExpression]
    let tailChars: Int?

    init(_ config: RuleFamilyConfig) throws {
        name = config.name
        role = config.role
        metadataKey = config.metadata
        metadataList = config.metadataList
        maxChars = config.maxChars
        exactKeys = Set(config.exact.map { LineKey.hash($0) })
        prefixes = config.prefixes.map { LineText.fold($0) }
        suffixes = config.suffixes.map { LineText.fold($0) }
        contains = config.contains.map { LineText.fold($0) }
        containsBytes = contains.map { Array($0.utf8) }
        tailChars = config.tailChars
        patterns = try config.patterns.map { pattern in
            do {
                return try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
            } catch {
                throw ConfigError(path: "clean.families.\(config.name).patterns",
                                  message: "rule '\(config.name)': bad regular expression '\(pattern)': \(error.localizedDescription)")
            }
        }
        if role == .prefix, let bad = patterns.first(where: { $0.numberOfCaptureGroups < 2 }) {
            throw ConfigError(path: "clean.families.\(config.name).patterns",
                              message: "rule '\(config.name)': a prefix rule needs two capture groups (value, rest of line): '\(bad.pattern)'")
        }
    }

    /// What a matching family found on a line.
    struct Match {
        /// The metadata value (capture group 1, else the whole line), when the family has a key.
        var value: String?
        /// For `prefix` rules: the rest of the line, which stays in the text.
        var rest: String?
        /// A short human-readable reason for `explain`.
        var detail: String
    }

    /// Tests a trimmed line (`folded` and `key` precomputed by the caller).
    func match(line: Substring, folded: String, key: UInt64, chars: Int) -> Match? {
        guard chars <= maxChars else { return nil }
        let whole = String(line)
        if exactKeys.contains(key) { return Match(value: literalValue(whole), detail: "exact") }
        for p in prefixes where folded.hasPrefix(p) { return Match(value: literalValue(whole), detail: "prefix '\(p)'") }
        for s in suffixes where folded.hasSuffix(s) { return Match(value: literalValue(whole), detail: "suffix '\(s)'") }
        if !containsBytes.isEmpty {
            var haystack = folded
            let hit: Int? = haystack.withUTF8 { h in
                containsBytes.firstIndex { needle in
                    needle.withUnsafeBufferPointer { n in bytesContain(h, n) }
                }
            }
            if let i = hit { return Match(value: literalValue(whole), detail: "contains '\(contains[i])'") }
        }
        guard !patterns.isEmpty else { return nil }
        let subject: String
        if let tail = tailChars, chars > tail { subject = String(line.suffix(tail)) } else { subject = whole }
        let ns = subject as NSString
        let range = NSRange(location: 0, length: ns.length)
        for re in patterns {
            guard let m = re.firstMatch(in: subject, options: [], range: range) else { continue }
            func group(_ i: Int) -> String? {
                guard i <= re.numberOfCaptureGroups else { return nil }
                let r = m.range(at: i)
                guard r.location != NSNotFound else { return nil }
                return ns.substring(with: r).trimmingCharacters(in: .whitespaces)
            }
            let value = metadataKey == nil ? nil : (group(1) ?? whole)
            return Match(value: value, rest: role == .prefix ? group(2) : nil, detail: "pattern '\(re.pattern)'")
        }
        return nil
    }

    private func literalValue(_ line: String) -> String? { metadataKey == nil ? nil : line }
}

/// Whether `needle` occurs in `haystack` (plain byte search: lines and needles here are short).
@inline(__always)
func bytesContain(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
    let n = needle.count, h = haystack.count
    guard n > 0 else { return true }
    guard n <= h else { return false }
    let first = needle[0]
    var i = 0
    while i <= h - n {
        if haystack[i] == first {
            var k = 1
            while k < n && haystack[i + k] == needle[k] { k += 1 }
            if k == n { return true }
        }
        i += 1
    }
    return false
}
