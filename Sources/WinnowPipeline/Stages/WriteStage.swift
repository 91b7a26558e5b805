/// A finished output shard, as listed in the manifest.
public struct ShardInfo {
    public var name: String
    public var records: Int
    public var bytes: Int64
    public var sha256: String
}

/// Writes one record line: `{"id","text","title","source","metadata"}`.
func encodeRecord(_ doc: Document, into w: inout JSONWriter) {
    w.raw("{")
    w.key("id"); w.string(doc.id); w.raw(",")
    w.key("text"); w.string(doc.text); w.raw(",")
    w.key("title")
    if let t = doc.title { w.string(t) } else { w.raw("null") }
    w.raw(",")
    w.key("source"); w.string(doc.source); w.raw(",")
    w.key("metadata"); w.value(.object(doc.metadata))
    w.raw("}\n")
}

/// Stage `write`: documents → `part-NNNNN.jsonl.gz` shards in the output directory.
///
/// Records are gathered into chunks of about `member_bytes` (cut at record ends); each chunk
/// becomes an independent gzip member, compressed with libdeflate on all threads (with more than
/// one thread in the background, `MemberPipeline`, while the next chunk is gathered; with one, inline). A shard is closed
/// at the first member end past `shard_max_bytes` of compressed data, so shards always end on a
/// record. Each shard is written under a temporary name, fsynced and renamed when complete; its
/// SHA-256 is computed from the bytes as they are written.
public final class WriteStage: PipelineStage {
    public typealias Input = Document
    public typealias Output = Never

    public let name = "write"
    public let stats = StageStats(name: "write")
    let config: WriteConfig
    let directory: String
    let compressor: MemberCompressor
    /// Compression, in the background with threads > 1: members come back in chunk order.
    private let pipeline: MemberPipeline
    private var chunk: [UInt8] = []
    private var chunkRecords = 0
    private var current: AtomicFile?
    private var currentRecords = 0
    private var hasher = SHA256()
    private var line = JSONWriter(reservingCapacity: 1 << 16)
    public private(set) var shards: [ShardInfo] = []

    public init(config: WriteConfig, directory: String, threads: Int = 1) {
        self.config = config
        self.directory = directory
        // Members are delivered in order, so the caller waits on the oldest job: with only one job
        // per thread in flight, a core idled whenever a younger job finished first (on dumps-75 at
        // two threads, 2-3% of the run one core compressed alone). So `threads + 2` jobs are in
        // flight, queued for the shared worker pool: no more compress at once than there are cores.
        compressor = MemberCompressor(level: config.compressionLevel, threads: threads > 1 ? threads + 2 : 1)
        pipeline = MemberPipeline(compressor: compressor, inline: threads <= 1)
        chunk.reserveCapacity(config.memberBytes + (1 << 16))
    }

    public func process(_ batch: [Document], emit: ([Never]) throws -> Void) throws {
        for doc in batch {
            stats.seen += 1
            if let record = doc.record {
                chunk.append(contentsOf: record)
            } else {
                line.reset()
                encodeRecord(doc, into: &line)
                chunk.append(contentsOf: line.bytes)
            }
            chunkRecords += 1
            stats.passed += 1
            if chunk.count >= config.memberBytes { try seal() }
        }
    }

    public func finish(emit: ([Never]) throws -> Void) throws {
        if chunkRecords > 0 { try seal() }
        try pipeline.drain(store)
        if current != nil { try closeShard() }
        // Seconds spent compressing on this thread, or waiting for the background.
        stats.counters["compress_ms"] = Int(pipeline.waitSeconds * 1000)
    }

    /// Compresses the chunk into one member (members come back in chunk order).
    private func seal() throws {
        try pipeline.submit(chunk, records: chunkRecords, deliver: store)
        chunk = []
        chunk.reserveCapacity(config.memberBytes + (1 << 16))
        chunkRecords = 0
    }

    /// Appends one member to the current shard (opened on demand, closed past its size).
    private func store(_ member: [UInt8], records: Int) throws {
        if current == nil { try openShard() }
        try current!.write(member)
        member.withUnsafeBytes { hasher.update($0) }
        currentRecords += records
        if current!.bytesWritten >= config.shardMaxBytes { try closeShard() }
    }

    private func openShard() throws {
        let name = String(format: "part-%05d.jsonl.gz", shards.count)
        current = try AtomicFile(path: "\(directory)/\(name)")
        currentRecords = 0
        hasher = SHA256()
    }

    private func closeShard() throws {
        guard let file = current else { return }
        try file.commit()
        shards.append(ShardInfo(name: String(file.finalPath.split(separator: "/").last!), records: currentRecords,
                                bytes: file.bytesWritten, sha256: hasher.finalizeHex()))
        current = nil
    }

    /// Discards an unfinished shard (interrupted run): no partial file under a final name.
    public func abandon() {
        pipeline.waitAll()
        current?.discard()
        current = nil
    }
}

import Foundation
