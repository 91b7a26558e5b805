/// The tables of an index file. One file holds every batch ever added; a batch becomes visible in
/// the single transaction that ends its run.
///
/// - `meta`: the format version and the sketch parameters (JSON) every stored signature was made
///   with. Sketches made with other parameters cannot be compared, so such an index is refused.
/// - `batches`: one row per batch (name, time, inputs, counts, state).
/// - `documents`: one row per story kept by a batch: its id, batch, source, title, date, length, its
///   MinHash signature (K × UInt32, little-endian blob) for the Jaccard estimate, and
///   `superseded_by` (the row of a newer copy that replaced it under `index_survivor: newer`).
/// - `shingles`: per document, its shingle set hashed down to sorted distinct UInt32 (a blob), so
///   cross-batch candidates are confirmed by exact Jaccard as within-batch ones are. Kept apart from
///   `documents` so that scans of documents stay small. Absent when `confirm_exact: false`.
/// - `bands`: one row per (LSH band key, document). A WITHOUT ROWID table whose primary key is the
///   lookup key: a candidate query is one B-tree descent, and rows sit in key order on disk. The
///   band index is already mixed into the 64-bit key (`SketchParameters.bandKeys`), so all bands
///   share one table. Band rows of a document are never looked up by document: deleting a batch
///   recomputes its keys from the stored signatures.
enum IndexSchema {
    /// Bumped when the tables change in a way older builds cannot read.
    static let formatVersion = 1

    static let create = """
    CREATE TABLE IF NOT EXISTS meta(
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS batches(
        seq INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        created TEXT NOT NULL,
        inputs TEXT NOT NULL,
        documents_in INTEGER NOT NULL,
        indexed INTEGER NOT NULL,
        duplicates INTEGER NOT NULL,
        cross_batch_duplicates INTEGER NOT NULL,
        superseded INTEGER NOT NULL,
        state TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS documents(
        row INTEGER PRIMARY KEY,
        id TEXT NOT NULL,
        batch INTEGER NOT NULL REFERENCES batches(seq),
        source TEXT NOT NULL,
        title TEXT,
        date TEXT,
        length INTEGER NOT NULL,
        signature BLOB NOT NULL,
        superseded_by INTEGER
    );
    CREATE INDEX IF NOT EXISTS documents_by_batch ON documents(batch);
    CREATE INDEX IF NOT EXISTS documents_superseded ON documents(superseded_by) WHERE superseded_by IS NOT NULL;
    CREATE TABLE IF NOT EXISTS shingles(
        doc INTEGER PRIMARY KEY,
        digest BLOB NOT NULL
    );
    CREATE TABLE IF NOT EXISTS bands(
        key INTEGER NOT NULL,
        doc INTEGER NOT NULL,
        PRIMARY KEY(key, doc)
    ) WITHOUT ROWID;
    """

    /// Connection settings: WAL so readers (`winnow index stats`) never block the writer and a
    /// crash never damages committed batches (FULL: a committed batch survives power loss too — one
    /// fsync per batch); a page cache large enough for the band B-tree's
    /// upper levels and a batch's dirty pages (bounded: 256 MiB).
    static let pragmas = """
    PRAGMA journal_mode = WAL;
    PRAGMA synchronous = FULL;
    PRAGMA cache_size = -262144;
    PRAGMA temp_store = MEMORY;
    PRAGMA foreign_keys = OFF;
    """
}
