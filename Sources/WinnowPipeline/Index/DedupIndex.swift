import Foundation
import WinnowCore

/// A problem with an index file that the user can fix (wrong parameters, a busy or foreign file).
public struct IndexError: Error, CustomStringConvertible {
    public let path: String
    public let message: String
    public var description: String { "index \(path): \(message)" }
}

/// One batch as the index records it.
public struct IndexedBatch: Sendable {
    public var seq: Int64
    public var name: String
    /// ISO 8601 time the batch's run started.
    public var created: String
    public var inputs: [String]
    public var documentsIn: Int
    /// Stories of the batch stored in the index (its survivors).
    public var indexed: Int
    public var duplicates: Int
    public var crossBatchDuplicates: Int
    /// Older stories this batch replaced (`index_survivor: newer`).
    public var superseded: Int
    public var state: String
}

/// The persistent near-duplicate index: an SQLite file remembering every story kept by earlier
/// batches (signature, shingle digest, LSH band keys, provenance). See `IndexSchema` for tables.
///
/// A writer (`openForBatch`) takes the database's write lock at once (`BEGIN IMMEDIATE`) and holds
/// it, in one transaction, until `commit()`: everything a run reads and writes is one consistent
/// snapshot, two runs on one index are serialized, and a run that dies before `commit()` leaves
/// the file exactly as it was. Readers (`openForReading`) see the last committed batch (WAL).
public final class DedupIndex {
    public let path: String
    /// The sketch parameters every stored signature was made with.
    public let parameters: SketchParameters
    let db: SQLiteDatabase
    private(set) var inTransaction = false
    /// Batch names by sequence number (few rows; loaded once).
    var batchNames: [Int64: String] = [:]
    // Prepared statements, made on first use.
    lazy var bucketLookup = try? db.prepare("SELECT entries FROM band_buckets WHERE bucket = ?")
    lazy var runLookup = try? db.prepare("SELECT entries FROM band_runs WHERE id = ?")
    lazy var documentLookup = try? db.prepare("SELECT id, batch, signature, superseded_by FROM documents WHERE row = ?")
    lazy var shingleLookup = try? db.prepare("SELECT digest FROM shingles WHERE doc = ?")

    private init(path: String, db: SQLiteDatabase, parameters: SketchParameters) throws {
        self.path = path
        self.db = db
        self.parameters = parameters
        for b in try batches() { batchNames[b.seq] = b.name }
    }

    /// Opens (creating if absent) an index to add a batch to, taking the write lock. Refuses an
    /// index whose sketch parameters differ from `parameters`, naming each difference.
    public static func openForBatch(path: String, parameters: SketchParameters) throws -> DedupIndex {
        let db = try SQLiteDatabase(path: path)
        try db.execute(IndexSchema.pragmas)
        try db.execute("PRAGMA busy_timeout = 10000")
        do { try db.execute("BEGIN IMMEDIATE") } catch let e as SQLiteError {
            throw IndexError(path: path, message: "cannot lock it for writing (another run using it?): \(e.message)")
        }
        do {
            try db.execute(IndexSchema.create)
            let stored = try storedParameters(db, path: path)
            if let stored {
                if let difference = stored.incompatibility(with: parameters) {
                    throw IndexError(path: path, message: """
                    was built with other sketch parameters (index ≠ this pipeline): \(difference). \
                    \(stored.hashFunction == parameters.hashFunction
                        ? "Use the index's parameters in the dedup: section, or start a new index file."
                        : "Another Winnow version made it: start a new index file and re-run its batches into it.")
                    """)
                }
            } else {
                let json = String(decoding: try sketchEncoder.encode(parameters), as: UTF8.self)
                try db.prepare("INSERT INTO meta(key, value) VALUES ('format_version', ?), ('sketch', ?)")
                    .run([.text(String(IndexSchema.formatVersion)), .text(json)])
            }
            let index = try DedupIndex(path: path, db: db, parameters: parameters)
            index.inTransaction = true
            return index
        } catch {
            try? db.execute("ROLLBACK")
            throw error
        }
    }

