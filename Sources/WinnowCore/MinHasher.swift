/// Turns a document's UTF-8 bytes into its MinHash signature: tokenize → word n-gram shingles →
/// K permutations → minima. Holds reusable scratch memory, so create one per thread and reuse it
/// for every document (it is not thread-safe; it allocates only when a document is the largest
/// seen so far).
///
/// Shingles: each window of `ngram` consecutive words is one shingle, hashed from the words'
/// 64-bit hashes (no string joins): a polynomial Σ tᵢ·W^(n−1−i) in a random odd W, updated in O(1)
/// per window as it rolls, then mixed. A document with fewer than `ngram` words (but at least one)
/// gets one shingle of all its words; a document without words gets no shingle, and its
/// signature is all `UInt32.max`: callers should reject such documents (`sign` returns 0).
public final class MinHasher {
    public let parameters: SketchParameters
    let tokenizer: Tokenizer
    let tokenHashSeed: UInt64
    /// Odd multiplier W of the shingle polynomial.
    let shingleMultiplier: UInt64
    let shingleSeed: UInt64
    /// Permutation constants (a odd, b), padded to whole 16-permutation blocks.
    let a: [UInt64]
    let b: [UInt64]
    let blocks: UnsafeMutablePointer<PermutationBlock>
    let blockCount: Int

    // Scratch, grown on demand and reused across documents.
    var tokens: UnsafeMutablePointer<UInt64>
    var tokenCapacity = 0
    var shingles: UnsafeMutablePointer<UInt64>
    var shingleCapacity = 0
    let minima: UnsafeMutablePointer<UInt32>
    var sorter = ShingleSorter()

    public init(parameters: SketchParameters) {
        precondition(parameters.ngram >= 1 && parameters.permutations >= 1, "invalid sketch parameters")
        self.parameters = parameters
        tokenizer = Tokenizer(options: parameters.tokenizer)
        tokenHashSeed = tokenSeed(parameters.seed)
        var rng = SplitMix64(seed: parameters.seed ^ 0x5348_494E_474C_4521)
        shingleMultiplier = rng.next() | 1
        shingleSeed = rng.next()
        blockCount = (parameters.permutations + kernelBlockWidth - 1) / kernelBlockWidth
        var perm = SplitMix64(seed: parameters.seed ^ 0x5045_524D_5554_4521)
        var a: [UInt64] = [], b: [UInt64] = []
        for _ in 0..<(blockCount * kernelBlockWidth) {
            a.append(perm.next() | 1)
            b.append(perm.next())
        }
        self.a = a
        self.b = b
        blocks = .allocate(capacity: blockCount)
        for k in 0..<blockCount {
            let r = (k * kernelBlockWidth)..<((k + 1) * kernelBlockWidth)
            (blocks + k).initialize(to: PermutationBlock(a: Array(a[r]), b: Array(b[r])))
        }
        minima = .allocate(capacity: blockCount * kernelBlockWidth)
        tokens = .allocate(capacity: 1)
        shingles = .allocate(capacity: 1)
    }

    deinit {
        blocks.deallocate(); minima.deallocate(); tokens.deallocate(); shingles.deallocate()
        sorter.deallocate()
    }

    /// Signs `text` into `signature` (resized to K if needed). Returns the number of shingles
    /// (with repeats); 0 means the text had no words and the signature is all `UInt32.max`.
    @discardableResult
    public func sign(_ text: UnsafeBufferPointer<UInt8>, into signature: inout [UInt32]) -> Int {
        let n = prepareShingles(text)
        finishSignature(shingleCount: n, into: &signature)
        return n
    }

    /// As `sign(_:into:)`, and also replaces `shingleSet` with the document's distinct shingle
    /// hashes, sorted ascending (for `Jaccard.exact`).
    @discardableResult
    public func sign(
        _ text: UnsafeBufferPointer<UInt8>, into signature: inout [UInt32], shingleSet: inout [UInt64]
    ) -> Int {
        let n = prepareShingles(text)
        finishSignature(shingleCount: n, into: &signature)
        sorter.sortedSet(shingles, count: n, into: &shingleSet)
        return n
    }

