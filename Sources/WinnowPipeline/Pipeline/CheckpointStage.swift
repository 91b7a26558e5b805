/// Sits between `split` and `dedup`: records every story leaving `split`, and every rejection
/// made upstream while an input is read, into the checkpoint, then passes the stories on.
///
/// Rejections made downstream (dedup's `no_words`) are not recorded: replaying the stories
/// through dedup makes them again, in the same order.
final class CheckpointStage: PipelineStage {
    typealias Input = Document
    typealias Output = Document
    let name = "checkpoint"
    let stats = StageStats(name: "checkpoint")
    let checkpoint: Checkpoint
    /// On while the back end applies a step's events (`BackEnd`), off while downstream runs.
    var recording = false
    private var writer = JSONWriter(reservingCapacity: 1 << 14)
    /// Threads for encoding the records (the bytes do not depend on it).
    let threads: Int

    init(checkpoint: Checkpoint, threads: Int = 1) {
        self.checkpoint = checkpoint
        self.threads = max(1, threads)
    }

    func process(_ batch: [Document], emit: ([Document]) throws -> Void) throws {
        stats.seen += batch.count
        stats.passed += batch.count
        // Each story is encoded once, as its output record: the checkpoint stores those bytes, and
        // dedup and write pass them on (`Document.record`) instead of encoding the story again.
        let records = parallelMap(batch.count, threads: threads) { i, _ in CheckpointCodec.record(batch[i]) }
        var batch = batch
        for i in batch.indices {
            batch[i].record = records[i]
            guard recording else { continue }
            writer.reset()
            CheckpointCodec.encodeProvenance(batch[i], into: &writer)
            batch[i].checkpointOffset = try checkpoint.append(.document, batch[i].record!, writer.bytes)
        }
        let was = recording
        recording = false
        defer { recording = was }
        try emit(batch)
    }

    /// The run context's rejection observer.
    func record(_ r: Rejection) throws {
        guard recording else { return }
        writer.reset()
        CheckpointCodec.encode(r, into: &writer)
        try checkpoint.append(.rejection, writer.bytes)
    }
}

/// Stories and rejections as checkpoint payloads, with everything needed to replay them,
/// provenance included (dedup's rejections name a story's position).
///
/// A story is its output record line (`encodeRecord`, ending in a newline; JSON escapes every
/// newline inside it) followed by its provenance as JSON: `{"si", "k", "l", "b"}`. A checkpoint
/// written before this format holds one JSON object per story (`{"i", "t", "h", "s", "m", …}`,
/// no raw newline) and is still read.
enum CheckpointCodec {
    /// The story's record line, in a buffer of its own.
    static func record(_ d: Document) -> [UInt8] {
        var w = JSONWriter(reservingCapacity: d.text.utf8.count + 512)
        encodeRecord(d, into: &w)
        return w.bytes
    }

    static func encodeProvenance(_ d: Document, into w: inout JSONWriter) {
        w.raw("{")
        w.key("si"); w.int(d.sourceIndex); w.raw(",")
        w.key("k"); w.int(d.storyIndex); w.raw(",")
        w.key("l"); w.int(d.position.line); w.raw(",")
        w.key("b"); w.int(d.position.byteOffset)
        w.raw("}")
    }

    static func encode(_ r: Rejection, into w: inout JSONWriter) {
        w.raw("{")
        w.key("s"); w.string(r.source); w.raw(",")
        if let p = r.position {
            w.key("l"); w.int(p.line); w.raw(",")
            w.key("b"); w.int(p.byteOffset); w.raw(",")
        }
        w.key("r"); w.string(r.reason); w.raw(",")
        w.key("d"); w.string(r.detail); w.raw(",")
        w.key("e"); w.string(r.excerpt); w.raw(",")
        w.key("doc"); w.raw(r.isDocument ? "true" : "false")
        w.raw("}")
    }

    static func document(_ bytes: [UInt8]) throws -> Document {
        guard let newline = bytes.firstIndex(of: 0x0A) else { return try earlierFormatDocument(bytes) }
        let record = Array(bytes[...newline])
        let o = try object(record), p = try object(Array(bytes[(newline + 1)...]))
        guard case .string(let id)? = o["id"], case .string(let text)? = o["text"], case .string(let source)? = o["source"],
              case .int(let si)? = p["si"], case .int(let k)? = p["k"], case .int(let line)? = p["l"],
              case .int(let byte)? = p["b"] else { throw damaged }
        var metadata: [String: JSONValue] = [:]
        if case .object(let m)? = o["metadata"] { metadata = m }
        var doc = Document(id: id, text: text, title: o["title"]?.stringValue, source: source, metadata: metadata,
                           sourceIndex: si, storyIndex: k, position: InputPosition(line: line, byteOffset: Int64(byte)))
        doc.record = record
        return doc
    }

    /// A story as checkpoints before the record-line format wrote it.
    private static func earlierFormatDocument(_ bytes: [UInt8]) throws -> Document {
        let o = try object(bytes)
        guard case .string(let id)? = o["i"], case .string(let text)? = o["t"], case .string(let source)? = o["s"],
              case .int(let si)? = o["si"], case .int(let k)? = o["k"], case .int(let line)? = o["l"],
              case .int(let byte)? = o["b"] else { throw damaged }
        var metadata: [String: JSONValue] = [:]
        if case .object(let m)? = o["m"] { metadata = m }
        return Document(id: id, text: text, title: o["h"]?.stringValue, source: source, metadata: metadata,
                        sourceIndex: si, storyIndex: k, position: InputPosition(line: line, byteOffset: Int64(byte)))
    }

    static func rejection(_ bytes: [UInt8]) throws -> Rejection {
        let o = try object(bytes)
        guard case .string(let source)? = o["s"], case .string(let reason)? = o["r"], case .string(let detail)? = o["d"],
              case .string(let excerpt)? = o["e"], case .bool(let isDocument)? = o["doc"] else { throw damaged }
        var position: InputPosition?
        if case .int(let line)? = o["l"], case .int(let byte)? = o["b"] {
            position = InputPosition(line: line, byteOffset: Int64(byte))
        }
        return Rejection(source: source, position: position, reason: reason, detail: detail, excerpt: excerpt,
                         isDocument: isDocument)
    }

    private static func object(_ bytes: [UInt8]) throws -> [String: JSONValue] {
        guard case .object(let o) = try JSONParser.parse(bytes) else { throw damaged }
        return o
    }

    private static var damaged: OutputError {
        OutputError(path: Checkpoint.directoryName, message: "checkpoint record damaged; rerun with --restart")
    }
}
