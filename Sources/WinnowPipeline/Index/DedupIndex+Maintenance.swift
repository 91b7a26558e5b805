import Foundation

/// What `winnow index stats` shows.
public struct IndexStatistics: Sendable {
    public var batches: Int
    public var documents: Int
    /// Documents a newer copy replaced (kept for provenance, still matched and resolved onward).
    public var superseded: Int
    /// LSH band entries (one per band per document).
    public var bandRows: Int
    public var documentsWithShingles: Int
    /// Main file plus write-ahead log, on disk.
    public var fileBytes: Int64
    public var bytesPerDocument: Double { documents > 0 ? Double(fileBytes) / Double(documents) : 0 }
}

/// Listing, statistics and maintenance commands (`winnow index stats|batches|drop|vacuum`).
extension DedupIndex {
    public func statistics() throws -> IndexStatistics {
        let fm = FileManager.default
        let size = { (p: String) -> Int64 in ((try? fm.attributesOfItem(atPath: p))?[.size] as? NSNumber)?.int64Value ?? 0 }
        return IndexStatistics(
            batches: Int(try db.scalar("SELECT count(*) FROM batches")),
            documents: Int(try db.scalar("SELECT count(*) FROM documents")),
            superseded: Int(try db.scalar("SELECT count(*) FROM documents WHERE superseded_by IS NOT NULL")),
            bandRows: try bandEntryCount(),
            documentsWithShingles: Int(try db.scalar("SELECT count(*) FROM shingles")),
            fileBytes: size(path) + size(path + "-wal"))
    }

    /// Removes a batch in its own transaction; returns the documents removed (nil: no such batch).
    /// Documents the batch had superseded become live again.
    public func drop(batch name: String) throws -> Int? {
        try db.execute("BEGIN IMMEDIATE")
        do {
            let removed = try deleteBatch(named: name)
            try db.execute("COMMIT")
            return removed
        } catch {
            try? db.execute("ROLLBACK")
            throw error
        }
    }

    /// Rewrites the file compactly (after drops) and folds the write-ahead log into it.
    public func vacuum() throws {
        try db.execute("VACUUM")
        try db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    }
}
