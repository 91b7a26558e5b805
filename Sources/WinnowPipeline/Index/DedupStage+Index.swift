import WinnowCore

/// What the index decided for this batch, on top of the within-batch clusters.
struct CrossBatchResolution {
    /// `index_survivor: earlier`: every document of a cluster that near-duplicates an indexed
    /// story is a duplicate of that story (the earliest indexed one if several match).
    var olderSurvivor: [Int: StoredDocument] = [:]
    /// `index_survivor: newer`: indexed stories replaced by this batch's survivor of their cluster.
    var replaced: [(stored: StoredDocument, by: Int)] = []
}

/// Cross-batch dedup: the dedup stage's clusters checked against the persistent index.
///
/// A within-batch cluster (its survivor and its duplicates) is one story. If any member
/// near-duplicates an indexed story, the cluster as a whole is that story again: under `earlier`
/// every member is reported as a duplicate of the indexed story (id and batch) and nothing is
/// added to the index; under `newer` the cluster's survivor is kept and indexed, and the indexed
/// story is marked superseded by it. An indexed story that was superseded before stands for its
/// live successor, so a story replaced twice still points at the newest copy.
extension DedupStage {
    func resolveAgainstIndex(_ session: IndexSession, survivorOf: [Int]) throws -> (CrossBatchResolution, CrossBatchMatcher) {
        let matcher = CrossBatchMatcher(index: session.index, threshold: config.threshold, confirmExact: config.confirmExact)
        let matches = try matcher.matches(signatures: try allSignatures(), count: documentCount) { try self.shingleDigest($0) }
        stats.count("cross_batch_pairs_confirmed", matches.values.reduce(0) { $0 + $1.count })
        // Live indexed stories matched by each cluster (keyed by the cluster's survivor).
        var matchedByCluster: [Int: [Int64: StoredDocument]] = [:]
        for (i, found) in matches {
            for m in found {
                guard let live = try matcher.live(m.row) else { continue }
                matchedByCluster[survivorOf[i], default: [:]][live.row] = live
            }
        }
        var resolution = CrossBatchResolution()
        guard !matchedByCluster.isEmpty else { return (resolution, matcher) }
        var members: [Int: [Int]] = [:]
        for i in 0..<documentCount where matchedByCluster[survivorOf[i]] != nil { members[survivorOf[i], default: []].append(i) }
        for s in matchedByCluster.keys.sorted() {
            let stored = matchedByCluster[s]!.values.sorted { $0.row < $1.row }
            switch session.survivorPolicy {
            case .earlier:
                for i in members[s]! { resolution.olderSurvivor[i] = stored[0] }
            case .newer:
                for old in stored { resolution.replaced.append((old, s)) }
            }
        }
        return (resolution, matcher)
    }

    /// Stores this batch's indexed stories (survivors not replaced by an older story), then marks
    /// the stories they replace. Everything stays inside the session's uncommitted transaction.
    func storeInIndex(_ session: IndexSession, survivorOf: [Int], resolution: CrossBatchResolution) throws {
        let index = session.index
        let inserter = try index.inserter(batch: session.batchSeq)
        let k = parameters.permutations
        var rowOf: [Int: Int64] = [:]
        var keys = [UInt64](repeating: 0, count: parameters.bands)
        try allSignatures().withUnsafeBufferPointer { sigs in
            // Only survivors are stored: their metas are read one by one, not every document's.
            for i in 0..<documentCount where survivorOf[i] == i && resolution.olderSurvivor[i] == nil {
                let m = try meta(i)
                let sig = UnsafeBufferPointer(rebasing: sigs[(i * k)..<((i + 1) * k)])
                keys.withUnsafeMutableBufferPointer { parameters.bandKeys(sig, into: $0) }
                let doc = NewIndexDocument(id: m.id, source: m.source, title: m.title, date: m.date, length: m.textBytes)
                rowOf[i] = try keys.withUnsafeBufferPointer { keyBuf in
                    try inserter.insert(doc, signature: sig, digest: config.confirmExact ? try shingleDigest(i) : nil,
                                        bandKeys: keyBuf)
                }
            }
        }
        try inserter.flushBands()
        for (old, newer) in resolution.replaced {
            guard let row = rowOf[newer] else { continue }
            try index.supersede(old.row, by: row)
        }
        session.indexed = rowOf.count
        session.crossBatchDuplicates = resolution.olderSurvivor.count
        session.superseded = resolution.replaced.count
    }
}
