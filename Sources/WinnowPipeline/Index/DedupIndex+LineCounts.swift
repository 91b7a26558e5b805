/// Learned-boilerplate counts across batches: table `line_counts`, one row per (line key, batch)
/// with the batch's document and embedded counts and its source/context bitmaps (see `BoilerplateLearner`).
///
/// Rows are per batch so that a batch's counts go with it: reads join `batches`, so rows of a
/// dropped or replaced batch are ignored, and a batch's old rows are cleared before it stores new
/// ones. Everything runs inside the run's index transaction.
extension DedupIndex {
    static let lineCountsSchema = """
    CREATE TABLE IF NOT EXISTS line_counts(
        key INTEGER NOT NULL,
        batch INTEGER NOT NULL,
        documents INTEGER NOT NULL,
        sources INTEGER NOT NULL,
        contexts INTEGER NOT NULL,
        embedded INTEGER NOT NULL,
        PRIMARY KEY(key, batch)
    ) WITHOUT ROWID;
    """

    /// Adds the counts of every other batch still in the index to the keys `learner` has seen.
    /// Returns how many keys had earlier counts.
    /// `counts`: the learner's own, in ascending key order (`sortedCounts`; the table's slots are no order).
    func mergeLineCounts(into learner: BoilerplateLearner, counts: [(key: UInt64, count: BoilerplateLearner.Count)],
                         excludingBatch batch: Int64) throws -> Int {
        try db.execute(Self.lineCountsSchema)
        let s = try db.prepare("""
        SELECT l.documents, l.sources, l.contexts, l.embedded FROM line_counts l JOIN batches b ON b.seq = l.batch
        WHERE l.key = ? AND l.batch != ?
        """)
        var found = 0
        for (key, _) in counts {
            s.reset()
            try s.bind(Int64(bitPattern: key), at: 1)
            try s.bind(batch, at: 2)
            var any = false
            while try s.step() {
                any = true
                learner.merge(key, BoilerplateLearner.Count(documents: s.int(0), sources: UInt64(bitPattern: s.int(1)),
                                                            contexts: UInt64(bitPattern: s.int(2)), embedded: s.int(3)))
            }
            if any { found += 1 }
        }
        return found
    }

    /// Stores this batch's own counts (call before `mergeLineCounts`, which adds earlier ones).
    /// `counts` in ascending key order (`BoilerplateLearner.sortedCounts`).
    func storeLineCounts(_ counts: [(key: UInt64, count: BoilerplateLearner.Count)], batch: Int64) throws {
        try db.execute(Self.lineCountsSchema)
        try db.prepare("DELETE FROM line_counts WHERE batch = ?").run([.int(batch)])
        let s = try db.prepare("INSERT INTO line_counts(key, batch, documents, sources, contexts, embedded) VALUES (?, ?, ?, ?, ?, ?)")
        for (key, c) in counts {
            s.reset()
            try s.bind(Int64(bitPattern: key), at: 1)
            try s.bind(batch, at: 2)
            try s.bind(c.documents, at: 3)
            try s.bind(Int64(bitPattern: c.sources), at: 4)
            try s.bind(Int64(bitPattern: c.contexts), at: 5)
            try s.bind(c.embedded, at: 6)
            _ = try s.step()
        }
    }
}
