/// A cheap necessary condition for a case-insensitive rule regex, derived from the pattern text.
///
/// NSRegularExpression bridges every subject to UTF-16 and costs microseconds per call; run on
/// every short line for every family it was most of cleaning's time. Most lines cannot match:
/// `^follow \S+ on (twitter|x)…` needs a line starting with `f` and containing `follow `. The
/// prefilter reads such facts off the pattern (first-byte class of an anchored pattern, a required
/// literal factor or set of alternatives) and tests them on the line's UTF-8 bytes; the regex runs
/// only on lines that pass. Anything the analysis does not understand (inline flags, back
/// references, unknown escapes) makes it admit every line, so it never changes a match.
///
/// Case-insensitivity is ASCII folding; the unusual Unicode case folds ICU also applies (`K` the
/// Kelvin sign ~ `k`, `ſ` ~ `s`) are not modelled.
final class PatternPrefilter {
    /// Lower-cased first bytes an anchored pattern's subject can start with (nil: any).
    /// Bytes ≥ 0x80 stand for "some non-ASCII character" when a class allows one.
    let firstBytes: ByteSet?
    /// The subject must contain one of these (ASCII case-insensitively); empty: no condition.
    let anyOf: [[UInt8]]
    /// All needles back to back (`ends[k]` is where needle k ends), for a scan without retains.
    private let flat: [UInt8]
    private let ends: [Int]
    /// Each needle's ASCII bytes: a line lacking one of them cannot contain the needle, which
    /// skips nearly every substring scan.
    private let masks: [ByteMask]
    /// The bytes all needles share.
    private let common: ByteMask
    /// Bytes the line must hold: those shared by all needles of each required factor set.
    private let need: ByteMask
    /// Each needle's byte pairs, tested on the folded line's `LineBigrams`. Only for needles whose
    /// pairs survive folding (ASCII, no tab, no double space; the fold lower-cases and keeps one
    /// space of a run, so a raw occurrence of such a needle is a folded one too).
    private let pairs: BigramLists
    /// No needle condition (`anyOf` empty).
    private let noNeedles: Bool

    init(pattern: String) {
        var parser = Parser(Array(pattern.unicodeScalars))
        var needles: [[UInt8]] = []
        var first: ByteSet? = nil
        var needed = ByteMask()
        if let node = parser.parseAlternation(), parser.atEnd {
            if let f = node.factor, !f.isEmpty, !f.contains(where: \.isEmpty) {
                needles = f.sorted().map { Array($0.utf8) }
            }
            for set in node.conj where !set.contains(where: \.isEmpty) {
                let masks = set.map { n in Array(n.utf8).withUnsafeBufferPointer { ByteMask($0) } }
                let shared = masks.dropFirst().reduce(masks[0]) { ByteMask(lo: $0.lo & $1.lo, hi: $0.hi & $1.hi) }
                needed = ByteMask(lo: needed.lo | shared.lo, hi: needed.hi | shared.hi)
            }
            if node.anchored, let bytes = node.first {
                var table = ByteSet()
                for b in bytes { table.insert(b) }
                first = table
            }
        }
        firstBytes = first
        need = needed
        anyOf = needles
        flat = needles.flatMap { $0 }
        var e: [Int] = [], n = 0
        for needle in needles { n += needle.count; e.append(n) }
        ends = e
        noNeedles = e.isEmpty
        masks = needles.map { n in n.withUnsafeBufferPointer { ByteMask($0) } }
        pairs = BigramLists(needles, usable: needles.map { n in
            !n.contains { $0 >= 0x80 || $0 == 0x09 } && !zip(n, n.dropFirst()).contains { $0 == 0x20 && $1 == 0x20 }
        })
        common = masks.isEmpty ? ByteMask() : masks.dropFirst().reduce(masks[0]) { ByteMask(lo: $0.lo & $1.lo, hi: $0.hi & $1.hi) }
    }

    /// True when `admits` turns a whole-line subject away on its first byte alone (before it
    /// reads the line's mask or pairs).
    func rejectsFirstByte(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let table = firstBytes else { return false }
        guard let b = line.first else { return true }
        return !table.contains(asciiLower(b))
    }

