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
    /// Whether the literal tables hold anything (tested before calling into them).
    private let hasPrefixes: Bool, hasSuffixes: Bool, hasContains: Bool

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
    }

    /// A way this family can match a line other than its exact keys, as a condition the
    /// classifier tests before trying the family (`FamilyGate`).
    struct GateCondition {
        /// The trimmed line's first and last raw bytes, ASCII lower-cased (nil: any).
        var first: ByteSet?
        var last: ByteSet?
        /// ASCII bytes the folded line must hold.
        var need = ByteMask()
        /// Folded literals one of which must have all its byte pairs in the folded line (empty: none).
        var literals: [[UInt8]] = []
        /// Folded literals one of which the folded line starts (ends) with: tested on its first
        /// (last) byte pair (nil: none).
        var starts: [[UInt8]]? = nil
        var ends: [[UInt8]]? = nil

        /// Tests the line's ends (first or last byte, first or last pair): gets a gate bit.
        var hasEnd: Bool { first != nil || last != nil || starts != nil || ends != nil }
    }

    /// The family's `GateCondition`s, or nil when some way can match any line (an empty literal,
    /// a pattern the prefilter knows nothing about).
    /// A prefix literal starts the folded line: its first byte pair is the line's (the line's
    /// first raw byte, ASCII lower-cased, is its first byte; a non-ASCII one may fold to ASCII, so
    /// it is let through); a suffix literal likewise ends it; any literal (of two bytes or more)
    /// occurs only with all its byte pairs; a pattern runs only when its prefilter admits
    /// the line's first (whole-line subjects only) and last bytes, finds its required bytes and
    /// one of its needles.
    var gateConditions: [GateCondition]? {
        var conditions: [GateCondition] = []
        func folding(_ keys: ByteSet) -> ByteSet {
            var set = keys
            for b in 0x80...0xFF { set.insert(UInt8(b)) }
            return set
        }
        // Literals as a pair condition, when every one has pairs (one of one byte has none).
        func paired(_ table: LiteralTable) -> [[UInt8]] {
            table.literalBytes.allSatisfy { $0.count >= 2 } ? table.literalBytes : []
        }
        if hasPrefixes {
            guard !prefixes.hasEmpty else { return nil }
            conditions.append(GateCondition(first: folding(prefixes.keyBytes), last: nil, literals: paired(prefixes),
                                            starts: prefixes.literalBytes))
        }
        if hasSuffixes {
            guard !suffixes.hasEmpty else { return nil }
            conditions.append(GateCondition(first: nil, last: folding(suffixes.keyBytes), literals: paired(suffixes),
                                            ends: suffixes.literalBytes))
        }
        if hasContains {
            let literals = paired(contains)
            guard !literals.isEmpty else { return nil }
            conditions.append(GateCondition(first: nil, last: nil, literals: literals))
        }
        for p in prefilters {
            // A tail subject may start anywhere in the line: only its last byte is the line's.
            let first = tailChars == nil ? p.firstBytes : nil
            let needles = p.pairNeedles ?? []
            let need = p.requiredBytes
            if first == nil && p.lastBytes == nil && needles.isEmpty && need.lo == 0 && need.hi == 0 { return nil }
            conditions.append(GateCondition(first: first, last: p.lastBytes, need: need, literals: needles))
        }
        return conditions
    }

    /// The first byte of `line` (trimmed, `chars` long, within `maxChars`) whose folded form
    /// `match` can read: 0 when it reads the line's start (prefixes, `contains`, a pattern on the
    /// whole line whose prefilter admits the line's first byte), the start of the tail subject for
    /// tail patterns, else `line.count` (exact keys need no fold; suffixes are the caller's).
    /// `tail`: `tailSubject(line, chars:)` when the caller has it.
    func readsFrom(_ line: UnsafeBufferPointer<UInt8>, chars: Int, tail known: UnsafeBufferPointer<UInt8>? = nil) -> Int {
        if !prefixes.isEmpty || !contains.isEmpty { return 0 }
        guard !patterns.isEmpty else { return line.count }
        if let tail = tailChars, chars > tail {
            let subject = known ?? LineText.lastCharacters(line, tail)
            return line.count - subject.count
        }
        // A whole-line pattern whose prefilter turns the first byte away never reads the mask.
        return prefilters.allSatisfy { $0.rejectsFirstByte(line) } ? line.count : 0
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
    @inline(__always)  // into the classifier's family loop (a call per family per line cost more)
    func match(line: UnsafeBufferPointer<UInt8>, folded: UnsafeBufferPointer<UInt8>, mask: ByteMask,
               bigrams: LineBigrams? = nil, key: UInt64, exactHit: Bool? = nil, chars: Int,
               tail known: UnsafeBufferPointer<UInt8>? = nil) -> Match? {
        guard chars <= maxChars else { return nil }
        if exactHit ?? exactKeys.contains(key) { return Match(value: literalValue(line), detail: "exact") }
        if hasPrefixes, let p = prefixes.firstPrefix(of: folded) { return Match(value: literalValue(line), detail: "prefix '\(prefixes.strings[p])'") }
        if hasSuffixes, let s = suffixes.firstSuffix(of: folded) { return Match(value: literalValue(line), detail: "suffix '\(suffixes.strings[s])'") }
        if hasContains, let c = contains.firstContained(in: folded, mask: mask, bigrams: bigrams) { return Match(value: literalValue(line), detail: "contains '\(contains.strings[c])'") }
        guard !patterns.isEmpty else { return nil }
        var tailBytes = line
        if let tail = tailChars, chars > tail { tailBytes = known ?? LineText.lastCharacters(line, tail) }
        // Most lines meet no pattern's prefilter: find the first that admits the line here, with
        // no String or regex state on this path.
        let isLineStart = tailBytes.count == line.count
        var n = 0
        while n < prefilters.count {
            // `chars` counts scalars: as many as bytes only on an all-ASCII line.
            if prefilters[n].admits(tailBytes, isLineStart: isLineStart, lineMask: mask, bigrams: bigrams, folded: folded,
                                    asciiOnly: chars == line.count) { break }
            n += 1
        }
        guard n < prefilters.count else { return nil }
        return matchPatterns(from: n, line: line, tailBytes: tailBytes, mask: mask, bigrams: bigrams, folded: folded, chars: chars)
    }

    /// The regexes from pattern `first` on (whose prefilter admitted the line) on the line's bytes
    /// (its last `tailChars` characters for a tail family).
    @inline(never)
    private func matchPatterns(from first: Int, line: UnsafeBufferPointer<UInt8>, tailBytes: UnsafeBufferPointer<UInt8>,
                               mask: ByteMask, bigrams: LineBigrams?, folded: UnsafeBufferPointer<UInt8>, chars: Int) -> Match? {
        var from: Int?
        for n in first..<patterns.count {
            let re = patterns[n]
            guard n == first || prefilters[n].admits(tailBytes, isLineStart: tailBytes.count == line.count, lineMask: mask,
                                                     bigrams: bigrams, folded: folded, asciiOnly: chars == line.count) else { continue }
            guard prefilters[n].mayHaveDigit(tailBytes, lineMask: mask), prefilters[n].hasOtherFactors(tailBytes) else { continue }
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

/// Folded literal strings indexed by their first (or last) byte, so a line is compared only with
/// the few literals that can match it. Lookups return the lowest index that matches, so the
/// result (and `explain`'s detail) is the same as trying the literals in file order.
/// A class: a family's three tables were copied onto the stack for every call on every line.
final class LiteralTable {
    let strings: [String]
    /// The bytes some literal starts (ends) with: bit b set skips most positions of a line at once.
    let keyBytes: ByteSet
    /// The folded literals' bytes.
    let literalBytes: [[UInt8]]
    /// byte → indices (ascending) of literals starting (ending) with it.
    private let buckets: [[Int]]
    /// Literals that are empty after folding: they match every line.
    private let empty: Int?
    /// Each literal's bytes, to skip literals a line cannot contain.
    private let masks: [ByteMask]
    /// Each literal's byte pairs (folded literal vs folded line: always a valid test).
    private let pairs: BigramLists
    /// Per literal: it ends in a letter or digit, so as a prefix it must end a word of the line
    /// ('with ap' is "With AP", not "With apologies to …"; 'share this' not "Share thistles").
    private let endsInWord: [Bool]
    /// Whether a literal starts with a letter or digit: a `contains` literal then matches only
    /// where a word starts (`get the app` is not in "get the approval", `visit website` not in
    /// "visit websites"), as with `endsInWord` at its end.
    private let startsInWord: [Bool]

    init(_ strings: [String], indexByLastByte: Bool) {
        self.strings = strings
        literalBytes = strings.map { Array($0.utf8) }
        var b = [[Int]](repeating: [], count: 256)
        for (i, s) in literalBytes.enumerated() {
            guard let k = indexByLastByte ? s.last : s.first else { continue }
            b[Int(k)].append(i)
        }
        buckets = b
        var bits = ByteSet()
        for k in 0..<256 where !b[k].isEmpty { bits.insert(UInt8(k)) }
        keyBytes = bits
        empty = literalBytes.firstIndex(where: \.isEmpty)
        masks = literalBytes.map { b in b.withUnsafeBufferPointer { ByteMask($0) } }
        pairs = BigramLists(literalBytes)
        endsInWord = literalBytes.map { $0.last.map(SignOff.isAlnum) ?? false }
        startsInWord = literalBytes.map { $0.first.map(SignOff.isAlnum) ?? false }
    }

    var isEmpty: Bool { strings.isEmpty }

    /// Whether some literal is empty after folding (it matches every line).
    var hasEmpty: Bool { empty != nil }

    /// Bytes of the longest literal.
    var longest: Int { literalBytes.map(\.count).max() ?? 0 }

    func firstPrefix(of line: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !strings.isEmpty else { return nil }
        if let e = empty { return e }
        guard let f = line.first, keyBytes.contains(f) else { return nil }
        for i in buckets[Int(f)] where hasPrefix(line, literalBytes[i], at: 0) {
            let n = literalBytes[i].count
            if endsInWord[i] && n < line.count && SignOff.isAlnum(line[n]) { continue }  // the line's word goes on
            return i
        }
        return nil
    }

    func firstSuffix(of line: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !strings.isEmpty else { return nil }
        if let e = empty { return e }
        guard let l = line.last, keyBytes.contains(l) else { return nil }
        for i in buckets[Int(l)] {
            let n = literalBytes[i].count
            if n <= line.count && hasPrefix(line, literalBytes[i], at: line.count - n) { return i }
        }
        return nil
    }

    /// The first literal (in file order) that `line` contains; `mask` is the line's `ByteMask`,
    /// `bigrams` its `LineBigrams` when known.
    func firstContained(in line: UnsafeBufferPointer<UInt8>, mask: ByteMask, bigrams: LineBigrams? = nil) -> Int? {
        guard !strings.isEmpty else { return nil }
        if let e = empty { return e }
        // Pairs first: the rarest pair of a literal turns a prose line away in one load.
        for i in 0..<literalBytes.count where pairs.admits(i, bigrams) && mask.containsAll(masks[i]) {
            let found = literalBytes[i].withUnsafeBufferPointer {
                bytesContain(line, $0, wordStart: startsInWord[i], wordEnd: endsInWord[i])
            }
            if found { return i }
        }
        return nil
    }

    @inline(__always)
    private func hasPrefix(_ line: UnsafeBufferPointer<UInt8>, _ lit: [UInt8], at pos: Int) -> Bool {
        let n = lit.count
        guard pos + n <= line.count else { return false }
        var k = 0
        while k < n && line[pos + k] == lit[k] { k += 1 }
        return k == n
    }
}

/// A set of bytes as 256 bits.
struct ByteSet: Equatable {
    private var w0: UInt64 = 0, w1: UInt64 = 0, w2: UInt64 = 0, w3: UInt64 = 0

    init() {}

    mutating func insert(_ b: UInt8) {
        let bit = UInt64(1) << UInt64(b & 63)
        switch b >> 6 {
        case 0: w0 |= bit
        case 1: w1 |= bit
        case 2: w2 |= bit
        default: w3 |= bit
        }
    }

    /// Selects the word with compares instead of a switch (which compiled to a jump table).
    @inline(__always)
    func contains(_ b: UInt8) -> Bool {
        let w = b < 0x80 ? (b < 0x40 ? w0 : w1) : (b < 0xC0 ? w2 : w3)
        return (w >> UInt64(b & 63)) & 1 != 0
    }
}

/// Whether `needle` occurs in `haystack` (plain byte search: lines and needles here are short);
/// `wordStart` / `wordEnd`: only where no letter or digit of the line runs on before / after it.
@inline(__always)
func bytesContain(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>,
                  wordStart: Bool = false, wordEnd: Bool = false) -> Bool {
    let n = needle.count, h = haystack.count
    guard n > 0 else { return true }
    guard n <= h else { return false }
    let first = needle[0]
    var i = 0
    while i <= h - n {
        if haystack[i] == first {
            var k = 1
            while k < n && haystack[i + k] == needle[k] { k += 1 }
            // Whole words only where the needle starts or ends in one: the line's word must not go on.
            if k == n && !(wordStart && i > 0 && SignOff.isAlnum(haystack[i - 1]))
                && !(wordEnd && i + n < h && SignOff.isAlnum(haystack[i + n])) { return true }
        }
        i += 1
    }
    return false
}

/// Line keys → a bit mask of the families (up to 64) that list the key as `exact`: one probe per
/// line instead of one `Set` lookup per family.
struct ExactKeyTable {
    private let table: KeyTable

    init(_ sets: [Set<UInt64>]) {
        var bits: [UInt64: UInt64] = [:]
        for (k, set) in sets.prefix(64).enumerated() {
            for key in set { bits[key, default: 0] |= 1 << UInt64(k) }
        }
        table = KeyTable(bits)
    }

    /// Bit k set: family k lists `key`.
    @inline(__always)
    func families(of key: UInt64) -> UInt64 { table.value(of: key) }
}