    /// As `sign(_:into:)`, and also replaces `shingleDigest` with the document's shingle digest:
    /// its shingle hashes xor-folded to 32 bits, sorted ascending, distinct. Dedup compares sets as
    /// these digests, within a batch and across batches alike (the index stores them), so one
    /// exact Jaccard serves both, at half the spooled bytes of the 64-bit set.
    ///
    /// Why 32 bits: the index stores every kept story's set, ~1,000 shingles for a median story,
    /// so each byte per shingle costs ~1 KB per document. Two sets of n and m shingles folded into
    /// 2³² values merge an unequal pair with probability ≈ n·m / 2³² (≈ 2·10⁻⁴ for 1,000 × 1,000),
    /// so the digests' Jaccard is the 64-bit one to within ~10⁻⁶, far below the 4 decimals of
    /// `jaccard_exact`. Sorted 32-bit hashes are near-random: general compression would save little.
    /// The definition this must agree with is test code (`ShingleDigestReference.swift`).
    @discardableResult
    public func sign(
        _ text: UnsafeBufferPointer<UInt8>, into signature: inout [UInt32], shingleDigest: inout [UInt32]
    ) -> Int {
        let n = prepareShingles(text)
        finishSignature(shingleCount: n, into: &signature)
        sorter.sortedDigest(shingles, count: n, into: &shingleDigest)
        return n
    }

    /// Convenience for tests and cold paths: the signature of a `String`.
    public func signature(_ text: String) -> [UInt32] {
        var sig: [UInt32] = []
        var copy = text
        copy.withUTF8 { _ = sign($0, into: &sig) }
        return sig
    }

    /// Convenience for tests and cold paths: the sorted distinct shingle hashes of a `String`.
    public func shingleSet(_ text: String) -> [UInt64] {
        var sig: [UInt32] = [], set: [UInt64] = []
        var copy = text
        copy.withUTF8 { _ = sign($0, into: &sig, shingleSet: &set) }
        return set
    }

    /// Convenience for tests and cold paths: the shingle digest of a `String`.
    public func shingleDigest(_ text: String) -> [UInt32] {
        var sig: [UInt32] = [], digest: [UInt32] = []
        var copy = text
        copy.withUTF8 { _ = sign($0, into: &sig, shingleDigest: &digest) }
        return digest
    }

    /// Tokenizes `text` and fills `shingles`; returns the number of shingles.
    @inline(__always)
    func prepareShingles(_ text: UnsafeBufferPointer<UInt8>) -> Int {
        let maxTokens = text.count / 2 + 1
        if maxTokens > tokenCapacity {
            tokens.deallocate()
            tokenCapacity = max(maxTokens, 2 * tokenCapacity)
            tokens = .allocate(capacity: tokenCapacity)
        }
        // Locals, not stored properties, in the loops: class property reads cost exclusivity checks.
        let tok = tokens
        let tokenCount = tokenizer.hashWords(text, seed: tokenHashSeed, into: tok)
        if tokenCount == 0 { return 0 }
        let width = min(parameters.ngram, tokenCount)
        let shingleCount = tokenCount - width + 1
        if shingleCount > shingleCapacity {
            shingles.deallocate()
            shingleCapacity = max(shingleCount, 2 * shingleCapacity)
            shingles = .allocate(capacity: shingleCapacity)
        }
        let out = shingles
        let final = shingleSeed ^ UInt64(width) ^ secret2
        let w = shingleMultiplier
        // h = Σ tok[s + j]·W^(width−1−j); rolling drops the oldest word's term (times W^(width−1))
        // and appends the next word: two multiplies per shingle whatever the width.
        var h: UInt64 = 0
        var oldest: UInt64 = 1
        for j in 0..<width {
            h = h &* w &+ tok[j]
            if j > 0 { oldest &*= w }
        }
        out[0] = mum(h ^ secret0, final)
        var s = 1
        while s < shingleCount {
            h = (h &- tok[s &- 1] &* oldest) &* w &+ tok[s &- 1 &+ width]
            out[s] = mum(h ^ secret0, final)
            s &+= 1
        }
        return shingleCount
    }

    @inline(__always)
    func finishSignature(shingleCount: Int, into signature: inout [UInt32]) {
        let k = parameters.permutations
        if signature.count != k { signature = [UInt32](repeating: 0, count: k) }
        if shingleCount == 0 {
            for i in 0..<k { signature[i] = .max }
            return
        }
        minhashKernel(hashes: shingles, count: shingleCount,
                      blocks: blocks, blockCount: blockCount, out: minima)
        signature.withUnsafeMutableBufferPointer { $0.baseAddress!.update(from: minima, count: k) }
    }
}
