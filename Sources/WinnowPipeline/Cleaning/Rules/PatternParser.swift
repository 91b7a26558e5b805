/// The pattern analysis behind `PatternPrefilter`: what a rule regex can match, read off its text.
/// A small recursive-descent reader of the regex subset the rule files use.
struct PatternParser {
    let s: [Unicode.Scalar]
    var i = 0
    /// Plain characters are read in runs (`parseLiteralRun`); off, one `parseAtom` each (the
    /// tests' reference: both give the same facts).
    var literalRuns = true
    init(_ s: [Unicode.Scalar]) { self.s = s }
    var atEnd: Bool { i >= s.count }

    mutating func parseAlternation() -> PatternFacts? {
        var alts: [PatternFacts] = []
        while true {
            guard let seq = parseSequence() else { return nil }
            alts.append(seq)
            if i < s.count, s[i] == "|" { i += 1; continue }
            break
        }
        if alts.count == 1 { return alts[0] }
        var out = PatternFacts(exact: [], factor: [], first: [], nullable: false)
        out.anchored = alts.allSatisfy(\.anchored)
        out.endAnchored = alts.allSatisfy(\.endAnchored)
        out.digit = alts.allSatisfy(\.digit)
        for a in alts {
            if let e = a.exact, let oe = out.exact, oe.count + e.count <= PatternFacts.maxExact { out.exact = oe.union(e) } else { out.exact = nil }
            let f = PatternFacts.score(a.factor) >= PatternFacts.score(a.exact) ? a.factor : a.exact
            if let f, PatternFacts.score(f) > 0, let of = out.factor { out.factor = of.union(f) } else { out.factor = nil }
            if let fi = a.first, let of = out.first { out.first = of.union(fi) } else { out.first = nil }
            if let la = a.last, let ol = out.last { out.last = ol.union(la) } else { out.last = nil }
            out.nullable = out.nullable || a.nullable
        }
        return out
    }

    mutating func parseSequence() -> PatternFacts? {
        var items: [PatternFacts] = []
        var anchored = false, endAnchored = false
        while i < s.count, s[i] != "|", s[i] != ")" {
            endAnchored = false
            if s[i] == "^" {
                if items.isEmpty { anchored = true }
                i += 1
                items.append(.zeroWidth)
                continue
            }
            if literalRuns, let literal = parseLiteralRun() {
                items.append(literal)
                continue
            }
            let start = i
            guard var atom = parseAtom() else { return nil }
            guard quantify(&atom) else { return nil }
            items.append(atom)
            // A bare `$` last (not quantified): ICU matches it at the subject's end or before a
            // line terminator ending it, and a trimmed line never ends in one.
            endAnchored = s[start] == "$" && i == start + 1
        }
        var out = combine(items)
        out.anchored = anchored
        out.endAnchored = endAnchored
        return out
    }

    /// A run of plain ASCII characters no quantifier applies to (`Getty Images`, most of a rule
    /// file's text), as the one item `combine` would make of its characters one by one (its
    /// exact string, first and last byte, a digit in it): a Set and a String per character and
    /// one per step of the product were most of compiling news.yaml's rules. nil (nothing read)
    /// when the pattern does not go on with such a character.
    mutating func parseLiteralRun() -> PatternFacts? {
        var bytes: [UInt8] = []
        var digit = false
        while i < s.count, Self.isPlainLiteral(s[i]) {
            // A quantifier after it applies to this character alone: `parseAtom` takes it.
            if i + 1 < s.count, Self.isQuantifier(s[i + 1]) { break }
            let b = asciiLower(UInt8(s[i].value))
            bytes.append(b)
            digit = digit || ByteBits.digits.contains(b)
            i += 1
        }
        guard let first = bytes.first, let last = bytes.last else { return nil }
        var f = PatternFacts(exact: [String(decoding: bytes, as: UTF8.self)], factor: nil, first: [first], nullable: false)
        f.last = [last]
        f.digit = digit
        return f
    }

