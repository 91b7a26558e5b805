/// Configuration of the `clean:` stage: boilerplate rules as data, grouped in named families.
///
/// Rules live in the pipeline file rather than in code so that a new outlet's junk can be handled
/// by editing YAML, and so that every stripped line can be traced to a named family (`explain`).

/// What a family's lines are, as far as story splitting cares.
///
/// The splitter reads roles, never family names: a credit block after a line makes it look like a
/// headline, a trailer before a line makes it look like the start of the next story.
public enum RuleRole: String, Sendable, CaseIterable {
    /// Photo/image credits (`X/Y via Getty Images`, `Photo: …`): usually right after a headline.
    case credit
    /// Photo captions ending in a credit parenthetical (`… (AFP/File)`).
    case caption
    /// Page furniture: `Follow`, `Share`, `Short Url`, `Advertisement`, `Sign up …`.
    case widget
    /// Relative or absolute time stamps (`Updated 5 sec ago`, `Updated 24 October 2024`).
    case timestamp
    /// Lines that end a story: contributor lines, `Source: site.tld`, copyright, wire sign-offs.
    case trailer
    /// A prefix carrying metadata on a line that is otherwise kept (` date 2024-10-28 <headline>`).
    case prefix
    /// A kept line that points elsewhere (`RELATED: <title>`, `<title> Read more`, a video embed
    /// box): stays in the story's text, but is never a story start or a title.
    case link
}

/// The `clean:` section.
public struct CleanConfig: Decodable, Sendable {
    /// Rule families, tried in order; the first family that matches a line wins.
    public var families: [RuleFamilyConfig]
    /// How learned (corpus-frequent) boilerplate lines are treated.
    public var learned: LearnedConfig
    /// Photo captions told by their neighbours (a credit line next to them).
    public var captions: CaptionConfig
    /// Link lists told by their heading (`Most read` over a few titles).
    public var lists: ListConfig

    enum CodingKeys: String, CodingKey, CaseIterable { case families, learned, captions, lists }

    public init(families: [RuleFamilyConfig] = [], learned: LearnedConfig = LearnedConfig(),
                captions: CaptionConfig = CaptionConfig(), lists: ListConfig = ListConfig()) {
        self.families = families
        self.learned = learned
        self.captions = captions
        self.lists = lists
    }

    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        families = try c.value(.families, default: [])
        learned = try c.value(.learned, default: LearnedConfig())
        captions = try c.value(.captions, default: CaptionConfig())
        lists = try c.value(.lists, default: ListConfig())
        var seen = Set<String>()
        for family in families where !seen.insert(family.name).inserted {
            throw decoder.badValue("families", "rule family '\(family.name)' is defined twice; give each family a unique name")
        }
    }
}

