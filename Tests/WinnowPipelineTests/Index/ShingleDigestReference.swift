/// The definition of a document's shingle digest, which `MinHasher.sign(_:into:shingleDigest:)`
/// makes while signing, straight from the shingle hashes, and must agree with: each 64-bit hash of
/// the sorted distinct shingle set folded to 32 bits (`v ^ (v >> 32)`), sorted, distinct.
/// Reference code for the tests only.
enum ShingleDigest {
    /// Folds a sorted distinct 64-bit shingle set (as `MinHasher` makes it) into a digest.
    static func make(_ set: [UInt64]) -> [UInt32] {
        var out = set.map { UInt32(truncatingIfNeeded: $0 ^ ($0 >> 32)) }
        out.sort()
        guard out.count > 1 else { return out }
        var w = 1
        for r in 1..<out.count where out[r] != out[w - 1] {
            out[w] = out[r]
            w += 1
        }
        out.removeLast(out.count - w)
        return out
    }
}
