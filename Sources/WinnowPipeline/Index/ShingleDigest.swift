/// A document's shingle set hashed down for storage: each 64-bit shingle hash folded to 32 bits,
/// sorted, distinct.
///
/// Why 32 bits: an index stores every kept story's set, ~1,000 shingles for a median news story,
/// so each byte per shingle costs ~1 KB per document. Folding two sets of n and m shingles into
/// 2³² values merges an unequal pair with probability ≈ n·m / 2³² (≈ 2·10⁻⁴ for 1,000 × 1,000),
/// so the Jaccard of the digests equals the 64-bit exact Jaccard to within ~10⁻⁶ — far below the
/// 4-decimal precision of `jaccard_exact`. Sorted 32-bit hashes are near-random, so general
/// compression would save little (see the index notes in the README).
///
/// Dedup confirms pairs within a batch on the same digests it stores (one exact Jaccard for
/// within- and cross-batch pairs), and spools them instead of the 64-bit sets: half the scratch
/// bytes. `MinHasher.sign(_:into:shingleDigest:)` makes them while signing, straight from the
/// shingle hashes; `make` is the definition it must agree with.
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
