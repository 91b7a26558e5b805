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
/// - `band_buckets`, `band_runs`: the LSH band keys → documents, as sorted arrays of packed
///   (key, document row) entries (`BandEntry`): settled entries in 65,536 buckets by key prefix,
///   recent batches' entries in runs that are folded into the buckets a slice per batch (see
///   `DedupIndex+Bands.swift`). The band index is already mixed into the key
///   (`SketchParameters.bandKeys`), so all bands share them. Deleting a batch recomputes its
///   entries from the stored signatures. `meta.band_run_next` numbers the runs.
enum IndexSchema {
    /// Bumped when the tables change in a way older builds cannot read.
    /// 1: one `bands` row per (key, document). 2: `band_buckets` + `band_runs`.
    static let formatVersion = 2

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
    CREATE TABLE IF NOT EXISTS band_buckets(
        bucket INTEGER PRIMARY KEY,
        entries BLOB NOT NULL
    );
    CREATE TABLE IF NOT EXISTS band_runs(
        id INTEGER PRIMARY KEY,
        entries BLOB NOT NULL
    );
    """

    /// Connection settings: WAL so readers (`winnow index stats`) never block the writer and a
    /// crash never damages committed batches (FULL: a committed batch survives power loss too — one
    /// fsync per batch); a bounded page cache (256 MiB) for a batch's dirty pages. 16 KiB pages (set
    /// when the file is created; fewer page reads per bucket row). Reads through a memory map of up
    /// to 2 GiB (SQLite's cap): a batch reads every bucket, and mapping the file's cached pages cost
    /// ~35% less CPU in the 1 M benchmark than copying them into the page cache. Mapped pages are
    /// the kernel's clean, shared file cache (reclaimable), not a private copy of the index.
    static let pragmas = """
    PRAGMA page_size = 16384;
    PRAGMA journal_mode = WAL;
    PRAGMA synchronous = FULL;
    PRAGMA cache_size = -262144;
    PRAGMA mmap_size = 2147483648;
    PRAGMA temp_store = MEMORY;
    PRAGMA foreign_keys = OFF;
    """
}
