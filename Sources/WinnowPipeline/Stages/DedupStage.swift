import Foundation
import WinnowCore

/// Stage `dedup`: near-duplicate removal with MinHash over word shingles and LSH banding.
///
/// Survivors can only be chosen once a whole cluster is known, so the stage works in two steps:
/// - `process`: sign each document (in parallel, one `MinHasher` per thread) and park the record
///   and its shingle set in spool files; only the signature and a few fields stay in memory.
/// - `finish`: band the signatures, confirm candidate pairs (exact Jaccard of the shingle sets,
///   read back from the spool), cluster with union-find, pick each cluster's survivor by the
///   configured rule, write `duplicates.jsonl.gz`, and stream the survivors on in input order.
///   With an index session (`--index`), clusters are also checked against earlier batches and
///   this batch's stories are stored (see `DedupStage+Index.swift`).
public final class DedupStage: PipelineStage {
    public typealias Input = Document
    public typealias Output = Document

    public let name = "dedup"
    public let stats = StageStats(name: "dedup")
    public let parameters: SketchParameters
    let config: DedupConfig
    let context: RunContext
    let batchName: String?
    let indexSession: IndexSession?
    let duplicatesFile: RecordFile
    private let hashers: [MinHasher]
    private let records: SpoolFile
    private let shingleSpool: SpoolFile

    /// Per document, in input order. Signatures live in one flat array (K values each).
    private(set) var metas: [Meta] = []
    private(set) var signatures: [UInt32] = []

    struct Meta {
        var id: String
        var title: String?
        var source: String
        var date: String?
        var dateKey: Int?
        var textBytes: Int
        var recordOffset: Int64
        var recordLength: Int
        var shingleOffset: Int64
        var shingleCount: Int
    }

    init(config: DedupConfig, context: RunContext, spoolDirectory: String, duplicates: RecordFile, batchName: String?,
         index: IndexSession? = nil) throws {
        let params = config.sketchParameters
        parameters = params
        self.config = config
        self.context = context
        self.batchName = batchName
        indexSession = index
        duplicatesFile = duplicates
        hashers = (0..<context.threads).map { _ in MinHasher(parameters: params) }
        records = try SpoolFile(path: "\(spoolDirectory)/records.jsonl")
        shingleSpool = try SpoolFile(path: "\(spoolDirectory)/shingles.bin")
    }

    // MARK: process: sign and spool

    public func process(_ batch: [Document], emit: ([Document]) throws -> Void) throws {
        stats.seen += batch.count
        let k = parameters.permutations
        let threads = min(context.threads, hashers.count)
        let signed: [(sig: [UInt32], set: [UInt64], n: Int)] = parallelMap(batch.count, threads: threads) { i in
            var sig = [UInt32](repeating: 0, count: k)
            var set: [UInt64] = []
            var text = batch[i].text
            let n = text.withUTF8 { bytes in
                config.confirmExact ? hashers[i % threads].sign(bytes, into: &sig, shingleSet: &set)
                                    : hashers[i % threads].sign(bytes, into: &sig)
            }
            return (sig, set, n)
        }
        var line = JSONWriter(reservingCapacity: 1 << 14)
        for (doc, s) in zip(batch, signed) {
            guard s.n > 0 else {
                stats.drop("no_words")
                try context.reject(Rejection(source: doc.source, position: doc.position, reason: "no_words",
                                             detail: "story \(doc.id) has no words to compare", excerpt: excerpt(doc.text)))
                continue
            }
            line.reset()
            encodeRecord(doc, into: &line)
            let recordOffset = try records.append(line.bytes)
            let shingleOffset = try s.set.withUnsafeBytes { try shingleSpool.append($0) }
            let dateText = doc.metadata["date"]?.stringValue ?? doc.metadata["published"]?.stringValue
            metas.append(Meta(id: doc.id, title: doc.title, source: doc.source, date: dateText, dateKey: dateText.flatMap(DateKey.parse),
                              textBytes: doc.text.utf8.count, recordOffset: recordOffset, recordLength: line.bytes.count,
                              shingleOffset: shingleOffset, shingleCount: s.set.count))
            signatures.append(contentsOf: s.sig)
        }
    }

    // MARK: finish: band, confirm, cluster, emit survivors

