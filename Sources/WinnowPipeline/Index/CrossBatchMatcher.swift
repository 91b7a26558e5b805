import WinnowCore

/// A confirmed near-duplicate in the index of one document of this batch.
struct CrossBatchMatch {
    var row: Int64
    var estimate: Double
    /// Jaccard of the shingle digests; nil when either side has none (`confirm_exact: false`).
    var exact: Double?
    var similarity: Double { exact ?? estimate }
}

/// Finds, for the documents of this batch, the indexed stories they near-duplicate.
///
/// Candidates are the stored documents sharing an LSH band key (looked up in key order, each
/// distinct key once). A candidate is confirmed exactly as within a batch: the signature estimate
/// filters, then the Jaccard of the shingle digests decides (the estimate alone when the index
/// holds no digest for it). Stored documents are read once per run and kept only while in use.
final class CrossBatchMatcher {
    let index: DedupIndex
    let threshold: Double
    let confirmExact: Bool
    private var cache: [Int64: StoredDocument] = [:]

    init(index: DedupIndex, threshold: Double, confirmExact: Bool) {
        self.index = index
        self.threshold = threshold
        self.confirmExact = confirmExact
    }

    /// The stored document `row` (cached: a story often matches several new copies).
    func document(_ row: Int64) throws -> StoredDocument? {
        if let d = cache[row] { return d }
        guard let d = try index.document(row) else { return nil }
        cache[row] = d
        return d
    }

    /// The live document standing for `row`: itself, or the newest copy that superseded it.
    func live(_ row: Int64) throws -> StoredDocument? {
        var current = try document(row)
        var steps = 0
        while let c = current, let next = c.supersededBy, steps < 64 {
            current = try document(next)
            steps += 1
        }
        return current
    }

    /// Candidate pairs (document of this batch, stored row), each once, sorted.
    func candidates(signatures: UnsafeBufferPointer<UInt32>, count n: Int) throws -> [(Int, Int64)] {
        let p = index.parameters
        let k = p.permutations, b = p.bands
        var entries: [(key: UInt64, doc: Int32)] = []
        entries.reserveCapacity(n * b)
        var keys = [UInt64](repeating: 0, count: b)
        keys.withUnsafeMutableBufferPointer { keyBuf in
            for i in 0..<n {
                p.bandKeys(UnsafeBufferPointer(rebasing: signatures[(i * k)..<((i + 1) * k)]), into: keyBuf)
                for key in keyBuf { entries.append((key, Int32(i))) }
            }
        }
        // In key order, so each bucket and run row is read once and searched forwards.
        entries = Self.sortedByKey(entries)
        // Distinct keys, and where each key's run of entries starts.
        var distinct: [UInt64] = []
        var runStart: [Int] = []
        for (e, entry) in entries.enumerated() where distinct.last != entry.key {
            distinct.append(entry.key)
            runStart.append(e)
        }
        runStart.append(entries.count)
        var pairs = Set<Pair>()
        try index.documents(sharing: distinct) { keyIndex, row in
            for e in runStart[keyIndex]..<runStart[keyIndex + 1] { pairs.insert(Pair(doc: entries[e].doc, row: row)) }
        }
        return pairs.sorted { $0.doc != $1.doc ? $0.doc < $1.doc : $0.row < $1.row }.map { (Int($0.doc), $0.row) }
    }

    /// Sorted by (key, doc): counted into 16-bit key prefixes first (keys are uniform), then
    /// each short run sorted; a comparison sort of the whole batch took ~4x as long.
    private static func sortedByKey(_ entries: [(key: UInt64, doc: Int32)]) -> [(key: UInt64, doc: Int32)] {
        var starts = [Int](repeating: 0, count: (1 << 16) + 1)
        for e in entries { starts[Int(e.key >> 48) + 1] += 1 }
        for p in 0..<(1 << 16) { starts[p + 1] += starts[p] }
        var next = starts
        var out = entries
        for e in entries {
            out[next[Int(e.key >> 48)]] = e
            next[Int(e.key >> 48)] += 1
        }
        for p in 0..<(1 << 16) where starts[p + 1] - starts[p] > 1 {
            out[starts[p]..<starts[p + 1]].sort { $0.key != $1.key ? $0.key < $1.key : $0.doc < $1.doc }
        }
        return out
    }

    private struct Pair: Hashable {
        var doc: Int32
        var row: Int64
    }

    /// Compares document `i` of this batch with a stored document. `digest` gives document i's
    /// shingle digest (asked only when needed).
    func compare(signature: ArraySlice<UInt32>, with stored: StoredDocument, digest: () throws -> [UInt32]?) throws -> CrossBatchMatch {
        var same = 0
        for (a, b) in zip(signature, stored.signature) where a == b { same += 1 }
        let estimate = Double(same) / Double(max(1, signature.count))
        var exact: Double?
        // As within a batch: 0.25 below the threshold is > 5 standard errors of the estimate.
        if confirmExact, estimate >= threshold - 0.25, let mine = try digest(), let theirs = try index.shingleDigest(stored.row) {
            exact = Jaccard.exact(mine, theirs)
        }
        return CrossBatchMatch(row: stored.row, estimate: estimate, exact: exact)
    }

    /// Every confirmed match (similarity ≥ threshold), by document of this batch.
    func matches(signatures: [UInt32], count n: Int, digest: (Int) throws -> [UInt32]?) throws -> [Int: [CrossBatchMatch]] {
        let k = index.parameters.permutations
        let pairs = try signatures.withUnsafeBufferPointer { try candidates(signatures: $0, count: n) }
        var out: [Int: [CrossBatchMatch]] = [:]
        for (i, row) in pairs {
            guard let stored = try document(row) else { continue }
            let m = try compare(signature: signatures[(i * k)..<((i + 1) * k)], with: stored) { try digest(i) }
            if m.estimate < threshold - 0.25 { continue }
            if m.similarity >= threshold { out[i, default: []].append(m) }
        }
        return out
    }
}
