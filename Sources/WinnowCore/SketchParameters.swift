/// Everything that determines a document's sketch (signature and band keys). Store it next to
/// sketches: two sketches can only be compared when `incompatibility(with:)` returns nil.
public struct SketchParameters: Codable, Hashable, Sendable {
    /// Identifies the hash functions (token hash, shingle combination, permutations, band keys).
    /// Changed whenever any of them changes a bit of output.
    /// v2: 32-bit shingle keys under multiply-add-shift, rolling shingle polynomial (v1: 64-bit
    /// multiply-shift, per-position weights).
    public static let currentHashFunction = "winnow-wy64-mas32-v2"

    public var hashFunction: String
    /// Seeds the token hash, the permutation constants and the band keys.
    public var seed: UInt64
    /// Words per shingle (n-gram length).
    public var ngram: Int
    /// Signature length K: number of MinHash permutations.
    public var permutations: Int
    /// LSH bands b and rows per band r; b·r ≤ K (the first b·r signature values are banded).
    public var bands: Int
    public var rows: Int
    public var tokenizer: TokenizerOptions

    public init(
        ngram: Int = 5, permutations: Int = 128, bands: Int, rows: Int, seed: UInt64 = 1,
        tokenizer: TokenizerOptions = TokenizerOptions(),
        hashFunction: String = SketchParameters.currentHashFunction
    ) {
        self.hashFunction = hashFunction
        self.seed = seed
        self.ngram = ngram
        self.permutations = permutations
        self.bands = bands
        self.rows = rows
        self.tokenizer = tokenizer
    }

    /// Parameters whose bands and rows are `LSHParameters.optimal` for `threshold`.
    public init(
        threshold: Double, ngram: Int = 5, permutations: Int = 128, seed: UInt64 = 1,
        tokenizer: TokenizerOptions = TokenizerOptions()
    ) {
        let (b, r) = LSHParameters.optimal(threshold: threshold, permutations: permutations)
        self.init(ngram: ngram, permutations: permutations, bands: b, rows: r, seed: seed, tokenizer: tokenizer)
    }

    /// nil when the values are usable, else a message saying what is wrong.
    public func validationError() -> String? {
        var problems: [String] = []
        if ngram < 1 { problems.append("ngram must be ≥ 1 (got \(ngram))") }
        if permutations < 1 { problems.append("permutations must be ≥ 1 (got \(permutations))") }
        if bands < 1 || rows < 1 { problems.append("bands and rows must be ≥ 1 (got \(bands)×\(rows))") }
        if bands * rows > permutations {
            problems.append("bands × rows = \(bands * rows) exceeds permutations \(permutations)")
        }
        if hashFunction != SketchParameters.currentHashFunction {
            problems.append("hash function \(hashFunction) is not supported by this build (\(SketchParameters.currentHashFunction))")
        }
        return problems.isEmpty ? nil : problems.joined(separator: "; ")
    }

    /// nil when sketches made with `self` and `other` can be compared; otherwise one message
    /// naming each difference, e.g. "ngram 5 ≠ 3; permutations 128 ≠ 64".
    public func incompatibility(with other: SketchParameters) -> String? {
        var d: [String] = []
        func check<T: Equatable>(_ name: String, _ a: T, _ b: T) { if a != b { d.append("\(name) \(a) ≠ \(b)") } }
        check("hash function", hashFunction, other.hashFunction)
        check("seed", seed, other.seed)
        check("ngram", ngram, other.ngram)
        check("permutations", permutations, other.permutations)
        check("bands", bands, other.bands)
        check("rows", rows, other.rows)
        check("lowercase", tokenizer.lowercase, other.tokenizer.lowercase)
        check("digitsToZero", tokenizer.digitsToZero, other.tokenizer.digitsToZero)
        check("stripAccents", tokenizer.stripAccents, other.tokenizer.stripAccents)
        return d.isEmpty ? nil : d.joined(separator: "; ")
    }

    /// One 64-bit key per band: the hash of the band's `rows` signature values and its index.
    /// Documents sharing any band key are LSH candidates; the index in the key lets all bands
    /// share one hash table.
    public func bandKeys(_ signature: [UInt32]) -> [UInt64] {
        var keys = [UInt64](repeating: 0, count: bands)
        signature.withUnsafeBufferPointer { sig in
            keys.withUnsafeMutableBufferPointer { bandKeys(sig, into: $0) }
        }
        return keys
    }

    /// `bandKeys` into caller-owned memory (`keys.count ≥ bands`), for the hot path.
    public func bandKeys(_ signature: UnsafeBufferPointer<UInt32>, into keys: UnsafeMutableBufferPointer<UInt64>) {
        precondition(signature.count >= bands * rows && keys.count >= bands, "signature or key buffer too short")
        let bandSeed = mum(seed ^ secret2, secret3)
        for band in 0..<bands {
            var h = mum(bandSeed ^ UInt64(band), secret1)
            let start = band * rows
            for j in 0..<rows {
                h = mum(h ^ UInt64(signature[start + j]) ^ (UInt64(j) << 32), secret0)
            }
            keys[band] = mum(h ^ secret2, UInt64(rows) ^ secret1)
        }
    }
}