/// One named family of boilerplate rules.
///
/// Literal matchers (`exact`, `prefixes`, `suffixes`, `contains`) are the cheap path and are
/// compared against a folded form of the line (see `LineFold`); `patterns` are regular
/// expressions and only run on lines up to `max_chars` long (or on the last `tail_chars`
/// characters), so long prose lines cost almost nothing.
public struct RuleFamilyConfig: Decodable, Sendable {
    public var name: String
    public var role: RuleRole
    /// Metadata key that receives the matched value (a pattern's first capture group, else the line).
    public var metadata: String?
    /// Whether values accumulate in an array (`credits`, `contributors`) instead of first-wins.
    public var metadataList: Bool
    /// Lines longer than this (in characters, after trimming) are never tested against this family.
    public var maxChars: Int
    /// Lines of more words than this are never tested against this family (nil: no bound). A
    /// caption or a promo phrase inside a sentence this long is prose (a photo caption describing
    /// the picture in a full sentence, a quote naming a site's terms of service), not furniture.
    public var maxWords: Int?
    /// Whole lines, compared by `LineKey` (case, digits and punctuation do not matter).
    public var exact: [String]
    /// Folded-line prefixes / suffixes / substrings (case-insensitive, white space collapsed).
    public var prefixes: [String]
    public var suffixes: [String]
    public var contains: [String]
    /// Case-insensitive regular expressions. For the `prefix` role the pattern needs two groups:
    /// the metadata value and the rest of the line, which is kept.
    public var patterns: [String]
    /// If set, patterns see only the last this-many characters of the line (captions). They are
    /// matched in the whole line from the tail's start (a lookbehind still sees the word before
    /// it), so `^` / `\A` would hold only on lines no longer than the tail: a pattern that opens
    /// with one is refused at load; anchor tail patterns at the end (`$`).
    public var tailChars: Int?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, role, metadata, exact, prefixes, suffixes, contains, patterns
        case metadataList = "metadata_list", maxChars = "max_chars", tailChars = "tail_chars", maxWords = "max_words"
    }

    public init(name: String, role: RuleRole, metadata: String? = nil, metadataList: Bool = false,
                maxChars: Int = 120, exact: [String] = [], prefixes: [String] = [], suffixes: [String] = [],
                contains: [String] = [], patterns: [String] = [], tailChars: Int? = nil, maxWords: Int? = nil) {
        self.name = name; self.role = role; self.metadata = metadata; self.metadataList = metadataList
        self.maxChars = maxChars; self.maxWords = maxWords; self.exact = exact; self.prefixes = prefixes; self.suffixes = suffixes
        self.contains = contains; self.patterns = patterns; self.tailChars = tailChars
    }

    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        let roleName = try c.decode(String.self, forKey: .role)
        guard let role = RuleRole(rawValue: roleName) else {
            throw decoder.badValue("role", "unknown role '\(roleName)'; use one of \(RuleRole.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        self.role = role
        metadata = try c.decodeIfPresent(String.self, forKey: .metadata)
        metadataList = try c.value(.metadataList, default: false)
        maxChars = try c.value(.maxChars, default: 120)
        guard maxChars > 0 else { throw decoder.badValue("max_chars", "must be a positive number of characters") }
        maxWords = try c.decodeIfPresent(Int.self, forKey: .maxWords)
        if let w = maxWords, w <= 0 { throw decoder.badValue("max_words", "must be a positive number of words") }
        exact = try c.value(.exact, default: [])
        prefixes = try c.value(.prefixes, default: [])
        suffixes = try c.value(.suffixes, default: [])
        contains = try c.value(.contains, default: [])
        patterns = try c.value(.patterns, default: [])
        tailChars = try c.decodeIfPresent(Int.self, forKey: .tailChars)
        if let t = tailChars, t <= 0 { throw decoder.badValue("tail_chars", "must be a positive number of characters") }
        if tailChars != nil, let p = patterns.first(where: Self.anchorsAtStart) {
            throw decoder.badValue("patterns", "rule family '\(name)' reads only the last tail_chars characters, "
                + "matched from the tail's start inside the line, so a leading ^ or \\A never matches there: '\(p)'")
        }
        if exact.isEmpty && prefixes.isEmpty && suffixes.isEmpty && contains.isEmpty && patterns.isEmpty {
            throw decoder.badValue("name", "rule family '\(name)' has no matchers; give it exact, prefixes, suffixes, contains or patterns")
        }
    }
}

/// The `learned:` subsection: lines whose `LineKey` was counted in many documents corpus-wide.
public struct LearnedConfig: Decodable, Sendable {
    /// A learned line is stripped only if it was seen in at least this many documents.
    public var minDocuments: Int
    /// Lines with at least this many words that end like a sentence read as prose and are kept:
    /// a frequent quote or wire paragraph is content, not boilerplate.
    public var proseMinWords: Int

    /// A learned line must also occur in at least this many sources (outlets or input files).
    public var minSources: Int
    /// ... and between at least this many different pairs of neighbouring lines: a line of a
    /// syndicated story repeated in many dumps keeps its neighbours, furniture does not.
    public var minContexts: Int
    /// Whether the run makes a first pass over its inputs to learn boilerplate.
    public var enabled: Bool
    /// Lines longer than this (characters) are not counted: prose paragraphs are not boilerplate.
    public var maxLineChars: Int
    /// Memory bound of the learner: distinct keys held at once.
    public var maxKeys: Int
    /// How many frequent lines keep their text for reporting (`topLines`).
    public var sampleLines: Int
    /// Input bytes (as stored: gzip counts compressed) the first pass reads at most; 0 = all.
    /// Inputs within it are read whole; over it, a deterministic sample (see `LearnedSample`).
    public var sampleBytes: Int64

