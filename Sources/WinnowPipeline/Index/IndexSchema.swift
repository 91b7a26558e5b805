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
/// - `bands`: one row per (LSH band key, document), packed into one 64-bit integer that is the
///   table's rowid: the key's top 36 bits, then the document row in the low 28 bits
///   (`BandEntry`). A candidate query is one range scan of SQLite's fastest B-tree (integer keys,
///   no record to decode) and a row costs ~12 bytes. Cutting the key to 36 bits adds a false
///   candidate per ~7·10¹⁰/rows lookups (10⁻⁴ at 10⁶ documents), removed by confirmation. The band
///   index is already mixed into the key (`SketchParameters.bandKeys`), so all bands share one
///   table. Deleting a batch recomputes its entries from the stored signatures.
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
        entry INTEGER PRIMARY KEY
    );
    """

    /// Connection settings: WAL so readers (`winnow index stats`) never block the writer and a
    /// crash never damages committed batches (FULL: a committed batch survives power loss too — one
    /// fsync per batch); a bounded page cache (256 MiB) for the band B-tree and a batch's dirty
    /// pages. 16 KiB pages (set when the file is created): a batch dirties nearly every leaf of the
    /// band B-tree, and fewer, larger pages made commit ~30% faster in the 1 M benchmark than 4 KiB
    /// (32 and 64 KiB slowed lookups); a 2 GiB mmap was slower (page faults) and is not used.
    static let pragmas = """
    PRAGMA page_size = 16384;
    PRAGMA journal_mode = WAL;
    PRAGMA synchronous = FULL;
    PRAGMA cache_size = -262144;
    PRAGMA temp_store = MEMORY;
    PRAGMA foreign_keys = OFF;
    """
}
