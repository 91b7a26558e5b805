import Foundation
import WinnowCore

/// Stage `dedup`: near-duplicate removal with MinHash over word shingles and LSH banding.
///
/// Survivors can only be chosen once a whole cluster is known, so the stage works in two steps:
/// - `process`: sign each document (in parallel, one `MinHasher` per thread) and park a short meta
///   line, its signature and its shingle digest in spool files (the record line itself stays where
///   the checkpoint wrote it); the LSH band keys go to `BandBuckets` (sorted runs on disk), and
///   the few numbers kept per document (`Slot`) to a spool of their own: nothing in memory grows
///   with the documents while they stream (the slots come back for `finish`).
/// - `finish`: walk the band buckets in key order, confirm candidate pairs (signature estimate,
///   then exact Jaccard of the shingle digests), cluster with union-find, pick each cluster's
///   survivor by the configured rule, write `duplicates.jsonl.gz`, and stream the survivors on in
///   input order, as their record lines (write passes them through unparsed). With an index session (`--index`), clusters are also checked against earlier
///   batches and this batch's stories are stored (see `DedupStage+Index.swift`).
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
    let records: SpoolFile
    /// Per document, its signature then its shingle digest (`MinHasher.sign(_:into:shingleDigest:)`: the 32-bit form the
    /// index stores, half the bytes of the 64-bit set): a pair check reads both of a document in
    /// one system call (`readPieces`), not one for each.
    let pieceSpool: SpoolFile
    let buckets: BandBuckets

    /// Per document, in input order: where its spooled pieces are, and the survivor rule's numbers.
    /// Filled at `finish` from `slotSpool`: while documents stream in they are parked there, so
    /// memory does not grow with the number of documents while the front end's batches need it.
    var slots: [Slot] = []
    /// The slots made by `process`, in order (`SpoolFile+Packed.swift`).
    let slotSpool: SpoolFile
    /// Seconds per step, for the profile in stats.json (`*_ms` counters).
    private var signSeconds = 0.0, spoolSeconds = 0.0

    /// The record spool holds, per document, a short meta line (id, title, source, date): what
    /// duplicates and the survivor rule read. The record line itself is read back from the
    /// checkpoint, which already holds it (`recordStore`); only a story the checkpoint does not
    /// hold has its record spooled here too, after its meta line.
    struct Slot {
        var metaOffset: Int64
        /// Where its signature starts in `pieceSpool` (its shingle digest follows).
        var pieceOffset: Int64
        var recordOffset: Int64
        var metaLength: Int32
        var recordLength: Int32
        /// Values in its shingle digest.
        var digestCount: Int32
        var textBytes: Int32
        /// `DateKey` of the story's date, `Int32.max` when it has none (ranks last).
        var dateKey: Int32
        var recordInCheckpoint: Bool
        /// The id's first 8 bytes, big-endian (0 when the id is shorter): the smallest-id rule
        /// decides on it without reading both meta lines unless the two are equal.
        var idPrefix: UInt64
    }

    /// The run's checkpoint, whose stories' record lines dedup reads back for the survivors
    /// instead of writing every record to a spool of its own a second time.
    var recordStore: Checkpoint?

    /// A document's fields other than its text, read back from the record spool.
    struct Meta {
        var id: String
        var title: String?
        var source: String
        var date: String?
        var textBytes: Int
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
        pieceSpool = try SpoolFile(path: "\(spoolDirectory)/pieces.bin")
        slotSpool = try SpoolFile(path: "\(spoolDirectory)/slots.bin")
        buckets = BandBuckets(directory: spoolDirectory, background: context.threads > 1)
    }

    var documentCount: Int { slots.count }

    // MARK: process: sign and spool

    public func process(_ batch: [Document], emit: ([Document]) throws -> Void) throws {
        stats.seen += batch.count
        // In slices: each slice's signatures and shingle digests are spooled and freed before the
        // next is signed, so the next reuses their memory. A whole batch's at once were fresh
        // pages every batch (the read stage trims the heap when it has grown), ~10% of the run's
        // page faults on dumps-75. Spool order is input order either way.
        var start = 0
        while start < batch.count {
            let end = min(batch.count, start + Self.sliceDocuments)
            try signAndSpool(batch[start..<end])
            start = end
        }
    }

    /// Documents signed at once between spoolings (see `process`).
    static let sliceDocuments = 256

    private func signAndSpool(_ batch: ArraySlice<Document>) throws {
        let k = parameters.permutations
        let threads = min(context.threads, hashers.count)
        let base = batch.startIndex
        let signStart = monotonicSeconds()
        // Everything per document that needs no shared state is made here, on all threads: the
        // signature and shingle digest, the meta line, the date key and the band keys; the loop below
        // only appends them to the spools, in order.
        let signed: [Signed] = parallelMap(batch.count, threads: threads) { j, worker in
            let i = base + j
            var s = Signed(sig: [UInt32](repeating: 0, count: k))
            var text = batch[i].text
            s.n = text.withUTF8 { bytes in
                config.confirmExact ? hashers[worker].sign(bytes, into: &s.sig, shingleDigest: &s.digest)
                                    : hashers[worker].sign(bytes, into: &s.sig)
            }
            guard s.n > 0 else { return s }
            // `batch[i]` in place, not bound to a local: a copy of the story retained and released
            // every field (`Document` outlined copy) for the two it reads.
            let dateText = batch[i].metadata["date"]?.stringValue ?? batch[i].metadata["published"]?.stringValue
            var line = JSONWriter(reservingCapacity: 256)
            encodeMeta(batch[i], date: dateText, into: &line)
            s.meta = line.bytes
            s.dateKey = dateText.flatMap(DateKey.parse).map { Int32(clamping: $0) } ?? .max
            s.keys = [UInt64](repeating: 0, count: parameters.bands)
            s.sig.withUnsafeBufferPointer { sig in s.keys.withUnsafeMutableBufferPointer { parameters.bandKeys(sig, into: $0) } }
            return s
        }
        let spoolStart = monotonicSeconds()
        signSeconds += spoolStart - signStart
        defer { spoolSeconds += monotonicSeconds() - spoolStart }
        var line = JSONWriter(reservingCapacity: 1 << 14)
        // By index, the story and its pieces read in place: `zip` handed out a copy of both per
        // step (every field of the story and four arrays retained and released, ~0.35% of a
        // one-thread dumps-75 run's samples).
        for j in signed.indices {
            let i = base + j
            guard signed[j].n > 0 else {
                let doc = batch[i]
                stats.drop("no_words")
                // Here, never deferred: dedup runs on the back end, behind the front end's
                // rejections (`BackEnd`).
                try context.rejectHere(Rejection(source: doc.source, position: doc.position, reason: "no_words",
                                             detail: "story \(doc.id) has no words to compare", excerpt: excerpt(doc.text)))
                continue
            }
            let metaOffset = try records.append(signed[j].meta)
            let recordOffset: Int64, recordLength: Int, inCheckpoint: Bool
            if let count = batch[i].record?.count, let at = batch[i].checkpointOffset, recordStore != nil {
                (recordOffset, recordLength, inCheckpoint) = (at, count, true)
            } else if let record = batch[i].record {
                (recordOffset, recordLength, inCheckpoint) = (try records.append(record), record.count, false)
            } else {
                line.reset()
                encodeRecord(batch[i], into: &line)
                (recordOffset, recordLength, inCheckpoint) = (try records.append(line.bytes), line.bytes.count, false)
            }
            let pieceOffset = try signed[j].sig.withUnsafeBytes { try pieceSpool.append($0) }
            _ = try signed[j].digest.withUnsafeBytes { try pieceSpool.append($0) }
            let doc32 = try slotSpool.appendPacked(Slot(metaOffset: metaOffset, pieceOffset: pieceOffset, recordOffset: recordOffset,
                              metaLength: Int32(signed[j].meta.count), recordLength: Int32(recordLength),
                              digestCount: Int32(signed[j].digest.count), textBytes: Int32(clamping: batch[i].text.utf8.count),
                              dateKey: signed[j].dateKey, recordInCheckpoint: inCheckpoint,
                              idPrefix: idSortPrefix(batch[i].id)))
            for key in signed[j].keys { try buckets.append(key: key, doc: doc32) }
        }
    }

    /// One document's pieces made on the worker threads (`process`).
    private struct Signed {
        var sig: [UInt32]
        var digest: [UInt32] = []
        var n = 0
        var meta: [UInt8] = []
        var dateKey: Int32 = .max
        var keys: [UInt64] = []
    }

    // MARK: finish: band, confirm, cluster, emit survivors

    public func finish(emit: ([Document]) throws -> Void) throws {
        try records.finishWriting()
        try pieceSpool.finishWriting()
        try slotSpool.finishWriting()
        slots = try slotSpool.readPacked(Slot.self)
        slotSpool.remove()
        let n = slots.count
        let clusterStart = monotonicSeconds(), clusterCPUStart = processCPUSeconds()
        let (unions, measured) = try cluster()   // DedupStage+Cluster.swift
        // Nothing else runs meanwhile: its CPU over its wall time is how parallel clustering is.
        stats.counters["cluster_cpu_ms"] = Int((processCPUSeconds() - clusterCPUStart) * 1000)
        var clusters = unions
        // Survivor of each cluster (indexed by root), then a record per removed copy.
        var best = [Int32](repeating: -1, count: n)
        for i in 0..<n {
            let root = clusters.find(i)
            let current = best[root]
            if try current < 0 || prefers(i, over: Int(current)) { best[root] = Int32(i) }
        }
        var survivorOf = [Int](repeating: 0, count: n)
        for i in 0..<n { survivorOf[i] = Int(best[clusters.find(i)]) }
        best = []
        let duplicatesStart = monotonicSeconds()
        // Against earlier batches: a cluster matching an indexed story may lose to it.
        var resolution = CrossBatchResolution()
        var matcher: CrossBatchMatcher?
        if let session = indexSession { (resolution, matcher) = try resolveAgainstIndex(session, survivorOf: survivorOf) }
        // Without an index (one SQLite connection, this thread's), duplicates.jsonl.gz is written
        // on a thread of its own while the survivors stream to write: its serial parts (meta
        // lines, its compression) then overlap write's compression. Each goes to its own file, in
        // its own order, so the bytes do not depend on timing.
        // (With an index or one thread it runs here, first: `matcher` is only set with an index.)
        let duplicatesJob = BackgroundJob(inline: indexSession != nil || context.threads <= 1) {
            [survivorOf, resolution, matcher, measured] () throws -> (DuplicateCounts, Double) in
            let start = monotonicSeconds()
            let counts = try self.writeDuplicates(survivorOf: survivorOf, resolution: resolution, matcher: matcher,
                                                  kept: measured)
            // The last reader of the piece spool (the index store reads it later, so not with an
            // index). Its unlink frees its page cache (0.59 s in the kernel on dumps-300, strace
            // under load ~10): done here it overlaps the survivors' streaming, not the run's serial end.
            if self.indexSession == nil { self.pieceSpool.remove() }
            return (counts, monotonicSeconds() - start)
        }
        let survivorsStart = monotonicSeconds()
        // Stream the survivors back out of the spool, in input order, in bounded batches: their
        // record lines go to write as they are (write would encode the same bytes again).
        var out: [Document] = []
        // Their offsets grow in input order in each file: read through a window per file.
        var checkpointWindow = ReadWindow(path: recordStore?.eventsPath ?? records.path), spoolWindow = ReadWindow(path: records.path)
        for i in 0..<n where survivorOf[i] == i && resolution.olderSurvivor[i] == nil {
            var record: [UInt8] = []
            let slot = slots[i]
            if slot.recordInCheckpoint, let store = recordStore {
                try checkpointWindow.read(at: slot.recordOffset, count: Int(slot.recordLength), into: &record) {
                    try store.read(upTo: $1, at: $0)
                }
            } else {
                try spoolWindow.read(at: slot.recordOffset, count: Int(slot.recordLength), into: &record) {
                    try records.read(upTo: $1, at: $0)
                }
            }
            out.append(Document(encodedRecord: record))
            stats.passed += 1
            if out.count >= 512 { try emit(out); out.removeAll(keepingCapacity: true) }
        }
        try emit(out)
        // The checkpoint's records are all read (`Checkpoint.dropCachedEvents`).
        if context.threads > 1 { recordStore?.dropCachedEvents() }
        let (duplicateCounts, duplicatesSeconds) = try duplicatesJob.join()
        if duplicateCounts.duplicates > 0 { stats.drop("duplicate", duplicateCounts.duplicates) }
        if duplicateCounts.crossBatch > 0 { stats.count("cross_batch_duplicates", duplicateCounts.crossBatch) }
        let indexStart = monotonicSeconds()
        if let session = indexSession { try storeInIndex(session, survivorOf: survivorOf, resolution: resolution) }
        // Survivors' time includes write's (emit), which the stage's own seconds leave out.
        for (key, seconds) in [("sign_ms", signSeconds), ("spool_ms", spoolSeconds),
                               ("cluster_ms", duplicatesStart - clusterStart),
                               ("duplicates_ms", duplicatesSeconds),
                               ("survivors_and_write_ms", indexStart - survivorsStart),
                               ("index_store_ms", monotonicSeconds() - indexStart)] {
            stats.counters[key] = Int(seconds * 1000)
        }
        records.remove()
        pieceSpool.remove()
    }

    /// The last shingle digest read (`shingleDigest`): matching and storing may ask for the same one.
    var digestCache: (index: Int, digest: [UInt32])?

    /// Buffers of the survivor rule's id comparison (reused: it runs once per cluster member).
    private var idA: [UInt8] = [], idB: [UInt8] = [], metaLine: [UInt8] = []

    /// One survivor rule on the keys held in memory (date, text length): whether it prefers `x`
    /// (true), `y` (false), or neither (nil: a tie, or the smallest-id rule, which reads meta lines).
    private func heldKeyRule(_ rule: DedupConfig.SurvivorRule, _ x: Slot, _ y: Slot) -> Bool? {
        switch rule {
        case .earliestDate: return x.dateKey != y.dateKey ? x.dateKey < y.dateKey : nil
        case .longestText: return x.textBytes != y.textBytes ? x.textBytes > y.textBytes : nil
        case .smallestID: return nil
        }
    }

    /// The survivor rule on the keys held in memory, up to the smallest-id rule; a tie there is
    /// no preference. Only orders work (`cluster`).
    func cheaplyPrefers(_ a: Int, over b: Int) -> Bool {
        let x = slots[a], y = slots[b]
        for rule in config.survivor {
            if rule == .smallestID { return false }
            if let p = heldKeyRule(rule, x, y) { return p }
        }
        return false
    }

    /// The survivor rule: earliest date, then longest text, then smallest id (configurable order).
    private func prefers(_ a: Int, over b: Int) throws -> Bool {
        let x = slots[a], y = slots[b]
        for rule in config.survivor {
            if rule == .smallestID {
                // Two ids of at least 8 bytes whose first 8 differ are ordered by those bytes.
                if x.idPrefix != y.idPrefix && x.idPrefix != 0 && y.idPrefix != 0 { return x.idPrefix < y.idPrefix }
                try metaID(a, line: &metaLine, into: &idA)
                try metaID(b, line: &metaLine, into: &idB)
                if idA != idB { return idA.lexicographicallyPrecedes(idB) }
            } else if let p = heldKeyRule(rule, x, y) {
                return p
            }
        }
        return a < b
    }
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
