/// The output of the `clean` stage: every input line, classified, nothing removed yet.
///
/// Stripping is deferred to the splitter so that boilerplate can still serve as evidence
/// (a credit block right after a line is what makes it look like a headline).

/// What a line is.
public enum LineKind: Equatable, Sendable {
    /// Content (possibly after a metadata prefix was cut off: see `ClassifiedLine.content`).
    case body
    /// Empty or white space only: paragraph structure.
    case blank
    /// Boilerplate matched by rule family `rule` (or `learned`), with the family's role.
    case stripped(rule: String, role: RuleRole?)
}

/// One classified input line.
public struct ClassifiedLine: Sendable {
    /// The line exactly as read.
    public var text: String
    /// The trimmed text that counts as content: for a `prefix` rule match, the rest of the line.
    public var content: String
    public var kind: LineKind
    /// Why the line was classified so (rule detail), for `explain`.
    public var detail: String
    /// Metadata the line carries: `date`, `updated`, `credits`, `contributors`, ...
    /// List-valued keys hold a one-element array here; the splitter concatenates them per story.
    public var metadata: [String: JSONValue]
    /// `LineKey.hash(content)`: used to spot repeated headlines.
    public var key: UInt64
    /// Word count of `content`.
    public var words: Int
    /// The family that matched a line kept as content (role `link`), nil otherwise.
    public var linkRule: String? = nil

    /// True for lines that carry metadata (stripped or not).
    public var isMetadataBearing: Bool { !metadata.isEmpty }

    /// The rule family name if stripped.
    public var strippedRule: String? {
        if case .stripped(let rule, _) = kind { return rule }
        return nil
    }

    /// The role of the stripping family, if any.
    public var strippedRole: RuleRole? {
        if case .stripped(_, let role) = kind { return role }
        return nil
    }
}

/// A classified block of text: one `ClassifiedLine` per `\n`-separated input line, in order.
public struct ClassifiedText: Sendable {
    public var lines: [ClassifiedLine]
    public init(lines: [ClassifiedLine]) { self.lines = lines }
}
