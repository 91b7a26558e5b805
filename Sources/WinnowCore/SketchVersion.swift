/// The hashing core: tokenize UTF-8 bytes, build word shingles, MinHash signatures, LSH bands.
///
/// Public API, in the order a pipeline uses it:
/// - `SketchParameters` (versioned, Codable): ngram, permutations, bands × rows, seed, tokenizer
///   options; `incompatibility(with:)`, `bandKeys(_:)`.
/// - `LSHParameters.optimal(threshold:permutations:)` → (bands, rows), as datasketch chooses them.
/// - `MinHasher(parameters:)` (one per thread): `sign(bytes, into: &signature[, shingleSet: &set])`.
/// - `Jaccard.exact` / `Jaccard.estimate`, `UnionFind(count:)`.
/// - `Tokenizer` / `TokenizerOptions` for looking at the words themselves.
public enum WinnowCoreInfo {
    /// Bumped whenever a change alters any signature bit, so stored sketches are never compared across versions.
    public static let sketchFormatVersion = 2
}