    /// An ASCII character that stands for itself (what `parseAtom` reads as a one-byte literal).
    @inline(__always)
    static func isPlainLiteral(_ c: Unicode.Scalar) -> Bool {
        guard c.isASCII else { return false }
        switch c {
        case "(", ")", "[", ".", "$", "^", "\\", "|", "*", "+", "?", "{": return false
        default: return true
        }
    }

    @inline(__always)
    static func isQuantifier(_ c: Unicode.Scalar) -> Bool { c == "?" || c == "*" || c == "+" || c == "{" }

    /// Concatenation: exact sets multiply, the best factor wins, first bytes union over a nullable prefix.
    func combine(_ items: [PatternFacts]) -> PatternFacts {
        var best: Set<String>? = nil
        var run: Set<String>? = PatternFacts.emptyString
        var exact: Set<String>? = PatternFacts.emptyString
        func consider(_ c: Set<String>?) { if PatternFacts.score(c) > PatternFacts.score(best) { best = c } }
        func product(_ a: Set<String>?, _ b: Set<String>?) -> Set<String>? {
            guard let a, let b, a.count * b.count <= PatternFacts.maxExact else { return nil }
            // The empty string on either side (a run's start, an anchor) leaves the other as it is:
            // no new Set (building news.yaml's prefilters made ~6,700 products, most of them these).
            if a.count == 1, a.first!.isEmpty { return b }
            if b.count == 1, b.first!.isEmpty { return a }
            // A literal run grows one character at a time: one string each side, one result.
            if a.count == 1, b.count == 1 { return [a.first! + b.first!] }
            var out = Set<String>(minimumCapacity: a.count * b.count)
            for x in a { for y in b { out.insert(x + y) } }
            return out
        }
        var conj: [Set<String>] = []
        func collect(_ c: Set<String>?) { if PatternFacts.score(c) > 0, let c { conj.append(c) } }
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
        var first: ByteBits? = []
        var nullable = true
        for item in items where nullable {
            if let f = item.first, let acc = first { first = acc.union(f) } else { first = nil }
            nullable = item.nullable
        }
        if nullable { first = nil }
        // The same from the end: last bytes union back over a nullable suffix.
        var last: ByteBits? = []
        var nullableSuffix = true
        for item in items.reversed() where nullableSuffix {
            if let l = item.last, let acc = last { last = acc.union(l) } else { last = nil }
            nullableSuffix = item.nullable
        }
        if nullableSuffix { last = nil }
        var out = PatternFacts(exact: exact, factor: best, first: first, nullable: nullable)
        out.last = last
        out.conj = conj
        out.digit = items.contains(where: \.digit)
        return out
    }