    /// Whether a regex match on `subject` is possible. `isLineStart`: the subject is the whole
    /// trimmed line (a tail subject may start anywhere, so the first-byte class does not apply).
    /// `lineMask`: the `ByteMask` of the whole folded line (a superset of the subject's bytes);
    /// `bigrams`: the pairs of the whole folded (trimmed) line, when known.
    /// The cheap tests (first byte, required bytes) are inlined at the call site: they turn most
    /// lines away, and a call per pattern per line cost more than the tests.
    @inline(__always)
    func admits(_ subject: UnsafeBufferPointer<UInt8>, isLineStart: Bool, lineMask: ByteMask,
                bigrams: LineBigrams? = nil) -> Bool {
        if isLineStart, let table = firstBytes {
            guard let b = subject.first, table.contains(asciiLower(b)) else { return false }
        }
        guard lineMask.containsAll(need) else { return false }
        if noNeedles { return true }
        // Bytes every needle has: one test rejects most lines.
        guard lineMask.containsAll(common) else { return false }
        return containsNeedle(subject, lineMask: lineMask, bigrams: bigrams)
    }

    /// Whether `subject` contains one of the needles (after the per-needle byte and pair tests).
    @inline(never)
    private func containsNeedle(_ subject: UnsafeBufferPointer<UInt8>, lineMask: ByteMask, bigrams: LineBigrams?) -> Bool {
        flat.withUnsafeBufferPointer { f in
            var start = 0
            for k in 0..<ends.count {
                let end = ends[k]
                if pairs.admits(k, bigrams) && lineMask.containsAll(masks[k]) && containsFolded(subject, UnsafeBufferPointer(rebasing: f[start..<end])) { return true }
                start = end
            }
            return false
        }
    }
}

@inline(__always)
func asciiLower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

/// ASCII case-insensitive substring test; `needle` is lower-case.
@inline(__always)
func containsFolded(_ haystack: UnsafeBufferPointer<UInt8>, _ nd: UnsafeBufferPointer<UInt8>) -> Bool {
    let n = nd.count, h = haystack.count
    guard n > 0 else { return true }
    guard n <= h else { return false }
    let first = nd[0]
    var i = 0
    while i <= h - n {
        if asciiLower(haystack[i]) == first {
            var k = 1
            while k < n && asciiLower(haystack[i + k]) == nd[k] { k += 1 }
            if k == n { return true }
        }
        i += 1
    }
    return false
}

/// The set of ASCII bytes (lower-cased) occurring in a string, as 128 bits.
struct ByteMask {
    var lo: UInt64 = 0
    var hi: UInt64 = 0

    init() {}

    init(lo: UInt64, hi: UInt64) { self.lo = lo; self.hi = hi }

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        for b in bytes where b < 0x80 {
            let l = asciiLower(b)
            if l < 64 { lo |= 1 << UInt64(l) } else { hi |= 1 << UInt64(l - 64) }
        }
    }

    @inline(__always)
    func containsAll(_ other: ByteMask) -> Bool { other.lo & ~lo == 0 && other.hi & ~hi == 0 }
}

/// What a piece of pattern can match, as far as the prefilter cares.
private struct Facts {
    /// Every string it matches exactly, lower-cased (nil: too many or not literal).
    var exact: Set<String>?
    /// It matches only strings containing one of these (nil: no known factor).
    var factor: Set<String>?
    /// Bytes a match can start with (nil: unknown/any); meaningless when `nullable` alone.
    var first: Set<UInt8>?
    var nullable: Bool
    var anchored = false
    /// Further factor sets that are all required too (checked by byte masks only).
    var conj: [Set<String>] = []

    static let zeroWidth = Facts(exact: [""], factor: nil, first: [], nullable: true)
    static let unknown = Facts(exact: nil, factor: nil, first: nil, nullable: false)
    static let unknownNullable = Facts(exact: nil, factor: nil, first: nil, nullable: true)

    /// How useful a factor set is: the shortest string's length (0: useless).
    static func score(_ s: Set<String>?) -> Int {
        guard let s, !s.isEmpty, s.count <= 24 else { return 0 }
        return s.map(\.utf8.count).min() ?? 0
    }
}

private let highBytes = Set<UInt8>(0x80...0xFF)
private let digitBytes = Set<UInt8>(0x30...0x39)
private let letterBytes = Set<UInt8>(0x61...0x7A)
private let maxExact = 32

/// A small recursive-descent reader of the regex subset the rule files use.
private struct Parser {
    let s: [Unicode.Scalar]
    var i = 0
    init(_ s: [Unicode.Scalar]) { self.s = s }
    var atEnd: Bool { i >= s.count }

