import Foundation

/// A rule family compiled once: literal matchers folded and indexed by byte, regexes built with a
/// byte-level prefilter each, limits resolved.
///
/// Matching order inside a family is cheapest first: exact key, prefixes, suffixes, substrings,
/// then regexes. A family never looks at a line longer than its `max_chars`. Everything before the
/// regexes works on the line's UTF-8 bytes (no String is made unless the family matches), and a
/// regex runs only on lines its `PatternPrefilter` admits.
/// A class, not a struct: the classifier walks the families for every line, and copying a struct
/// of a dozen reference-counted fields per family per line cost more than matching.
final class CompiledFamily {
    let name: String
    let role: RuleRole
    let metadataKey: String?
    let metadataList: Bool
    let maxChars: Int
    /// `max_words`, `Int.max` when unbounded.
    let maxWords: Int
    let exactKeys: Set<UInt64>
    let prefixes: LiteralTable
    let suffixes: LiteralTable
    let contains: LiteralTable
    let patterns: [PatternRegex]
    let prefilters: [PatternPrefilter]
    let tailChars: Int?
    /// Whether the literal tables hold anything (tested before calling into them on the hot path).
    private let hasPrefixes: Bool, hasSuffixes: Bool, hasContains: Bool
    /// The bit of each way to match among the family gate's conditions (`gateConditions` order:
    /// prefixes, suffixes, `contains`, then one per pattern from `patternCondition` on): `match`
    /// skips a way whose condition the line failed (`FamilyGate.admitted`).
    private let prefixCondition: UInt64, suffixCondition: UInt64, containsCondition: UInt64
    private let patternCondition: Int

    init(_ config: RuleFamilyConfig) throws {
        name = config.name
        role = config.role
        metadataKey = config.metadata
        metadataList = config.metadataList
        maxChars = config.maxChars
        maxWords = config.maxWords ?? Int.max
        exactKeys = Set(config.exact.map { LineKey.hash($0) })
        prefixes = LiteralTable(config.prefixes.map { LineText.fold($0) }, indexByLastByte: false)
        suffixes = LiteralTable(config.suffixes.map { LineText.fold($0) }, indexByLastByte: true)
        contains = LiteralTable(config.contains.map { LineText.fold($0) }, indexByLastByte: false)
        tailChars = config.tailChars
        hasPrefixes = !prefixes.isEmpty
        hasSuffixes = !suffixes.isEmpty
        hasContains = !contains.isEmpty
        (prefixCondition, suffixCondition, containsCondition, patternCondition) =
            Self.conditionBits(hasPrefixes, hasSuffixes, hasContains)
        patterns = try config.patterns.map { pattern in
            do {
                return try PatternRegex(pattern, caseless: true)
            } catch let error as PatternRegex.SyntaxError {
                throw ConfigError(path: "clean.families.\(config.name).patterns",
                                  message: "rule '\(config.name)': bad regular expression '\(pattern)': \(error.message)")
            }
        }
        prefilters = config.patterns.map { PatternPrefilter(pattern: $0) }
        if role == .prefix, let bad = patterns.first(where: { $0.captureCount < 2 }) {
            throw ConfigError(path: "clean.families.\(config.name).patterns",
                              message: "rule '\(config.name)': a prefix rule needs two capture groups (value, rest of line): '\(bad.pattern)'")
        }
    }

    /// The same family for another worker's classifier: everything shared (all of it is
    /// read-only) but the regexes' match data.
    init(sharing other: CompiledFamily) {
        name = other.name; role = other.role; metadataKey = other.metadataKey; metadataList = other.metadataList
        maxChars = other.maxChars; maxWords = other.maxWords; exactKeys = other.exactKeys
        prefixes = other.prefixes; suffixes = other.suffixes; contains = other.contains
        patterns = other.patterns.map { $0.copy() }
        prefilters = other.prefilters
        tailChars = other.tailChars
        hasPrefixes = other.hasPrefixes; hasSuffixes = other.hasSuffixes; hasContains = other.hasContains
        prefixCondition = other.prefixCondition; suffixCondition = other.suffixCondition
        containsCondition = other.containsCondition; patternCondition = other.patternCondition
    }

    /// The condition bits of the literal tables present, in `gateConditions` order, and the
    /// index of the first pattern's.
    private static func conditionBits(_ p: Bool, _ s: Bool, _ c: Bool) -> (UInt64, UInt64, UInt64, Int) {
        var next = 0
        func bit(_ present: Bool) -> UInt64 {
            guard present else { return 0 }
            defer { next += 1 }
            return 1 << UInt64(next)
        }
        let (pb, sb, cb) = (bit(p), bit(s), bit(c))
        return (pb, sb, cb, next)
    }

