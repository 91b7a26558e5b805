/// The `lists:` subsection of `clean:`: a site's link lists ("Most read", "Related stories")
/// flattened into the text, told by their heading (see `ListContext`).
public struct ListConfig: Decodable, Sendable {
    /// Whether the list pass runs at all.
    public var enabled: Bool
    /// Headings that open a list of links (whole lines, compared by `LineKey`: case, digits and
    /// punctuation do not matter).
    public var headings: [String]
    /// A list has at most this many items; an unnumbered block longer than that is not one.
    public var maxItems: Int
    /// An item (a linked title) has at most this many words; a longer line is prose.
    public var maxWords: Int
    /// `LineKey`s of `headings`.
    let headingKeys: Set<UInt64>
    /// The most words of any heading: longer lines skip the key lookup.
    let headingMaxWords: Int
    /// Openings of a section rail's heading (`More in`, `Latest in`): the opening and then a
    /// section's name of at most `SectionRail.maxNameWords` capitalised words (`More in Politics`).
    public var sectionHeadings: [String]
    /// `sectionHeadings` case-folded to ASCII lower case, each with its trailing space.
    let sectionPrefixes: [[UInt8]]
    /// The most words of a section rail's heading: longer lines skip the prefix test.
    let sectionHeadingMaxWords: Int

    enum CodingKeys: String, CodingKey, CaseIterable { case enabled, headings, maxItems = "max_items", maxWords = "max_words", sectionHeadings = "section_headings" }

    public init(enabled: Bool = true, headings: [String] = [], maxItems: Int = 10, maxWords: Int = 25,
                sectionHeadings: [String] = []) {
        self.enabled = enabled
        self.headings = headings
        self.sectionHeadings = sectionHeadings
        sectionPrefixes = sectionHeadings.map { Array(($0.lowercased() + " ").utf8) }
        sectionHeadingMaxWords = (sectionHeadings.map { LineText.wordCount($0) }.max() ?? -SectionRail.maxNameWords)
            + SectionRail.maxNameWords + 1  // an ampersand between the name's words
        self.maxItems = maxItems
        self.maxWords = maxWords
        headingKeys = Set(headings.map { LineKey.hash($0) })
        headingMaxWords = headings.map { LineText.wordCount($0) }.max() ?? 0
    }

    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let maxItems: Int = try c.value(.maxItems, default: 10)
        let maxWords: Int = try c.value(.maxWords, default: 25)
        guard maxItems >= 2 else { throw decoder.badValue("max_items", "must be at least 2") }
        guard maxWords >= 2 else { throw decoder.badValue("max_words", "must be at least 2") }
        self.init(enabled: try c.value(.enabled, default: true), headings: try c.value(.headings, default: []),
                  maxItems: maxItems, maxWords: maxWords, sectionHeadings: try c.value(.sectionHeadings, default: []))
    }
}