    mutating func parseAlternation() -> Facts? {
        var alts: [Facts] = []
        while true {
            guard let seq = parseSequence() else { return nil }
            alts.append(seq)
            if i < s.count, s[i] == "|" { i += 1; continue }
            break
        }
        if alts.count == 1 { return alts[0] }
        var out = Facts(exact: [], factor: [], first: [], nullable: false)
        out.anchored = alts.allSatisfy(\.anchored)
        for a in alts {
            if let e = a.exact, let oe = out.exact, oe.count + e.count <= maxExact { out.exact = oe.union(e) } else { out.exact = nil }
            let f = Facts.score(a.factor) >= Facts.score(a.exact) ? a.factor : a.exact
            if let f, Facts.score(f) > 0, let of = out.factor { out.factor = of.union(f) } else { out.factor = nil }
            if let fi = a.first, let of = out.first { out.first = of.union(fi) } else { out.first = nil }
            out.nullable = out.nullable || a.nullable
        }
        return out
    }

    mutating func parseSequence() -> Facts? {
        var items: [Facts] = []
        var anchored = false
        while i < s.count, s[i] != "|", s[i] != ")" {
            if s[i] == "^" {
                if items.isEmpty { anchored = true }
                i += 1
                items.append(.zeroWidth)
                continue
            }
            guard var atom = parseAtom() else { return nil }
            guard quantify(&atom) else { return nil }
            items.append(atom)
        }
        var out = combine(items)
        out.anchored = anchored
        return out
    }

    /// Concatenation: exact sets multiply, the best factor wins, first bytes union over a nullable prefix.
    func combine(_ items: [Facts]) -> Facts {
        var best: Set<String>? = nil
        var run: Set<String>? = [""]
        var exact: Set<String>? = [""]
        func consider(_ c: Set<String>?) { if Facts.score(c) > Facts.score(best) { best = c } }
        func product(_ a: Set<String>?, _ b: Set<String>?) -> Set<String>? {
            guard let a, let b, a.count * b.count <= maxExact else { return nil }
            var out = Set<String>()
            for x in a { for y in b { out.insert(x + y) } }
            return out
        }
        var conj: [Set<String>] = []
        func collect(_ c: Set<String>?) { if Facts.score(c) > 0, let c { conj.append(c) } }
        for item in items {
            consider(item.factor)
            collect(item.factor)
            conj += item.conj
            if let e = item.exact, let r = product(run, e) { run = r } else {
                consider(run)
                collect(run)
                consider(item.exact)
                collect(item.exact)
                run = item.exact ?? [""]
            }
            exact = product(exact, item.exact)
        }
        consider(run)
        collect(run)
        var first: Set<UInt8>? = []
        var nullable = true
        for item in items where nullable {
            if let f = item.first, let acc = first { first = acc.union(f) } else { first = nil }
            nullable = item.nullable
        }
        if nullable { first = nil }
        var out = Facts(exact: exact, factor: best, first: first, nullable: nullable)
        out.conj = conj
        return out
    }

    /// Applies a following quantifier (`?`, `*`, `+`, `{m,n}`, each maybe lazy or possessive).
    mutating func quantify(_ atom: inout Facts) -> Bool {
        guard i < s.count else { return true }
        var minCount = 1, maxCount: Int? = 1
        switch s[i] {
        case "?": minCount = 0; i += 1
        case "*": minCount = 0; maxCount = nil; i += 1
        case "+": maxCount = nil; i += 1
        case "{":
            var j = i + 1, text = ""
            while j < s.count, s[j] != "}" { text.unicodeScalars.append(s[j]); j += 1 }
            guard j < s.count else { return false }
            let parts = text.split(separator: ",", omittingEmptySubsequences: false)
            guard let lo = Int(parts[0]) else { return false }
            minCount = lo
            maxCount = parts.count == 1 ? lo : Int(parts[1])
            i = j + 1
        default: return true
        }
        if i < s.count, s[i] == "?" || s[i] == "+" { i += 1 }
        if minCount == 0 && maxCount == 1 {
            atom.exact = atom.exact.map { $0.union([""]) }
            atom.factor = nil
            atom.conj = []
            atom.nullable = true
        } else if !(minCount == 1 && maxCount == 1) {
            atom.exact = nil
            if minCount == 0 { atom.factor = nil; atom.conj = []; atom.nullable = true }
        }
        return true
    }

