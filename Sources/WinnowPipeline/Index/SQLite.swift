import CSQLite

/// A failed SQLite call, with SQLite's own message and what we were doing.
public struct SQLiteError: Error, CustomStringConvertible {
    public let code: Int32
    public let message: String
    public var description: String { message }
}

/// SQLite wants to copy bound text and blobs unless told they stay alive: we bind, step and reset
/// before the Swift buffer goes away, but `SQLITE_TRANSIENT` (copy) is the safe default.
private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

/// One SQLite connection: the thinnest wrapper that keeps the index code readable. Not
/// thread-safe; the index uses it from one thread.
final class SQLiteDatabase {
    let handle: OpaquePointer
    let path: String

    init(path: String, readOnly: Bool = false) throws {
        var db: OpaquePointer?
        let flags = readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        let rc = sqlite3_open_v2(path, &db, flags | SQLITE_OPEN_NOMUTEX, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close(db)
            throw SQLiteError(code: rc, message: "cannot open index \(path): \(message)")
        }
        handle = db
        self.path = path
    }

    deinit { sqlite3_close_v2(handle) }

    /// Runs one or more statements that return no rows.
    func execute(_ sql: String) throws {
        var error: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &error)
        if rc != SQLITE_OK {
            let message = error.map { String(cString: $0) } ?? "error \(rc)"
            sqlite3_free(error)
            throw SQLiteError(code: rc, message: "\(path): \(message) (in: \(sql.prefix(80)))")
        }
    }

    func prepare(_ sql: String) throws -> SQLiteStatement {
        try SQLiteStatement(db: self, sql: sql)
    }

    /// The first column of the first row of `sql`, as an integer (0 when there is no row).
    func scalar(_ sql: String, _ values: [SQLiteValue] = []) throws -> Int64 {
        let s = try prepare(sql)
        try s.bind(values)
        return try s.step() ? s.int(0) : 0
    }

    var changes: Int { Int(sqlite3_changes(handle)) }

    /// The row id of the last successful INSERT on this connection.
    func lastInsertRow() throws -> Int64 { sqlite3_last_insert_rowid(handle) }

    func failure(_ rc: Int32, _ doing: String) -> SQLiteError {
        SQLiteError(code: rc, message: "\(path): \(String(cString: sqlite3_errmsg(handle))) (\(doing))")
    }
}

/// A value to bind to a `?` placeholder.
enum SQLiteValue {
    case int(Int64)
    case text(String)
    case null
}

/// A prepared statement, reused across rows: bind, step, reset. Preparing once and binding per
/// row is what makes bulk lookups and inserts fast.
final class SQLiteStatement {
    let db: SQLiteDatabase
    let handle: OpaquePointer
    let sql: String

    init(db: SQLiteDatabase, sql: String) throws {
        var stmt: OpaquePointer?
        let rc = sqlite3_prepare_v3(db.handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &stmt, nil)
        guard rc == SQLITE_OK, let stmt else { throw db.failure(rc, "preparing \(sql.prefix(80))") }
        self.db = db
        self.handle = stmt
        self.sql = sql
    }

    deinit { sqlite3_finalize(handle) }

    /// Resets the statement so it can run again; callers bind every placeholder anew.
    func reset() {
        sqlite3_reset(handle)
    }

    func bind(_ values: [SQLiteValue]) throws {
        reset()
        sqlite3_clear_bindings(handle)
        for (i, v) in values.enumerated() {
            let position = Int32(i + 1)
            switch v {
            case .int(let x): try bind(x, at: position)
            case .text(let s): try bind(s, at: position)
            case .null: sqlite3_bind_null(handle, position)
            }
        }
    }

    func bind(_ value: Int64, at position: Int32) throws {
        let rc = sqlite3_bind_int64(handle, position, value)
        if rc != SQLITE_OK { throw db.failure(rc, "binding") }
    }

    func bind(_ value: String?, at position: Int32) throws {
        let rc = value.map { sqlite3_bind_text(handle, position, $0, -1, transient) } ?? sqlite3_bind_null(handle, position)
        if rc != SQLITE_OK { throw db.failure(rc, "binding") }
    }

    /// Binds raw bytes (a signature or shingle digest); nil binds NULL.
    func bindBlob(_ bytes: UnsafeRawBufferPointer?, at position: Int32) throws {
        let rc: Int32
        if let bytes {
            rc = sqlite3_bind_blob(handle, position, bytes.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!,
                                   Int32(bytes.count), transient)
        } else {
            rc = sqlite3_bind_null(handle, position)
        }
        if rc != SQLITE_OK { throw db.failure(rc, "binding") }
    }

    /// Advances to the next row: true when there is one, false when done.
    @discardableResult
    func step() throws -> Bool {
        let rc = sqlite3_step(handle)
        if rc == SQLITE_ROW { return true }
        if rc == SQLITE_DONE { return false }
        throw db.failure(rc, "running \(sql.prefix(80))")
    }

    /// Runs a statement that returns no rows, with `values` bound.
    func run(_ values: [SQLiteValue] = []) throws {
        try bind(values)
        while try step() {}
    }

    var columnCount: Int32 { sqlite3_column_count(handle) }

    func int(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }

    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }

    func text(_ column: Int32) -> String? {
        guard let p = sqlite3_column_text(handle, column) else { return nil }
        return String(cString: p)
    }

    /// Calls `body` with the column's bytes, valid only during the call.
    func blob<R>(_ column: Int32, _ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        let p = sqlite3_column_blob(handle, column)
        let n = Int(sqlite3_column_bytes(handle, column))
        return try body(UnsafeRawBufferPointer(start: p, count: p == nil ? 0 : n))
    }
}
