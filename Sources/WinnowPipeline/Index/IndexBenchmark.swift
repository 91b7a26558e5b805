import Foundation
import WinnowCore

/// The index benchmark (`winnow index bench`, run by `Benchmarks/index/run.sh`): builds an index
/// of synthetic stories, then times one more batch's query + insert through the same code the
/// dedup stage uses (band lookups, candidate confirmation, inserts, the one commit).
///
/// Synthetic signatures are uniform random, so band keys are spread over the whole B-tree as real
/// ones are; a share of the timed batch are near-copies of indexed stories (a few signature slots
/// changed) so that candidates are found, read and confirmed.
public struct IndexBenchmark {
    public var path: String
    public var indexed = 1_000_000
    public var batch = 50_000
    /// Shingle digest length per story (a median allsides story has ~800; 0 = no digests, as
    /// with `confirm_exact: false`).
    public var shingles = 0
    /// Share of the timed batch that near-duplicates an indexed story.
    public var duplicateShare = 0.1
    public var buildBatch = 100_000
    /// Timed batches, one after another (the figures are their totals): more than one shows the
    /// steady cost, each batch folding its share of earlier batches' runs.
    public var rounds = 1
    /// A copy of the built index, kept to time more batches without rebuilding: used (copied to
    /// `path`) when it exists, written after the build when it does not.
    public var prebuilt: String?

    public init(path: String) { self.path = path }

    public struct Result: Sendable {
        public var indexed: Int
        public var batch: Int
        public var buildSeconds: Double
        public var querySeconds: Double
        public var insertSeconds: Double
        public var confirmed: Int
        public var bands: Int
        public var fileBytes: Int64
        public var peakRSSBytes: Int64
        /// Resident memory at the end, split: private (heap: the batch, SQLite's page cache) and
        /// file-backed (mapped index pages: the kernel's shared, reclaimable file cache). Linux only.
        public var anonymousRSSBytes: Int64
        public var fileRSSBytes: Int64
        /// CPU time (user + system) of query + insert + commit: on a shared machine, wall time
        /// includes waiting for a core; this does not (but neither does waiting for fsync).
        public var cpuSeconds: Double
        public var docsPerSecond: Double { Double(batch) / (querySeconds + insertSeconds) }
        public var bytesPerDocument: Double { Double(fileBytes) / Double(indexed + batch) }
    }

