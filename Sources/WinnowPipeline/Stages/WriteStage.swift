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
/// A shard is closed once its compressed size reaches `shard_max_bytes` (checked after each
/// record, so a shard may pass the cap by one record and zlib's buffer). Each shard is written
/// under a temporary name and renamed when complete.
public final class WriteStage: PipelineStage {
    public typealias Input = Document
    public typealias Output = Never

    public let name = "write"
    public let stats = StageStats(name: "write")
    let config: WriteConfig
    let directory: String
    private var current: GzipWriter?
    private var currentRecords = 0
    private var hasher = SHA256()
    private var line = JSONWriter(reservingCapacity: 1 << 16)
    public private(set) var shards: [ShardInfo] = []

    public init(config: WriteConfig, directory: String) {
        self.config = config
        self.directory = directory
    }

    public func process(_ batch: [Document], emit: ([Never]) throws -> Void) throws {
        for doc in batch {
            stats.seen += 1
            if current == nil { try openShard() }
            line.reset()
            encodeRecord(doc, into: &line)
            try current!.write(line.bytes)
            currentRecords += 1
            stats.passed += 1
            if current!.compressedBytes >= config.shardMaxBytes { try closeShard() }
        }
    }

    public func finish(emit: ([Never]) throws -> Void) throws {
        if current != nil { try closeShard() }
    }

    private func openShard() throws {
        let name = String(format: "part-%05d.jsonl.gz", shards.count)
        current = try GzipWriter(path: "\(directory)/\(name)", level: config.compressionLevel)
        currentRecords = 0
    }

    private func closeShard() throws {
        guard let writer = current else { return }
        try writer.finish()
        let (size, digest) = try fileDigest(writer.path)
        shards.append(ShardInfo(name: String(writer.path.split(separator: "/").last!), records: currentRecords,
                                bytes: size, sha256: digest))
        current = nil
    }

    /// Discards an unfinished shard (interrupted run): no partial file under a final name.
    public func abandon() {
        current?.discard()
        current = nil
    }
}

import Foundation

/// Size and SHA-256 of a file, read back in chunks (it was just written: the page cache has it).
func fileDigest(_ path: String) throws -> (Int64, String) {
    guard let handle = FileHandle(forReadingAtPath: path) else {
        throw OutputError(path: path, message: "cannot read back for checksum")
    }
    defer { try? handle.close() }
    var hasher = SHA256()
    var size: Int64 = 0
    while true {
        let chunk = handle.readData(ofLength: 1 << 20)
        if chunk.isEmpty { break }
        size += Int64(chunk.count)
        chunk.withUnsafeBytes { hasher.update($0) }
    }
    return (size, hasher.finalizeHex())
}