    public func finish(emit: ([Document]) throws -> Void) throws {
        try records.flush()
        try shingleSpool.flush()
        let n = metas.count
        var clusters = UnionFind(count: n)
        var confirmed: [Int: Double] = [:]   // exact or estimated J of confirmed pairs, by pair key
        for (i, j) in candidatePairs() {
            let estimate = estimatedJaccard(i, j)
            // The estimate's standard error at K = 128 is ≤ 0.045; 0.25 below the threshold is
            // > 5 σ, so skipping the exact check there loses no true pair.
            if estimate < config.threshold - 0.25 { continue }
            let similarity = config.confirmExact ? try exactJaccard(i, j) : estimate
            stats.count("candidate_pairs_checked")
            if similarity >= config.threshold {
                _ = clusters.union(i, j)
                confirmed[i * n + j] = similarity
                stats.count("pairs_confirmed")
            }
        }
        // Survivor of each cluster, then a record per removed copy.
        var survivorOf = [Int](0..<n)
        var best: [Int: Int] = [:]
        for i in 0..<n {
            let root = clusters.find(i)
            if let current = best[root] { if prefers(i, over: current) { best[root] = i } } else { best[root] = i }
        }
        for i in 0..<n { survivorOf[i] = best[clusters.find(i)]! }
        // Against earlier batches: a cluster matching an indexed story may lose to it.
        var resolution = CrossBatchResolution()
        var matcher: CrossBatchMatcher?
        if let session = indexSession { (resolution, matcher) = try resolveAgainstIndex(session, survivorOf: survivorOf) }
        for i in 0..<n where survivorOf[i] != i || resolution.olderSurvivor[i] != nil {
            let s = survivorOf[i]
            let survivorID: String, survivorBatch: String?, estimate: Double, exact: Double?
            if let older = resolution.olderSurvivor[i], let matcher {
                let m = try matcher.compare(signature: signatures[(i * parameters.permutations)..<((i + 1) * parameters.permutations)],
                                            with: older) { try shingleDigest(i) }
                (survivorID, survivorBatch, estimate, exact) = (older.id, older.batch, m.estimate, m.exact)
                stats.count("cross_batch_duplicates")
            } else {
                (survivorID, survivorBatch) = (metas[s].id, batchName)
                estimate = estimatedJaccard(i, s)
                exact = config.confirmExact ? try exactJaccard(min(i, s), max(i, s)) : nil
            }
            let m = metas[i]
            try duplicatesFile.write { w in
                w.key("id"); w.string(m.id); w.raw(",")
                w.key("duplicate_of"); w.string(survivorID); w.raw(",")
                w.key("duplicate_of_batch"); if let b = survivorBatch { w.string(b) } else { w.raw("null") }; w.raw(",")
                w.key("jaccard_estimate"); w.double(estimate, digits: 4); w.raw(",")
                w.key("jaccard_exact"); if let e = exact { w.double(e, digits: 4) } else { w.raw("null") }; w.raw(",")
                w.key("source"); w.string(m.source); w.raw(",")
                w.key("title"); if let t = m.title { w.string(t) } else { w.raw("null") }
            }
            stats.drop("duplicate")
        }
        // Stream the survivors back out of the spool, in input order, in bounded batches.
        var buffer: [UInt8] = []
        var out: [Document] = []
        for i in 0..<n where survivorOf[i] == i && resolution.olderSurvivor[i] == nil {
            let m = metas[i]
            try records.read(at: m.recordOffset, count: m.recordLength, into: &buffer)
            out.append(try spooledDocument(buffer))
            stats.passed += 1
            if out.count >= 512 { try emit(out); out.removeAll(keepingCapacity: true) }
        }
        try emit(out)
        if let session = indexSession { try storeInIndex(session, survivorOf: survivorOf, resolution: resolution) }
        records.remove()
        shingleSpool.remove()
    }

    /// Candidate pairs (i < j) that share at least one LSH band, each once, in a fixed order.
    private func candidatePairs() -> [(Int, Int)] {
        let n = metas.count
        let b = parameters.bands
        var seen = Set<UInt64>()
        var pairs: [(Int, Int)] = []
        var keys = [UInt64](repeating: 0, count: b)
        var byBand = [[(UInt64, Int32)]](repeating: [], count: b)
        let k = parameters.permutations
        signatures.withUnsafeBufferPointer { sigs in
            keys.withUnsafeMutableBufferPointer { keyBuf in
                for i in 0..<n {
                    parameters.bandKeys(UnsafeBufferPointer(rebasing: sigs[(i * k)..<((i + 1) * k)]), into: keyBuf)
                    for band in 0..<b { byBand[band].append((keyBuf[band], Int32(i))) }
                }
            }
        }
        for band in 0..<b {
            var entries = byBand[band]
            byBand[band] = []
            entries.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
            var start = 0
            while start < entries.count {
                var end = start + 1
                while end < entries.count && entries[end].0 == entries[start].0 { end += 1 }
                if end - start > 1 {
                    let members = entries[start..<end].map { Int($0.1) }
                    // All pairs in ordinary buckets; a huge bucket (boilerplate-only texts) is
                    // linked as a chain and a star to stay linear.
                    if members.count <= 64 {
                        for x in 0..<members.count { for y in (x + 1)..<members.count { add(members[x], members[y]) } }
                    } else {
                        for x in 1..<members.count { add(members[0], members[x]); add(members[x - 1], members[x]) }
                    }
                }
                start = end
            }
        }
        func add(_ i: Int, _ j: Int) {
            let key = UInt64(i) << 32 | UInt64(j)
            if seen.insert(key).inserted { pairs.append((i, j)) }
        }
        pairs.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        return pairs
    }