    /// Applies a following quantifier (`?`, `*`, `+`, `{m,n}`, each maybe lazy or possessive).
    mutating func quantify(_ atom: inout PatternFacts) -> Bool {
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
            atom.digit = false
        } else if !(minCount == 1 && maxCount == 1) {
            atom.exact = nil
            if minCount == 0 { atom.factor = nil; atom.conj = []; atom.nullable = true; atom.digit = false }
        }
        return true
    }

    mutating func parseAtom() -> PatternFacts? {
        let c = s[i]
        i += 1
        switch c {
        case "(":
            var lookaround = false
            if i < s.count, s[i] == "?" {
                guard i + 1 < s.count else { return nil }
                switch s[i + 1] {
                case ":": i += 2
                // A case-sensitive group (`(?-i:\p{Lu})`): what it matches, it matches caselessly
                // too, so the caseless facts of its content are still necessary ones.
                case "-" where i + 3 < s.count && s[i + 2] == "i" && s[i + 3] == ":": i += 4
                // Case sensitivity switched off (or on) for the rest of the group, `^(?-i)\p{Lu}…`:
                // matches nothing itself, and the caseless facts of what follows still hold.
                case "-" where i + 3 < s.count && s[i + 2] == "i" && s[i + 3] == ")": i += 4; return .zeroWidth
                case "i" where i + 2 < s.count && s[i + 2] == ")": i += 3; return .zeroWidth
                case "=", "!": i += 2; lookaround = true
                case "<" where i + 2 < s.count && (s[i + 2] == "=" || s[i + 2] == "!"): i += 3; lookaround = true
                case "<":  // named group
                    while i < s.count, s[i] != ">" { i += 1 }
                    i += 1
                default: return nil  // inline flags and the like: not modelled
                }
            }
            if lookaround {
                // A lookaround matches no bytes: what it holds (an inline flag `(?-i:…)` the
                // analysis does not model) need not be understood, only skipped to its bracket.
                var depth = 1
                while i < s.count && depth > 0 {
                    if s[i] == "\\" { i += 2; continue }
                    if s[i] == "[" {   // a class: brackets inside it are literal
                        i += 1
                        if i < s.count && s[i] == "^" { i += 1 }
                        if i < s.count && s[i] == "]" { i += 1 }
                        while i < s.count && s[i] != "]" { i += s[i] == "\\" ? 2 : 1 }
                        i += 1
                        continue
                    }
                    if s[i] == "(" { depth += 1 } else if s[i] == ")" { depth -= 1 }
                    i += 1
                }
                return depth == 0 ? .zeroWidth : nil
            }
            guard let inner = parseAlternation(), i < s.count, s[i] == ")" else { return nil }
            i += 1
            var g = inner
            g.anchored = false
            return g
        case "[": return parseClass()
        case ".": return .unknown
        case "$": return .zeroWidth
        case "\\": return parseEscape()
        case ")", "|", "*", "+", "?", "{": return nil
        default:
            guard c.isASCII else {
                // A symbol or punctuation mark with no case forms (`›`, `»`, `•`, `–`) matches
                // exactly its own UTF-8 bytes under any case folding: a literal like an ASCII one
                // (so "›" can be a required needle); a letter (`é` ~ `É`) stays unknown.
                guard let bytes = caseInvariantBytes(c) else {
                    // A letter whose case forms are all non-ASCII (`ч` ~ `Ч`, `é` ~ `É`) starts
                    // and ends with a byte ≥ 0x80 in any of them; one with an ASCII form (`ſ` ~
                    // `s`, the Kelvin sign ~ `k`, `ı` ~ `I`) stays unknown.
                    guard nonASCIICaseForms(c) else { return .unknown }
                    return PatternFacts(exact: nil, factor: nil, first: ByteBits.high, nullable: false)
                }
                var f = PatternFacts(exact: [String(c)], factor: nil, first: [bytes[0]], nullable: false)
                f.last = [bytes[bytes.count - 1]]
                return f
            }
            let b = asciiLower(UInt8(c.value))
            let str = String(Unicode.Scalar(b))
            var f = PatternFacts(exact: [str], factor: nil, first: [b], nullable: false)
            f.digit = ByteBits.digits.contains(b)
            return f
        }
    }
}

/// Escapes and bracket classes.
extension PatternParser {
    mutating func parseEscape() -> PatternFacts? {
        guard i < s.count else { return nil }
        let c = s[i]
        i += 1
        switch c {
        case "d":
            var f = PatternFacts(exact: nil, factor: nil, first: ByteBits.digits.union(ByteBits.high), nullable: false)
            f.digit = true
            return f
        case "w": return PatternFacts(exact: nil, factor: nil, first: ByteBits.digits.union(ByteBits.lowerLetters).union([0x5F] as ByteBits).union(ByteBits.high), nullable: false)
        // A trimmed line never starts with white space, so `\s` adds no first byte.
        case "s":
            // Non-ASCII white space (NBSP, U+2003, ...) ends in a byte ≥ 0x80.
            var f = PatternFacts(exact: nil, factor: nil, first: [0x20, 0x09], nullable: false)
            f.last = ([0x20, 0x09] as ByteBits).union(ByteBits.high)
            return f
        case "b", "B", "A", "z", "Z", "G": return .zeroWidth
        case "p", "P":
            if i < s.count, s[i] == "{" { while i < s.count, s[i] != "}" { i += 1 }; i += 1 } else { i += 1 }
            return c == "p" ? PatternFacts(exact: nil, factor: nil, first: ByteBits.lowerLetters.union(ByteBits.digits).union(ByteBits.high), nullable: false) : .unknown
        default:
            // Escaped ASCII punctuation is a literal; anything else (\x, \u, \1, \Q…) is not modelled.
            guard c.isASCII, !(c.properties.isAlphabetic || ("0"..."9").contains(c)) else { return .unknownNullable }
            let b = UInt8(c.value)
            return PatternFacts(exact: [String(c)], factor: nil, first: [b], nullable: false)
        }
    }

