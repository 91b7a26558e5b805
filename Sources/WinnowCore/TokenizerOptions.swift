/// How text is folded into words before hashing. Part of `SketchParameters`: changing any option
/// changes every signature, so two corpora are only comparable when their options are equal.
public struct TokenizerOptions: Codable, Hashable, Sendable {
    /// Fold case (ASCII, Latin-1/Extended, Greek, Cyrillic, Armenian, fullwidth Latin), so that
    /// "The" and "the" are the same word. Default true.
    public var lowercase: Bool
    /// Replace every decimal digit (any script) with "0", so that "2019" and "2020" match.
    /// Default false: numbers usually carry meaning in news text.
    public var digitsToZero: Bool
    /// Remove accents from Latin and Greek letters (é → e, ά → α; like NFD + dropping marks),
    /// so that "café" and "cafe" match. Default false.
    public var stripAccents: Bool

    public init(lowercase: Bool = true, digitsToZero: Bool = false, stripAccents: Bool = false) {
        self.lowercase = lowercase
        self.digitsToZero = digitsToZero
        self.stripAccents = stripAccents
    }
}
