#if _endian(big)
#error("band entries and signatures are stored as little-endian machine words")
#endif

/// Band entries to add to or remove from the index (see `BandEntry`).
struct BandChanges {
    private(set) var entries: [UInt64] = []

    var isEmpty: Bool { entries.isEmpty }

    mutating func append(key: UInt64, row: Int64) { entries.append(BandEntry.pack(key: key, row: row)) }
}

/// Band entries on disk, log-structured (tables in `IndexSchema`):
///
/// - `band_buckets`: the settled entries, 65,536 rows of sorted entries.
/// - `band_runs`: recent batches' entries, one run per batch, row id `run << 12 | group`: a batch
///   appends its run at the end of the table (a few MB written sequentially), and folds one of
///   `runSlices` slices of every live run into the buckets of that slice (1/8 of the buckets
///   rewritten). A run is fully folded after `runSlices` batches.
///
/// Why: band keys are random, so adding a batch straight to the settled entries touches nearly
/// every page of them; every batch rewrote the whole band store (twice, through the write-ahead
/// log), which was most of a batch's time at 10⁶ documents. A lookup reads a key's bucket and its
/// group's row in each live run (at most `runSlices` + 1 runs); a 50 k batch reads each bucket and
/// run row once, in order.
extension DedupIndex {
    static let runSlices = 8

    /// For each key of `keys` (ascending, distinct), the documents holding it.
    func documents(sharing keys: [UInt64], _ found: (Int, Int64) -> Void) throws {
        guard let bucketRow = bucketLookup, let runRow = runLookup else {
            throw IndexError(path: path, message: "cannot prepare band lookup")
        }
        let runs: [Int] = try liveRuns().map(Array.init) ?? []
        var i = 0
        while i < keys.count {
            let group = BandEntry.group(keys[i])
            var groupEnd = i + 1
            while groupEnd < keys.count && BandEntry.group(keys[groupEnd]) == group { groupEnd += 1 }
            // The group's entries in each live run (sorted), walked alongside the keys.
            for run in runs {
                _ = try Self.read(runRow, Int64(run) << Int64(BandEntry.groupBits) | Int64(group)) { raw in
                    let n = raw.count / 8
                    var at = 0
                    for k in i..<groupEnd {
                        let range = BandEntry.range(of: keys[k])
                        while at < n && Self.entry(raw, at) < range.low { at += 1 }
                        var j = at
                        while j < n {
                            let e = Self.entry(raw, j)
                            if e > range.high { break }
                            found(k, BandEntry.row(e))
                            j += 1
                        }
                    }
                }
            }
            // The settled entries: one read per bucket, a binary search per key.
            var k = i
            while k < groupEnd {
                let bucket = BandEntry.bucket(keys[k])
                var bucketEnd = k + 1
                while bucketEnd < groupEnd && BandEntry.bucket(keys[bucketEnd]) == bucket { bucketEnd += 1 }
                _ = try Self.read(bucketRow, Int64(bucket)) { raw in
                    let n = raw.count / 8
                    var from = 0
                    for key in k..<bucketEnd {
                        let range = BandEntry.range(of: keys[key])
                        var at = Self.lowerBound(raw, count: n, from: from, range.low)
                        from = at
                        while at < n {
                            let e = Self.entry(raw, at)
                            if e > range.high { break }
                            found(key, BandEntry.row(e))
                            at += 1
                        }
                    }
                }
                k = bucketEnd
            }
            i = groupEnd
        }
    }

    /// Adds a batch's entries as a new run, then folds the next slice of all runs into the buckets.
    func addBands(_ changes: BandChanges) throws {
        let run = try db.scalar("SELECT coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'band_run_next'), 0)")
        var entries = changes.entries
        let starts = BandEntry.sortByPrefix(&entries, bits: BandEntry.groupBits, distinct: true)
        let insert = try db.prepare("INSERT INTO band_runs(id, entries) VALUES (?, ?)")
        try entries.withUnsafeBytes { all in
            for g in 0..<BandEntry.groupCount where starts[g] < starts[g + 1] {
                insert.reset()
                try insert.bind(run << Int64(BandEntry.groupBits) | Int64(g), at: 1)
                try insert.bindBlob(UnsafeRawBufferPointer(rebasing: all[(starts[g] * 8)..<(starts[g + 1] * 8)]), at: 2)
                try insert.step()
            }
        }
        try db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES ('band_run_next', ?)").run([.text(String(run + 1))])
        try fold(slice: Int(run % Int64(Self.runSlices)))
    }

    /// Removes entries (a dropped or replaced batch): all runs are folded first, then the entries
    /// are taken out of their buckets.
    func removeBands(_ changes: BandChanges) throws {
        for slice in 0..<Self.runSlices { try fold(slice: slice) }
        try merge(changes.entries, remove: true)
    }

    /// Band entries stored, settled and recent.
    func bandEntryCount() throws -> Int {
        Int(try db.scalar("SELECT coalesce(sum(length(entries)), 0) / 8 FROM band_buckets")
            + db.scalar("SELECT coalesce(sum(length(entries)), 0) / 8 FROM band_runs"))
    }

