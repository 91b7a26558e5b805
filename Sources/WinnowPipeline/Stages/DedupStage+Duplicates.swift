import WinnowCore

/// `duplicates.jsonl.gz`: one record per removed copy, in input order.
///
/// Each record needs both documents' meta lines and their similarity (signatures and shingle digests
/// read back from the spools): independent reads and merges, so a chunk of duplicates is measured
/// on all threads and then written in order. The bytes do not depend on the thread count.
///
/// It touches no shared state but its own file (the caller adds the returned counts to the stats),
/// so without an index it may run beside the survivors' stream.
struct DuplicateCounts {
    var duplicates = 0
    var crossBatch = 0
}

extension DedupStage {
    func writeDuplicates(survivorOf: [Int], resolution: CrossBatchResolution, matcher: CrossBatchMatcher?,
                         kept: MeasuredPairs) throws -> DuplicateCounts {
        var counts = DuplicateCounts()
        var chunk: [Int] = []
        chunk.reserveCapacity(1024)
        // One reader per thread for the whole file: a survivor repeating across chunks stays cached.
        let readers = (0..<max(1, context.threads)).map { _ in PairReader(stage: self) }
        var window = metaLineWindow(), survivorWindow = metaLineWindow()
        var ids = SurvivorIDCache(documents: survivorOf.count)
        for i in 0..<survivorOf.count where survivorOf[i] != i || resolution.olderSurvivor[i] != nil {
            chunk.append(i)
            if chunk.count == 1024 {
                try writeDuplicates(chunk, readers: readers, window: &window, survivorWindow: &survivorWindow, ids: &ids,
                                    survivorOf: survivorOf, resolution: resolution, matcher: matcher, kept: kept,
                                    counts: &counts)
                chunk.removeAll(keepingCapacity: true)
            }
        }
        try writeDuplicates(chunk, readers: readers, window: &window, survivorWindow: &survivorWindow, ids: &ids,
                            survivorOf: survivorOf, resolution: resolution, matcher: matcher, kept: kept,
                            counts: &counts)
        return counts
    }

    private struct Measured {
        var meta: MetaFields
        var survivorID: [UInt8]?
        var estimate: Double
        var exact: Double?
    }

    private func writeDuplicates(_ chunk: [Int], readers: [PairReader], window: inout ReadWindow,
                                 survivorWindow: inout ReadWindow, ids: inout SurvivorIDCache, survivorOf: [Int],
                                 resolution: CrossBatchResolution, matcher: CrossBatchMatcher?, kept: MeasuredPairs,
                                 counts: inout DuplicateCounts) throws {
        // The chunk's own meta lines, read here in input order through the window (a few large
        // reads), parsed below on all threads.
        var lines = [[UInt8]](repeating: [], count: chunk.count)
        for c in chunk.indices { try readMetaLine(chunk[c], into: &lines[c], window: &window) }
        // Within-batch duplicates are measured in parallel; a duplicate of an indexed story is
        // compared with it below, on this thread (the index is one SQLite connection).
        // Measured grouped by survivor (each worker's reader keeps the survivor's signature and
        // shingle digest while it repeats), then put back in input order.
        // Each survivor's id is read once per chunk, not once per duplicate.
        let order = chunk.indices.sorted { (survivorOf[chunk[$0]], $0) < (survivorOf[chunk[$1]], $1) }
        var survivors: [Int] = [], survivorSlot: [Int] = []
        survivorSlot.reserveCapacity(chunk.count)
        for c in order {
            // A duplicate of an indexed story is compared with that story below: its in-batch
            // survivor's id is not needed.
            guard resolution.olderSurvivor[chunk[c]] == nil else { survivorSlot.append(-1); continue }
            let s = survivorOf[chunk[c]]
            if survivors.last != s { survivors.append(s) }
            survivorSlot.append(survivors.count - 1)
        }
        // Ids not in the cache are read, then cached. `survivors` ascend, so their meta lines are
        // read in file order through a window of their own: where they are dense (dumps-75) a few
        // large reads, not a pread each (95% of the run's pread calls), and where sparse the
        // window shrinks to one exact read each, as before.
        let missing = survivors.filter { ids[$0] == nil }
        var survivorIDs: [[UInt8]] = []
        survivorIDs.reserveCapacity(survivors.count)
        var fresh: [Int: [UInt8]] = [:], line: [UInt8] = []
        for s in missing {
            var id: [UInt8] = []
            try metaID(s, line: &line, into: &id, window: &survivorWindow)
            fresh[s] = id
        }
        // All taken before any is cached: caching one may evict another of this chunk.
        for s in survivors { survivorIDs.append(fresh[s] ?? ids[s]!) }
        for s in missing { ids[s] = fresh[s] }
        let grouped: [Result<Measured, Error>] = parallelMap(chunk.count, threads: context.threads) { g, worker in
            Result {
                let i = chunk[order[g]]
                let m = try metaFields(parsing: lines[order[g]], i)
                guard resolution.olderSurvivor[i] == nil else { return Measured(meta: m, survivorID: nil, estimate: 0, exact: nil) }
                let s = survivorOf[i]
                // Measured while clustering (most often), else measured now; the survivor repeats.
                let similarity = try kept.measure(s, i) ?? readers[worker].measure(s, i)
                return Measured(meta: m, survivorID: survivorIDs[survivorSlot[g]], estimate: similarity.estimate,
                                exact: similarity.exact)
            }
        }
        var measured = grouped
        for (g, c) in order.enumerated() { measured[c] = grouped[g] }
        for (i, result) in zip(chunk, measured) {
            var d = try result.get()
            var survivorBatch = batchName
            if let older = resolution.olderSurvivor[i], let matcher {
                let m = try matcher.compare(signature: ArraySlice(try signature(i)), with: older) { try shingleDigest(i) }
                (d.survivorID, survivorBatch, d.estimate, d.exact) = (Array(older.id.utf8), older.batch, m.estimate, m.exact)
                counts.crossBatch += 1
            }
            try duplicatesFile.write { w in
                w.key("id"); d.meta.id.withUnsafeBufferPointer { w.string(utf8: $0) }; w.raw(",")
                w.key("duplicate_of"); (d.survivorID ?? []).withUnsafeBufferPointer { w.string(utf8: $0) }; w.raw(",")
                w.key("duplicate_of_batch"); if let b = survivorBatch { w.string(b) } else { w.raw("null") }; w.raw(",")
                w.key("jaccard_estimate"); w.double(d.estimate, digits: 4); w.raw(",")
                w.key("jaccard_exact"); if let e = d.exact { w.double(e, digits: 4) } else { w.raw("null") }; w.raw(",")
                w.key("source"); d.meta.source.withUnsafeBufferPointer { w.string(utf8: $0) }; w.raw(",")
                w.key("title"); if let t = d.meta.title { t.withUnsafeBufferPointer { w.string(utf8: $0) } } else { w.raw("null") }
            }
            counts.duplicates += 1
        }
    }
}