    private func estimatedJaccard(_ i: Int, _ j: Int) -> Double {
        let k = parameters.permutations
        return signatures.withUnsafeBufferPointer { s in
            Jaccard.estimate(UnsafeBufferPointer(rebasing: s[(i * k)..<(i * k + k)]),
                             UnsafeBufferPointer(rebasing: s[(j * k)..<(j * k + k)]))
        }
    }

    private var setCache: (index: Int, set: [UInt64])?

    private func shingles(_ i: Int) throws -> [UInt64] {
        if let c = setCache, c.index == i { return c.set }
        var bytes: [UInt8] = []
        try shingleSpool.read(at: metas[i].shingleOffset, count: metas[i].shingleCount * 8, into: &bytes)
        let set = bytes.withUnsafeBytes { Array($0.bindMemory(to: UInt64.self)) }
        setCache = (i, set)
        return set
    }

    private var digestCache: (index: Int, digest: [UInt32])?

    /// Document i's shingle set hashed down as the index stores it (`ShingleDigest`).
    func shingleDigest(_ i: Int) throws -> [UInt32]? {
        guard config.confirmExact else { return nil }
        if let c = digestCache, c.index == i { return c.digest }
        let digest = ShingleDigest.make(try shingles(i))
        digestCache = (i, digest)
        return digest
    }

    private func exactJaccard(_ i: Int, _ j: Int) throws -> Double {
        let a = try shingles(i)
        var bytes: [UInt8] = []
        try shingleSpool.read(at: metas[j].shingleOffset, count: metas[j].shingleCount * 8, into: &bytes)
        let b = bytes.withUnsafeBytes { Array($0.bindMemory(to: UInt64.self)) }
        return Jaccard.exact(a, b)
    }

    /// The survivor rule: earliest date, then longest text, then smallest id (configurable order).
    private func prefers(_ a: Int, over b: Int) -> Bool {
        let x = metas[a], y = metas[b]
        for rule in config.survivor {
            switch rule {
            case .earliestDate:
                switch (x.dateKey, y.dateKey) {
                case let (p?, q?) where p != q: return p < q
                case (.some, nil): return true
                case (nil, .some): return false
                default: break
                }
            case .longestText:
                if x.textBytes != y.textBytes { return x.textBytes > y.textBytes }
            case .smallestID:
                if x.id != y.id { return x.id.utf8.lexicographicallyPrecedes(y.id.utf8) }
            }
        }
        return a < b
    }
}

/// A record read back from the spool (written by `encodeRecord`).
private func spooledDocument(_ bytes: [UInt8]) throws -> Document {
    guard case .object(let o) = try JSONParser.parse(bytes), case .string(let id)? = o["id"],
          case .string(let text)? = o["text"], case .string(let source)? = o["source"] else {
        throw OutputError(path: "spool", message: "spooled record is damaged")
    }
    var metadata: [String: JSONValue] = [:]
    if case .object(let m)? = o["metadata"] { metadata = m }
    return Document(id: id, text: text, title: o["title"]?.stringValue, source: source, metadata: metadata,
                    sourceIndex: 0, storyIndex: 0, position: InputPosition(line: 0, byteOffset: 0))
}

extension DedupConfig {
    /// The sketch parameters this section describes (bands × rows from `banding`). Runs and indexes compare sketches only when these agree.
    public var sketchParameters: SketchParameters {
        let (b, r) = banding
        return SketchParameters(ngram: ngram, permutations: permutations, bands: b, rows: r, seed: seed,
                                tokenizer: TokenizerOptions(lowercase: lowercase, digitsToZero: digitsToZero,
                                                            stripAccents: stripAccents))
    }
}