    /// Run numbers that may still hold entries (row ids are ordered by run, so min and max are
    /// two B-tree descents).
    private func liveRuns() throws -> ClosedRange<Int>? {
        let shift = Int64(BandEntry.groupBits)
        guard try db.scalar("SELECT count(*) FROM (SELECT 1 FROM band_runs LIMIT 1)") > 0 else { return nil }
        return Int(try db.scalar("SELECT min(id) FROM band_runs") >> shift)...Int(try db.scalar("SELECT max(id) FROM band_runs") >> shift)
    }

    /// Moves the entries of groups in `slice` from every run into the buckets.
    private func fold(slice: Int) throws {
        guard let runs = try liveRuns() else { return }
        let perSlice = BandEntry.groupCount / Self.runSlices
        let first = Int64(slice * perSlice), last = Int64((slice + 1) * perSlice - 1)
        let shift = Int64(BandEntry.groupBits)
        let scan = try db.prepare("SELECT entries FROM band_runs WHERE id BETWEEN ? AND ?")
        var folded: [UInt64] = []
        for run in runs {
            try scan.bind([.int(Int64(run) << shift | first), .int(Int64(run) << shift | last)])
            while try scan.step() {
                scan.blob(0) { raw in for e in 0..<(raw.count / 8) { folded.append(Self.entry(raw, e)) } }
            }
        }
        scan.reset()
        guard !folded.isEmpty else { return }
        try merge(folded, remove: false)
        let delete = try db.prepare("DELETE FROM band_runs WHERE id BETWEEN ? AND ?")
        for run in runs { try delete.run([.int(Int64(run) << shift | first), .int(Int64(run) << shift | last)]) }
    }

    /// Adds `entries` to (or with `remove` takes them out of) their buckets: each touched bucket is
    /// read, merged in memory and written back once.
    private func merge(_ entries: [UInt64], remove: Bool) throws {
        guard !entries.isEmpty, let lookup = bucketLookup else { return }
        let update = try db.prepare("UPDATE band_buckets SET entries = ? WHERE bucket = ?")
        let insert = try db.prepare("INSERT INTO band_buckets(entries, bucket) VALUES (?, ?)")
        let delete = try db.prepare("DELETE FROM band_buckets WHERE bucket = ?")
        var sorted = entries
        let starts = BandEntry.sortByPrefix(&sorted, bits: BandEntry.bucketBits, distinct: true)
        var merged: [UInt64] = []
        try sorted.withUnsafeBufferPointer { all in
            for bucket in 0..<BandEntry.bucketCount where starts[bucket] < starts[bucket + 1] {
                let delta = UnsafeBufferPointer(rebasing: all[starts[bucket]..<starts[bucket + 1]])
                merged.removeAll(keepingCapacity: true)
                let existed = try Self.read(lookup, Int64(bucket)) { Self.merge($0, delta, remove: remove, into: &merged) }
                if !existed { Self.merge(UnsafeRawBufferPointer(start: nil, count: 0), delta, remove: remove, into: &merged) }
                if merged.isEmpty {
                    if existed { try delete.run([.int(Int64(bucket))]) }
                    continue
                }
                let statement = existed ? update : insert
                statement.reset()
                try merged.withUnsafeBytes { try statement.bindBlob($0, at: 1) }
                try statement.bind(Int64(bucket), at: 2)
                try statement.step()
            }
        }
    }

    /// Runs a one-row blob lookup and passes the blob to `body`; false when there is no such row.
    private static func read(_ s: SQLiteStatement, _ id: Int64, _ body: (UnsafeRawBufferPointer) throws -> Void) throws -> Bool {
        s.reset()
        try s.bind(id, at: 1)
        defer { s.reset() }
        guard try s.step() else { return false }
        try s.blob(0, body)
        return true
    }

    /// Sorted merge of stored entries with sorted distinct `delta`: the union, or with `remove` the
    /// stored entries not in `delta`.
    private static func merge(_ raw: UnsafeRawBufferPointer, _ delta: UnsafeBufferPointer<UInt64>, remove: Bool,
                              into out: inout [UInt64]) {
        let n = raw.count / 8
        out.reserveCapacity(n + (remove ? 0 : delta.count))
        var i = 0, j = 0
        while i < n || j < delta.count {
            let a = i < n ? entry(raw, i) : UInt64.max
            let b = j < delta.count ? delta[j] : UInt64.max
            if i < n && (j == delta.count || a < b) {
                out.append(a); i += 1
            } else if i == n || b < a {
                if !remove { out.append(b) }
                j += 1
            } else {
                if !remove { out.append(a) }
                i += 1; j += 1
            }
        }
    }

    @inline(__always)
    private static func entry(_ raw: UnsafeRawBufferPointer, _ i: Int) -> UInt64 {
        UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i &* 8, as: UInt64.self))
    }

    /// The first index in `from..<count` whose entry is ≥ `value`.
    private static func lowerBound(_ raw: UnsafeRawBufferPointer, count: Int, from: Int, _ value: UInt64) -> Int {
        var lo = from, hi = count
        while lo < hi {
            let mid = (lo &+ hi) >> 1
            if entry(raw, mid) < value { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