    /// Opens an existing index to read it (stats, listings) without locking writers out.
    public static func openForReading(path: String) throws -> DedupIndex {
        guard FileManager.default.fileExists(atPath: path) else {
            throw IndexError(path: path, message: "no such file")
        }
        let db = try SQLiteDatabase(path: path, readOnly: true)
        guard let stored = try storedParameters(db, path: path) else {
            throw IndexError(path: path, message: "is not a Winnow index (no sketch parameters recorded)")
        }
        return try DedupIndex(path: path, db: db, parameters: stored)
    }

    /// Opens an existing index for maintenance (drop, vacuum), under no parameters of a pipeline.
    public static func openForMaintenance(path: String) throws -> DedupIndex {
        guard FileManager.default.fileExists(atPath: path) else {
            throw IndexError(path: path, message: "no such file")
        }
        let db = try SQLiteDatabase(path: path)
        try db.execute(IndexSchema.pragmas)
        try db.execute("PRAGMA busy_timeout = 10000")
        guard let stored = try storedParameters(db, path: path) else {
            throw IndexError(path: path, message: "is not a Winnow index (no sketch parameters recorded)")
        }
        return try DedupIndex(path: path, db: db, parameters: stored)
    }

    static let sketchEncoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        return e
    }()

    /// The recorded parameters; nil for a new, empty file. Checks the format version.
    private static func storedParameters(_ db: SQLiteDatabase, path: String) throws -> SketchParameters? {
        let hasMeta = try db.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'")
        guard hasMeta > 0 else { return nil }
        let s = try db.prepare("SELECT key, value FROM meta")
        var meta: [String: String] = [:]
        while try s.step() { meta[s.text(0) ?? ""] = s.text(1) ?? "" }
        guard let json = meta["sketch"] else { return nil }
        guard meta["format_version"] == String(IndexSchema.formatVersion) else {
            let found = meta["format_version"] ?? "?"
            let advice = (Int(found) ?? 0) < IndexSchema.formatVersion
                ? "it was made by an older Winnow; start a new index file and re-run its batches into it"
                : "it was made by a newer Winnow; use that version"
            throw IndexError(path: path, message: "has index format \(found), this build reads format \(IndexSchema.formatVersion) only: \(advice)")
        }
        do { return try JSONDecoder().decode(SketchParameters.self, from: Data(json.utf8)) } catch {
            throw IndexError(path: path, message: "recorded sketch parameters are unreadable: \(error)")
        }
    }

    // MARK: the batch transaction

    /// Makes everything written since `openForBatch` visible, in one step.
    public func commit() throws {
        guard inTransaction else { return }
        try db.execute("COMMIT")
        inTransaction = false
    }

    /// Forgets everything written since `openForBatch`.
    public func rollback() {
        guard inTransaction else { return }
        try? db.execute("ROLLBACK")
        inTransaction = false
    }

    deinit { rollback() }

    // MARK: batches

    public func batches() throws -> [IndexedBatch] {
        let s = try db.prepare("""
        SELECT seq, name, created, inputs, documents_in, indexed, duplicates, cross_batch_duplicates, superseded, state
        FROM batches ORDER BY seq
        """)
        var out: [IndexedBatch] = []
        while try s.step() {
            let inputs = (try? JSONDecoder().decode([String].self, from: Data((s.text(3) ?? "[]").utf8))) ?? []
            out.append(IndexedBatch(seq: s.int(0), name: s.text(1) ?? "", created: s.text(2) ?? "", inputs: inputs,
                                    documentsIn: Int(s.int(4)), indexed: Int(s.int(5)), duplicates: Int(s.int(6)),
                                    crossBatchDuplicates: Int(s.int(7)), superseded: Int(s.int(8)), state: s.text(9) ?? ""))
        }
        return out
    }

    public func batch(named name: String) throws -> IndexedBatch? {
        try batches().first { $0.name == name }
    }
}
