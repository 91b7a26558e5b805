import Logging

/// A gzip JSONL side output (`rejected.jsonl.gz`, `duplicates.jsonl.gz`), written as records come.
public final class RecordFile {
    private let writer: MemberWriter
    private var line = JSONWriter(reservingCapacity: 1024)
    public private(set) var records = 0

    /// Gzip members of about `memberBytes` (the shards' `write.member_bytes`) at `level`.
    init(path: String, level: Int, memberBytes: Int = 1 << 20) throws {
        writer = try MemberWriter(path: path, level: level, memberBytes: memberBytes)
    }

    /// Writes one record; `fill` writes the object's fields (the braces are added here).
    func write(_ fill: (inout JSONWriter) -> Void) throws {
        line.reset()
        line.raw("{")
        fill(&line)
        line.raw("}\n")
        try writer.write(line.bytes)
        records += 1
    }

    func finish() throws { try writer.finish() }
    func discard() { writer.discard() }
}

/// What every stage of one run shares: settings, the logger, and the side outputs.
///
/// Nothing else is shared between stages; a stage that needs a result of another gets it as input.
public final class RunContext {
    public let logger: Logger
    /// Worker threads a stage may use for its own batch work (results are kept in input order).
    public let threads: Int
    let rejected: RecordFile
    /// Rejections that stand for a whole input document (they count in `documents_in`).
    public private(set) var rejectedDocuments = 0
    public private(set) var rejectedByReason: [String: Int] = [:]
    /// Sees every rejection as it is made (the checkpoint records the upstream ones for a resume).
    var observer: ((Rejection) throws -> Void)?
    /// While set, `reject` hands rejections here instead of making them: the overlapped back end
    /// (`BackEnd`) makes them later, in the same order, between the stories around them.
    var deferred: ((Rejection, Bool) -> Void)?

    init(logger: Logger, threads: Int, rejected: RecordFile) {
        self.logger = logger
        self.threads = max(1, threads)
        self.rejected = rejected
    }

    /// Records something that could not be used, logs it with file and position, and goes on.
    /// `log: false` when replaying a checkpoint: the interrupted run already said it.
    public func reject(_ r: Rejection) throws { try reject(r, log: true) }

    func reject(_ r: Rejection, log: Bool) throws {
        if let later = deferred { return later(r, log) }
        try rejectHere(r, log: log)
    }

    /// Makes the rejection now, never deferred: for the back end (dedup's own rejections, and the
    /// front end's deferred ones as it reaches them).
    func rejectHere(_ r: Rejection, log: Bool = true) throws {
        if r.isDocument { rejectedDocuments += 1 }
        rejectedByReason[r.reason, default: 0] += 1
        try observer?(r)
        let at = r.position.map { ": \($0)" } ?? ""
        if log { logger.warning("\(r.source)\(at): \(r.reason): \(r.detail)") }
        try rejected.write { w in
            w.key("source"); w.string(r.source); w.raw(",")
            w.key("position")
            if let p = r.position {
                w.raw("{"); w.key("line"); w.int(p.line); w.raw(","); w.key("byte"); w.int(p.byteOffset); w.raw("}")
            } else { w.raw("null") }
            w.raw(",")
            w.key("reason"); w.string(r.reason); w.raw(",")
            w.key("detail"); w.string(r.detail); w.raw(",")
            w.key("counts_as_document"); w.raw(r.isDocument ? "true" : "false"); w.raw(",")
            w.key("excerpt"); w.string(r.excerpt)
        }
    }
}

/// A short excerpt of raw bytes for a rejection record (valid UTF-8, at most `limit` bytes).
func excerpt(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int = 200) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<min(limit, bytes.count)]), as: UTF8.self)
}

func excerpt(_ text: String, limit: Int = 200) -> String {
    String(text.prefix(limit))
}