    enum CodingKeys: String, CodingKey, CaseIterable {
        case minDocuments = "min_documents", proseMinWords = "prose_min_words", minSources = "min_sources"
        case maxLineChars = "max_line_chars", maxKeys = "max_keys", sampleLines = "sample_lines"
        case minContexts = "min_contexts", enabled, sampleBytes = "sample_bytes"
    }

    public init(enabled: Bool = true, minDocuments: Int = 5, proseMinWords: Int = 12, minSources: Int = 1,
                minContexts: Int = 1, maxLineChars: Int = 200, maxKeys: Int = 4_000_000, sampleLines: Int = 200,
                sampleBytes: Int64 = 0) {
        self.enabled = enabled
        self.minDocuments = minDocuments
        self.proseMinWords = proseMinWords
        self.minContexts = minContexts
        self.minSources = minSources; self.maxLineChars = maxLineChars
        self.maxKeys = maxKeys; self.sampleLines = sampleLines
        self.sampleBytes = sampleBytes
    }

    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        minDocuments = try c.value(.minDocuments, default: 5)
        proseMinWords = try c.value(.proseMinWords, default: 12)
        minSources = try c.value(.minSources, default: 1)
        minContexts = try c.value(.minContexts, default: 1)
        enabled = try c.value(.enabled, default: true)
        maxLineChars = try c.value(.maxLineChars, default: 200)
        maxKeys = try c.value(.maxKeys, default: 4_000_000)
        sampleLines = try c.value(.sampleLines, default: 200)
        sampleBytes = try c.value(.sampleBytes, default: 0)
        guard minContexts >= 1, minContexts <= 64, minSources <= 64 else {
            throw decoder.badValue("min_contexts", "min_sources and min_contexts must be 1...64 (they are counted in 64-bit sketches)")
        }
        guard minSources >= 1, maxLineChars >= 1, maxKeys >= 1000, sampleLines >= 0 else {
            throw decoder.badValue("max_keys", "need min_sources >= 1, max_line_chars >= 1, max_keys >= 1000, sample_lines >= 0")
        }
        guard minDocuments >= 1 else { throw decoder.badValue("min_documents", "must be at least 1") }
        guard proseMinWords >= 1 else { throw decoder.badValue("prose_min_words", "must be at least 1") }
        guard sampleBytes >= 0 else { throw decoder.badValue("sample_bytes", "must be 0 (read all) or a byte count") }
    }
}

extension RuleFamilyConfig {
    /// `pattern` opens with `^` or `\A`, past inline flag settings (`(?i)`, `(?-i)`) and group
    /// openings (`(`, `(?:`, `(?i:`) before it: `(?i)^photo` anchors at the subject's start just
    /// as `^photo` does, and in a tail family neither can match (what the load refuses).
    static func anchorsAtStart(_ pattern: String) -> Bool {
        var u = pattern.utf8[...]
        while u.first == UInt8(ascii: "(") {
            var v = u.dropFirst()
            if v.first == UInt8(ascii: "?") {
                // Flags only (`ismxwu`, `-`), then `)` (a setting) or `:` (a group); any other
                // construct (`(?=`, `(?<!`) is no anchor's prefix.
                let flags = v.dropFirst().prefix { "ismxwu-".utf8.contains($0) }
                v = v.dropFirst(1 + flags.count)
                guard v.first == UInt8(ascii: ")") || v.first == UInt8(ascii: ":") else { break }
                v = v.dropFirst()
            }
            u = v
        }
        return u.starts(with: "^".utf8) || u.starts(with: "\\A".utf8)
    }
}
