/// One story found by `StorySplitter`.
public struct ExtractedStory: Sendable, Equatable {
    /// The headline, or nil when the story has none (e.g. it opens with a dateline).
    public var title: String?
    /// The kept body lines joined with `\n` (one line per paragraph; boilerplate removed).
    public var text: String
    /// `date`, `updated`, `published`, `dateline`, `credits` (array), `contributors` (array), ...
    public var metadata: [String: JSONValue]
    /// Index into `ClassifiedText.lines` where the story starts (its headline/credit block included).
    public var firstLine: Int

    public init(title: String?, text: String, metadata: [String: JSONValue], firstLine: Int) {
        self.title = title; self.text = text; self.metadata = metadata; self.firstLine = firstLine
    }
}

/// What became of one input line, for `winnow explain`.
public struct LineFate: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Kept in the story text.
        case kept
        /// A blank line (paragraph break; not written).
        case blank
        /// Removed: the rule family (or `repeated_headline`, `teaser`, `learned`) and why.
        case stripped(rule: String, detail: String)
        /// The story's headline: it starts the story and becomes its `title`.
        case title
        /// A headline-less story starts here (e.g. at a dateline lede).
        case boundary
    }

    public var line: Int
    public var kind: Kind
    /// Index of the story the line belongs to (nil for lines before any story).
    public var story: Int?
    /// The boundary score of a line that was a candidate (nil if never scored).
    public var score: Double?
    /// The features that fired, as `name=weight`.
    public var features: [String]
}