    public func run(log: (String) -> Void) throws -> Result {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        // The default pipeline's sketch (its banding decides how many lookups and rows a story costs).
        let params = DedupConfig().sketchParameters
        var rng = BenchRandom(seed: 42)
        let k = params.permutations
        var signature = [UInt32](repeating: 0, count: k)
        var keys = [UInt64](repeating: 0, count: params.bands)
        // Reproducible stories: story s's signature comes from a generator seeded with s.
        func fill(_ story: Int) {
            var g = BenchRandom(seed: UInt64(story) &* 0x9E37_79B9_7F4A_7C15)
            for p in 0..<k { signature[p] = UInt32(truncatingIfNeeded: g.next()) }
        }
        func digest(_ story: Int) -> [UInt32]? {
            guard shingles > 0 else { return nil }
            var g = BenchRandom(seed: UInt64(story) ^ 0xD16E57)
            return (0..<shingles).map { _ in UInt32(truncatingIfNeeded: g.next()) }.sorted()
        }
        func insertAll(_ session: IndexSession, _ stories: Range<Int>) throws {
            let inserter = try session.index.inserter(batch: session.batchSeq)
            for s in stories {
                fill(s)
                try signature.withUnsafeBufferPointer { sig in
                    keys.withUnsafeMutableBufferPointer { params.bandKeys(sig, into: $0) }
                    _ = try keys.withUnsafeBufferPointer {
                        try inserter.insert(NewIndexDocument(id: "s\(s)", source: "bench", title: nil, date: nil, length: 4000),
                                            signature: sig, digest: digest(s), bandKeys: $0)
                    }
                }
            }
            try inserter.flushBands()
        }
        let buildStart = monotonicSeconds()
        var built = 0
        if let prebuilt, FileManager.default.fileExists(atPath: prebuilt) {
            try FileManager.default.copyItem(atPath: prebuilt, toPath: path)
            // On disk before the clock starts, as a built index is (its last commit synced it);
            // otherwise the copy's writeback competes with the timed batch's commit.
            try FileHandle(forUpdating: URL(fileURLWithPath: path)).synchronize()
            built = indexed
            log("copied the built index from \(prebuilt)")
        }
        while built < indexed {
            let n = min(buildBatch, indexed - built)
            let session = try IndexSession(path: path, batch: "build-\(built / buildBatch)", inputs: [], parameters: params,
                                           survivor: .earlier, replace: false)
            try insertAll(session, built..<(built + n))
            try session.commit(documentsIn: n, duplicates: 0)
            built += n
            log("built \(built) stories (\(String(format: "%.1f", monotonicSeconds() - buildStart)) s)")
        }
        let buildSeconds = monotonicSeconds() - buildStart
        if let prebuilt, !FileManager.default.fileExists(atPath: prebuilt) {
            try FileManager.default.copyItem(atPath: path, toPath: prebuilt)
        }

        var totals = (query: 0.0, insert: 0.0, cpu: 0.0, confirmed: 0)
        for round in 0..<rounds {
            // The timed batch: new stories, a share of them near-copies of indexed ones.
            var batchSignatures: [UInt32] = []
            batchSignatures.reserveCapacity(batch * k)
            var origin: [Int] = []
            for i in 0..<batch {
                let copyOf = Double(rng.next() >> 11) / Double(1 << 53) < duplicateShare ? Int(rng.next() % UInt64(max(1, indexed))) : -1
                fill(copyOf >= 0 ? copyOf : indexed + round * batch + i)
                if copyOf >= 0 { for _ in 0..<6 { signature[Int(rng.next() % UInt64(k))] = UInt32(truncatingIfNeeded: rng.next()) } }
                batchSignatures += signature
                origin.append(copyOf >= 0 ? copyOf : indexed + round * batch + i)
            }
            // Digests are made by the dedup stage while signing, so they are made before the clock starts.
            let batchDigests = origin.map { digest($0) }
            let cpuStart = cpuSeconds()
            let queryStart = monotonicSeconds()
            let session = try IndexSession(path: path, batch: "timed-\(round)", inputs: [], parameters: params, survivor: .earlier, replace: false)
            let matcher = CrossBatchMatcher(index: session.index, threshold: DedupConfig().threshold, confirmExact: shingles > 0)
            let matches = try matcher.matches(signatures: batchSignatures, count: batch) { batchDigests[$0] }
            let insertStart = monotonicSeconds()
            let inserter = try session.index.inserter(batch: session.batchSeq)
            try batchSignatures.withUnsafeBufferPointer { sigs in
                for i in 0..<batch where matches[i] == nil {
                    let sig = UnsafeBufferPointer(rebasing: sigs[(i * k)..<((i + 1) * k)])
                    keys.withUnsafeMutableBufferPointer { params.bandKeys(sig, into: $0) }
                    _ = try keys.withUnsafeBufferPointer {
                        try inserter.insert(NewIndexDocument(id: "t\(round)-\(i)", source: "bench", title: nil, date: nil, length: 4000),
                                            signature: sig, digest: batchDigests[i], bandKeys: $0)
                    }
                }
            }
            try inserter.flushBands()
            let commitStart = monotonicSeconds()
            try session.commit(documentsIn: batch, duplicates: matches.count)
            let end = monotonicSeconds()
            let cpu = cpuSeconds() - cpuStart
            log(String(format: "batch %d: query %.3f s, inserts %.3f s, commit %.3f s; cpu %.3f s", round, insertStart - queryStart,
                       commitStart - insertStart, end - commitStart, cpu))
            totals.query += insertStart - queryStart
            totals.insert += end - insertStart
            totals.cpu += cpu
            totals.confirmed += matches.count
        }
        let stats = try DedupIndex.openForReading(path: path).statistics()
        var usage = rusage()
        getrusage(RUSAGE_SELF_ID, &usage)
        return Result(indexed: indexed, batch: batch * rounds, buildSeconds: buildSeconds, querySeconds: totals.query,
                      insertSeconds: totals.insert, confirmed: totals.confirmed, bands: params.bands, fileBytes: stats.fileBytes,
                      peakRSSBytes: Int64(usage.ru_maxrss) * 1024, anonymousRSSBytes: statusKB("RssAnon") * 1024,
                      fileRSSBytes: statusKB("RssFile") * 1024, cpuSeconds: totals.cpu)
    }
}

/// A `kB` field of /proc/self/status (0 where there is none).
private func statusKB(_ field: String) -> Int64 {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix(field + ":") {
        return Int64(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
    }
    return 0
}

/// User + system CPU seconds of this process so far.
private func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF_ID, &usage)
    let t = { (v: timeval) in Double(v.tv_sec) + Double(v.tv_usec) / 1e6 }
    return t(usage.ru_utime) + t(usage.ru_stime)
}

/// SplitMix64: a tiny reproducible generator for synthetic signatures.
private struct BenchRandom {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}

#if os(Linux)
private let RUSAGE_SELF_ID = __rusage_who_t(RUSAGE_SELF.rawValue)
#else
private let RUSAGE_SELF_ID = RUSAGE_SELF
#endif
