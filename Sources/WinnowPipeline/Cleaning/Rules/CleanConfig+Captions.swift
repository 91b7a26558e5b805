/// The `captions:` subsection of `clean:`: photo captions that no line rule can see, because only
/// their neighbourhood gives them away (see `CaptionContext`).
public struct CaptionConfig: Decodable, Sendable {
    /// Whether the caption pass runs at all.
    public var enabled: Bool
    /// Whether a caption sentence ending in a credit on its own line (`… (AP Photo/X)`) is one too.
    public var inline: Bool
    /// ... if its sentence has at most this many words: a longer one describes the picture at
    /// length and is the article's text (as the caption rule families' `max_words` has it).
    public var inlineMaxWords: Int
    /// A caption is one sentence of at most this many words; longer is the article's prose.
    public var maxWords: Int
    /// A line with a caption's label or credit whose sentence occurs in the body lines within this
    /// many lines of it is a caption repeating the story (`caption_repeat`; 0 = off).
    public var repeatWindowLines: Int
    /// Whether a line cut short at an abbreviation or a comma, above the body line that repeats it
    /// and goes on, is a teaser (`CaptionContext.stripTruncatedTeasers`).
    public var truncatedTeasers: Bool

    enum CodingKeys: String, CodingKey, CaseIterable {
        case enabled, inline, inlineMaxWords = "inline_max_words", maxWords = "max_words", repeatWindowLines = "repeat_window_lines"
        case truncatedTeasers = "truncated_teasers"
    }

    public init(enabled: Bool = true, inline: Bool = true, inlineMaxWords: Int = 13, maxWords: Int = 30, repeatWindowLines: Int = 150, truncatedTeasers: Bool = true) {
        self.enabled = enabled
        self.inline = inline
        self.inlineMaxWords = inlineMaxWords
        self.maxWords = maxWords
        self.repeatWindowLines = repeatWindowLines
        self.truncatedTeasers = truncatedTeasers
    }

    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        enabled = try c.value(.enabled, default: true)
        inline = try c.value(.inline, default: true)
        inlineMaxWords = try c.value(.inlineMaxWords, default: 13)
        maxWords = try c.value(.maxWords, default: 30)
        repeatWindowLines = try c.value(.repeatWindowLines, default: 150)
        truncatedTeasers = try c.value(.truncatedTeasers, default: true)
        guard repeatWindowLines >= 0 else { throw decoder.badValue("repeat_window_lines", "must be 0 (off) or more") }
        guard maxWords >= 4 else { throw decoder.badValue("max_words", "must be at least 4") }
        guard inlineMaxWords >= 4 else { throw decoder.badValue("inline_max_words", "must be at least 4") }
    }
}