    mutating func parseAtom() -> Facts? {
        let c = s[i]
        i += 1
        switch c {
        case "(":
            var lookaround = false
            if i < s.count, s[i] == "?" {
                guard i + 1 < s.count else { return nil }
                switch s[i + 1] {
                case ":": i += 2
                case "=", "!": i += 2; lookaround = true
                case "<" where i + 2 < s.count && (s[i + 2] == "=" || s[i + 2] == "!"): i += 3; lookaround = true
                case "<":  // named group
                    while i < s.count, s[i] != ">" { i += 1 }
                    i += 1
                default: return nil  // inline flags and the like: not modelled
                }
            }
            guard let inner = parseAlternation(), i < s.count, s[i] == ")" else { return nil }
            i += 1
            if lookaround { return .zeroWidth }
            var g = inner
            g.anchored = false
            return g
        case "[": return parseClass()
        case ".": return .unknown
        case "$": return .zeroWidth
        case "\\": return parseEscape()
        case ")", "|", "*", "+", "?", "{": return nil
        default:
            guard c.isASCII else { return .unknown }
            let b = asciiLower(UInt8(c.value))
            let str = String(Unicode.Scalar(b))
            return Facts(exact: [str], factor: nil, first: [b], nullable: false)
        }
    }

    mutating func parseEscape() -> Facts? {
        guard i < s.count else { return nil }
        let c = s[i]
        i += 1
        switch c {
        case "d": return Facts(exact: nil, factor: nil, first: digitBytes.union(highBytes), nullable: false)
        case "w": return Facts(exact: nil, factor: nil, first: digitBytes.union(letterBytes).union([0x5F]).union(highBytes), nullable: false)
        // A trimmed line never starts with white space, so `\s` adds no first byte.
        case "s": return Facts(exact: nil, factor: nil, first: [0x20, 0x09], nullable: false)
        case "b", "B", "A", "z", "Z", "G": return .zeroWidth
        case "p", "P":
            if i < s.count, s[i] == "{" { while i < s.count, s[i] != "}" { i += 1 }; i += 1 } else { i += 1 }
            return c == "p" ? Facts(exact: nil, factor: nil, first: letterBytes.union(digitBytes).union(highBytes), nullable: false) : .unknown
        default:
            // Escaped ASCII punctuation is a literal; anything else (\x, \u, \1, \Q…) is not modelled.
            guard c.isASCII, !(c.properties.isAlphabetic || ("0"..."9").contains(c)) else { return .unknownNullable }
            let b = UInt8(c.value)
            return Facts(exact: [String(c)], factor: nil, first: [b], nullable: false)
        }
    }

    /// A bracket class: its possible first bytes (lower-cased); no exact strings.
    mutating func parseClass() -> Facts? {
        var set = Set<UInt8>()
        var negated = false
        var anyHigh = false
        if i < s.count, s[i] == "^" { negated = true; i += 1 }
        var firstChar = true
        var prev: UInt8? = nil
        while i < s.count {
            let c = s[i]
            if c == "]" && !firstChar { i += 1; break }
            firstChar = false
            i += 1
            if c == "[" { return nil }  // nested classes: not modelled
            if c == "\\" {
                guard i < s.count else { return nil }
                let e = s[i]; i += 1
                switch e {
                case "d": set.formUnion(digitBytes); anyHigh = true
                case "w": set.formUnion(digitBytes.union(letterBytes)); set.insert(0x5F); anyHigh = true
                case "s": set.formUnion([0x20, 0x09]); anyHigh = true
                case "p", "P":
                    if i < s.count, s[i] == "{" { while i < s.count, s[i] != "}" { i += 1 }; i += 1 } else { i += 1 }
                    if e == "P" { return .unknown }
                    set.formUnion(letterBytes.union(digitBytes)); anyHigh = true
                default:
                    guard e.isASCII, !e.properties.isAlphabetic else { return .unknown }
                    set.insert(UInt8(e.value)); prev = UInt8(e.value)
                }
                continue
            }
            if c == "-", let lo = prev, i < s.count, s[i] != "]", s[i].isASCII, s[i] != "\\" {
                let hi = UInt8(s[i].value); i += 1
                guard lo <= hi else { return nil }
                for b in lo...hi { set.insert(b) }
                prev = nil
                continue
            }
            guard c.isASCII else { anyHigh = true; prev = nil; continue }
            set.insert(UInt8(c.value)); prev = UInt8(c.value)
        }
        if negated { return .unknown }
        var first = Set(set.map(asciiLower))
        if anyHigh { first.formUnion(highBytes) }
        return Facts(exact: nil, factor: nil, first: first, nullable: false)
    }
}