    /// Whether pattern n's gate condition is among `conditions` (past the 64th: assumed met).
    @inline(__always)
    private func patternMet(_ n: Int, _ conditions: UInt64) -> Bool {
        let i = patternCondition + n
        return i >= 64 || conditions & (1 << UInt64(i)) != 0
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

    /// Tests a trimmed line given as bytes (`folded` = `LineText.fold` of it, `key` its `LineKey`,
    /// `mask` the bytes of `folded`, `bigrams` its byte pairs, `chars` its length in characters),
    /// all computed once per line.
    /// `exactHit`: whether `exactKeys` holds `key`, when the caller looked it up already.
    /// `tail`: the bytes of the line's last `tailChars` characters (`LineText.lastCharacters`), when
    /// the caller has them (families with the same `tail_chars` share them).
    /// `conditions`: the family gate's conditions the line meets (`FamilyGate.admitted`; all when
    /// the gate did not test the family): a way to match whose condition failed is not tried.
    // Out of line: the compiler inlines this or `FamilyGate.admitted` into the family loop, not
    // both, and the gate runs far more often (dev A 40 dumps: 218,642 `admitted` calls; this one
    // inlined and the gate out of line, `classify` took 3.7 M instructions more).
    @inline(never)
    func match(line: UnsafeBufferPointer<UInt8>, folded: UnsafeBufferPointer<UInt8>, mask: ByteMask,
               bigrams: LineBigrams? = nil, key: UInt64, exactHit: Bool? = nil, chars: Int,
               tail known: UnsafeBufferPointer<UInt8>? = nil, conditions: UInt64 = ~0) -> Match? {
        guard chars <= maxChars else { return nil }
        if exactHit ?? exactKeys.contains(key) { return Match(value: literalValue(line), detail: "exact") }
        if hasPrefixes, conditions & prefixCondition != 0, let p = prefixes.firstPrefix(of: folded) { return Match(value: literalValue(line), detail: "prefix '\(prefixes.strings[p])'") }
        if hasSuffixes, conditions & suffixCondition != 0, let s = suffixes.firstSuffix(of: folded) { return Match(value: literalValue(line), detail: "suffix '\(suffixes.strings[s])'") }
        if hasContains, conditions & containsCondition != 0, let c = contains.firstContained(in: folded, mask: mask, bigrams: bigrams) { return Match(value: literalValue(line), detail: "contains '\(contains.strings[c])'") }
        guard !patterns.isEmpty else { return nil }
        var tailBytes = line
        if let tail = tailChars, chars > tail { tailBytes = known ?? LineText.lastCharacters(line, tail) }
        // Most lines meet no pattern's prefilter: find the first that admits the line here, with
        // no String or regex state on this path.
        let isLineStart = tailBytes.count == line.count
        var n = 0
        while n < prefilters.count {
            // `chars` counts scalars: as many as bytes only on an all-ASCII line.
            if patternMet(n, conditions), prefilters[n].admits(tailBytes, isLineStart: isLineStart, lineMask: mask, bigrams: bigrams, folded: folded,
                                    asciiOnly: chars == line.count) { break }
            n += 1
        }
        guard n < prefilters.count else { return nil }
        return matchPatterns(from: n, line: line, tailBytes: tailBytes, mask: mask, bigrams: bigrams, folded: folded, chars: chars,
                             conditions: conditions)
    }

    /// The regexes from pattern `first` on (whose prefilter admitted the line) on the line's bytes
    /// (its last `tailChars` characters for a tail family).
    @inline(never)
    private func matchPatterns(from first: Int, line: UnsafeBufferPointer<UInt8>, tailBytes: UnsafeBufferPointer<UInt8>,
                               mask: ByteMask, bigrams: LineBigrams?, folded: UnsafeBufferPointer<UInt8>, chars: Int,
                               conditions: UInt64) -> Match? {
        var from: Int?
        for n in first..<patterns.count {
            let re = patterns[n]
            guard n == first || patternMet(n, conditions) && prefilters[n].admits(tailBytes, isLineStart: tailBytes.count == line.count, lineMask: mask,
                                                     bigrams: bigrams, folded: folded, asciiOnly: chars == line.count) else { continue }
            guard prefilters[n].mayHaveDigit(tailBytes, lineMask: mask, asciiOnly: chars == line.count), prefilters[n].hasOtherFactors(tailBytes) else { continue }
            if from == nil { from = regexStart(line, chars: chars) }
            // The whole line is the subject, matched from the tail's start: a lookbehind at the
            // tail's first word still sees the word before it (`The big picture: Candidates …`,
            // cut to `picture: Candidates …`, read as a `Picture: Jane Doe` credit and stripped a
            // hard-wrapped paragraph on o31337 and o8923).
            guard let from, re.firstMatch(line, from: from) else { continue }
            /// Group i's text, trimmed; nil also when it does not start and end on Character
            /// boundaries of the subject, as `Range(NSRange, in:)` made it with ICU before.
            func group(_ i: Int) -> String? {
                guard let r = re.group(i) else { return nil }
                let s = String(decoding: line, as: UTF8.self)
                guard let a = String.Index(s.utf8.index(s.startIndex, offsetBy: r.lowerBound), within: s),
                      let b = String.Index(s.utf8.index(s.startIndex, offsetBy: r.upperBound), within: s) else { return nil }
                return String(LineText.trimmed(s[a..<b]))
            }
            let value = metadataKey == nil ? nil : (group(1) ?? String(decoding: line, as: UTF8.self))
            return Match(value: value, rest: role == .prefix ? group(2) : nil, detail: "pattern '\(re.pattern)'")
        }
        return nil
    }

    /// The byte offset a regex starts matching at: 0, or for a tail family on a longer line the
    /// start of its last `tailChars` Characters (grapheme clusters, so exactly `String.suffix`;
    /// the prefilters' `LineText.lastCharacters` is a cheap superset of them).
    private func regexStart(_ line: UnsafeBufferPointer<UInt8>, chars: Int) -> Int {
        guard let tail = tailChars, chars > tail else { return 0 }
        let whole = String(decoding: line, as: UTF8.self)
        return whole.utf8.distance(from: whole.startIndex, to: whole.suffix(tail).startIndex)
    }

    /// The bytes `match` reads as the tail subject of a line of `chars` characters: the last
    /// `tailChars` characters' bytes, or nil when the family reads whole lines (or this one is short).
    func tailSubject(_ line: UnsafeBufferPointer<UInt8>, chars: Int) -> UnsafeBufferPointer<UInt8>? {
        guard let tail = tailChars, chars > tail else { return nil }
        return LineText.lastCharacters(line, tail)
    }

    private func literalValue(_ line: UnsafeBufferPointer<UInt8>) -> String? {
        metadataKey == nil ? nil : String(decoding: line, as: UTF8.self)
    }
}