    /// A bracket class: its possible first bytes (lower-cased); no exact strings.
    mutating func parseClass() -> PatternFacts? {
        var set = ByteBits()
        var negated = false
        var anyHigh = false
        if i < s.count, s[i] == "^" { negated = true; i += 1 }
        var firstChar = true
        var prev: UInt8? = nil
        // Only plain ASCII characters and ranges were listed: their set is exact, so a negated
        // class's complement is known (escapes like \p stand for supersets here).
        var exactSet = true
        // A non-ASCII character listed: ICU's case folds may let it match an ASCII letter (`ſ`, `K`).
        var listsHigh = false
        // First and last bytes of the case-invariant non-ASCII characters listed.
        var highFirst = ByteBits(), highLast = ByteBits()
        while i < s.count {
            let c = s[i]
            if c == "]" && !firstChar { i += 1; break }
            firstChar = false
            i += 1
            if c == "[" { return nil }  // nested classes: not modelled
            if c == "\\" {
                guard i < s.count else { return nil }
                let e = s[i]; i += 1
                if !(e.isASCII && !e.properties.isAlphabetic && !("0"..."9").contains(e)) { exactSet = false }
                switch e {
                case "d": set.formUnion(ByteBits.digits); anyHigh = true
                case "w": set.formUnion(ByteBits.digits.union(ByteBits.lowerLetters)); set.insert(0x5F); anyHigh = true
                case "s": set.formUnion([0x20, 0x09]); anyHigh = true
                case "p", "P":
                    if i < s.count, s[i] == "{" { while i < s.count, s[i] != "}" { i += 1 }; i += 1 } else { i += 1 }
                    if e == "P" { return .unknown }
                    set.formUnion(ByteBits.lowerLetters.union(ByteBits.digits)); anyHigh = true
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
            guard c.isASCII else {
                exactSet = false; listsHigh = true; prev = nil
                // A case-invariant symbol (`»`, `•`) adds just its own first and last byte.
                if let bytes = caseInvariantBytes(c) {
                    highFirst.insert(bytes[0])
                    highLast.insert(bytes[bytes.count - 1])
                } else {
                    anyHigh = true
                }
                continue
            }
            set.insert(UInt8(c.value)); prev = UInt8(c.value)
        }
        if negated {
            // Case-insensitive: a listed byte excludes its lower-case form (what the prefilter
            // tests), and every byte ≥ 0x80 stays possible (non-ASCII characters are not listed).
            guard exactSet else { return .unknown }
            let excluded = set.lowered
            let allowed = ByteBits((0...255).map(UInt8.init).filter { !excluded.contains($0) || $0 >= 0x80 })
            return PatternFacts(exact: nil, factor: nil, first: allowed, nullable: false)
        }
        var first = set.lowered
        var last = first.union(highLast)
        first.formUnion(highFirst)
        if anyHigh { first.formUnion(ByteBits.high); last.formUnion(ByteBits.high) }
        var f = PatternFacts(exact: nil, factor: nil, first: first, nullable: false)
        f.last = last
        // Only digits (listed or `\d`): a digit byte or a non-ASCII character.
        f.digit = !listsHigh && !set.isEmpty && set.isSubset(of: ByteBits.digits)
        return f
    }
}
