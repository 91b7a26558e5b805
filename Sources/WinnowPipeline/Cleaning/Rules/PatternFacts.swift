/// What a piece of rule pattern can match, as far as `PatternPrefilter` cares (`PatternParser` reads
/// it off the pattern's text).
struct PatternFacts {
    /// Every string it matches exactly, lower-cased (nil: too many or not literal).
    var exact: Set<String>?
    /// It matches only strings containing one of these (nil: no known factor).
    var factor: Set<String>?
    /// Bytes a match can start with (nil: unknown/any); meaningless when `nullable` alone.
    var first: ByteBits?
    var nullable: Bool
    var anchored = false
    /// Bytes a non-empty match can end with (nil: unknown/any), like `first` from the other end.
    var last: ByteBits?
    /// The pattern ends with `$` (every alternative does): a match ends where the subject does.
    var endAnchored = false
    /// Further factor sets that are all required too (checked by byte masks only).
    var conj: [Set<String>] = []
    /// Every match holds an ASCII digit or a non-ASCII character (`\d` matches any Unicode
    /// decimal digit): a mandatory digit, in every alternative. The dates and times of a
    /// pattern's month names alone let "Trump, the Novice Protectionist" through.
    var digit = false

    /// A piece that matches one character: it starts and ends with the same bytes.
    init(exact: Set<String>?, factor: Set<String>?, first: ByteBits?, nullable: Bool) {
        self.exact = exact; self.factor = factor; self.first = first; self.nullable = nullable
        last = first
    }

    /// The set of the empty string alone, built once (`combine` starts two products from it per sequence).
    static let emptyString: Set<String> = [""]
    static let zeroWidth = PatternFacts(exact: emptyString, factor: nil, first: [], nullable: true)
    static let unknown = PatternFacts(exact: nil, factor: nil, first: nil, nullable: false)
    static let unknownNullable = PatternFacts(exact: nil, factor: nil, first: nil, nullable: true)

    /// How useful a factor set is: the shortest string's length (0: useless).
    static func score(_ s: Set<String>?) -> Int {
        guard let s, !s.isEmpty, s.count <= 24 else { return 0 }
        // A loop, not `map(…).min()`: no array per call (combine asks twice per item).
        var shortest = Int.max
        for x in s { shortest = min(shortest, x.utf8.count) }
        return shortest
    }

    /// At most this many exact strings are tracked; more, and a piece has no exact set.
    static let maxExact = 32
}

/// Byte sets the facts are built from (lower-case letters: the prefilter tests folded bytes).
extension ByteBits {
    static let high = ByteBits(0x80...0xFF)
    static let digits = ByteBits(0x30...0x39)
    static let lowerLetters = ByteBits(0x61...0x7A)
}

/// The UTF-8 bytes of a non-ASCII scalar that only ever matches itself in a caseless pattern
/// (PCRE2 with Unicode properties): punctuation, symbols and spaces without case mappings. nil for
/// a letter or anything with case forms (`é` ~ `É`; circled letters are symbols with case forms).
func caseInvariantBytes(_ c: Unicode.Scalar) -> [UInt8]? {
    let p = c.properties
    switch p.generalCategory {
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
         .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol,
         .spaceSeparator:
        guard !p.changesWhenCaseMapped, !p.changesWhenCaseFolded else { return nil }
        return Array(String(c).utf8)
    default:
        return nil
    }
}

/// Whether every case form of `c` (its lower, upper and title case mappings) is non-ASCII, so a
/// caseless match of `c` is bytes ≥ 0x80 only.
func nonASCIICaseForms(_ c: Unicode.Scalar) -> Bool {
    let p = c.properties
    return !c.isASCII && [p.lowercaseMapping, p.uppercaseMapping, p.titlecaseMapping].allSatisfy { m in
        m.unicodeScalars.allSatisfy { !$0.isASCII }
    }
}
