import Foundation
import WinnowCore

/// A story stored by an earlier batch, as far as a candidate check needs it.
struct StoredDocument {
    var row: Int64
    var id: String
    var batch: String
    var signature: [UInt32]
    /// The row of the newer copy that replaced it, if one did.
    var supersededBy: Int64?
}

/// A story of this batch to store: its provenance fields, signature and shingle digest.
struct NewIndexDocument {
    var id: String
    var source: String
    var title: String?
    var date: String?
    var length: Int
}

/// Row-level reads and writes, all inside the batch transaction opened by `openForBatch`.
extension DedupIndex {
    func document(_ row: Int64) throws -> StoredDocument? {
        guard let s = documentLookup else { throw IndexError(path: path, message: "cannot prepare document lookup") }
        s.reset()
        try s.bind(row, at: 1)
        guard try s.step() else { return nil }
        let signature = s.blob(2) { Array($0.bindMemory(to: UInt32.self)) }
        let batch = batchNames[s.int(1)] ?? "?"
        return StoredDocument(row: row, id: s.text(0) ?? "", batch: batch, signature: signature,
                              supersededBy: s.isNull(3) ? nil : s.int(3))
    }

    /// The document's shingle digest (sorted distinct UInt32), nil when it was stored without one.
    func shingleDigest(_ row: Int64) throws -> [UInt32]? {
        guard let s = shingleLookup else { throw IndexError(path: path, message: "cannot prepare shingle lookup") }
        s.reset()
        try s.bind(row, at: 1)
        guard try s.step() else { return nil }
        return s.blob(0) { Array($0.bindMemory(to: UInt32.self)) }
    }

    /// Adds a batch row; its counts are filled in by `finishBatch`.
    func beginBatch(name: String, inputs: [String], created: String) throws -> Int64 {
        let inputsJSON = String(decoding: try JSONEncoder().encode(inputs), as: UTF8.self)
        try db.prepare("""
        INSERT INTO batches(name, created, inputs, documents_in, indexed, duplicates, cross_batch_duplicates, superseded, state)
        VALUES (?, ?, ?, 0, 0, 0, 0, 0, 'writing')
        """).run([.text(name), .text(created), .text(inputsJSON)])
        let seq = try db.scalar("SELECT last_insert_rowid()")
        batchNames[seq] = name
        return seq
    }

    /// Records a batch's counts and marks it complete (visible once the transaction commits).
    func finishBatch(_ seq: Int64, documentsIn: Int, indexed: Int, duplicates: Int, crossBatch: Int, superseded: Int) throws {
        try db.prepare("""
        UPDATE batches SET documents_in = ?, indexed = ?, duplicates = ?, cross_batch_duplicates = ?, superseded = ?,
               state = 'complete' WHERE seq = ?
        """).run([.int(Int64(documentsIn)), .int(Int64(indexed)), .int(Int64(duplicates)), .int(Int64(crossBatch)),
                  .int(Int64(superseded)), .int(seq)])
    }

    /// A reusable inserter: prepares its statements once for a whole batch.
    func inserter(batch seq: Int64) throws -> IndexInserter {
        try IndexInserter(index: self, batch: seq)
    }

    /// Marks `row` as replaced by the newer document `newer`.
    func supersede(_ row: Int64, by newer: Int64) throws {
        try db.prepare("UPDATE documents SET superseded_by = ? WHERE row = ?").run([.int(newer), .int(row)])
    }

    /// Removes a batch: its documents, their shingle digests and band rows (recomputed from the
    /// stored signatures), and revives the documents it had superseded. Inside the current
    /// transaction when there is one. Returns the number of documents removed (nil: no such batch).
    @discardableResult
    func deleteBatch(named name: String) throws -> Int? {
        guard let seq = batchNames.first(where: { $0.value == name })?.key else { return nil }
        try db.execute("""
        UPDATE documents SET superseded_by = NULL
        WHERE superseded_by IN (SELECT row FROM documents WHERE batch = \(seq))
        """)
        let rows = try db.prepare("SELECT row, signature FROM documents WHERE batch = ?")
        try rows.bind([.int(seq)])
        var bands = BandChanges()
        var keys = [UInt64](repeating: 0, count: parameters.bands)
        var removed = 0
        while try rows.step() {
            let row = rows.int(0)
            rows.blob(1) { raw in
                let sig = raw.bindMemory(to: UInt32.self)
                guard sig.count >= parameters.bands * parameters.rows else { return }
                keys.withUnsafeMutableBufferPointer { parameters.bandKeys(sig, into: $0) }
                for key in keys { bands.append(key: key, row: row) }
            }
            removed += 1
        }
        rows.reset()
        try removeBands(bands)
        try db.execute("DELETE FROM shingles WHERE doc IN (SELECT row FROM documents WHERE batch = \(seq))")
        try db.execute("DELETE FROM documents WHERE batch = \(seq)")
        try db.execute("DELETE FROM batches WHERE seq = \(seq)")
        batchNames[seq] = nil
        return removed
    }
}

/// Inserts one batch's documents with statements prepared once. Band entries are buffered and
/// stored as one run in `flushBands()` (a batch's entries fit in memory: 8 bytes each, far less
/// than its signatures already take).
final class IndexInserter {
    let index: DedupIndex
    let batch: Int64
    private var pendingBands = BandChanges()
    private let insertDocument: SQLiteStatement
    private let insertShingles: SQLiteStatement

    init(index: DedupIndex, batch: Int64) throws {
        self.index = index
        self.batch = batch
        insertDocument = try index.db.prepare("""
        INSERT INTO documents(id, batch, source, title, date, length, signature) VALUES (?, ?, ?, ?, ?, ?, ?)
        """)
        insertShingles = try index.db.prepare("INSERT INTO shingles(doc, digest) VALUES (?, ?)")
    }

    /// Stores one document; returns its row.
    func insert(_ doc: NewIndexDocument, signature: UnsafeBufferPointer<UInt32>, digest: [UInt32]?,
                bandKeys: UnsafeBufferPointer<UInt64>) throws -> Int64 {
        let s = insertDocument
        s.reset()
        try s.bind(doc.id, at: 1)
        try s.bind(batch, at: 2)
        try s.bind(doc.source, at: 3)
        try s.bind(doc.title, at: 4)
        try s.bind(doc.date, at: 5)
        try s.bind(Int64(doc.length), at: 6)
        try s.bindBlob(UnsafeRawBufferPointer(signature), at: 7)
        try s.step()
        let row = try index.db.lastInsertRow()
        guard UInt64(row) <= BandEntry.documentMask else {
            throw IndexError(path: index.path, message: "more than \(BandEntry.documentMask) documents; start a new index")
        }
        if let digest {
            insertShingles.reset()
            try insertShingles.bind(row, at: 1)
            try digest.withUnsafeBytes { try insertShingles.bindBlob($0, at: 2) }
            try insertShingles.step()
        }
        for key in bandKeys { pendingBands.append(key: key, row: row) }
        return row
    }

    /// Stores the buffered band entries as this batch's run. Call once after the last `insert`.
    func flushBands() throws {
        try index.addBands(pendingBands)
        pendingBands = BandChanges()
    }
}
