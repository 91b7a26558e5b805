/// One stored LSH band entry: a band key and a document row packed into 64 bits, the key's top 36
/// bits above the row (low 28 bits). Entries sort by key first, so all documents of a key are one
/// contiguous run, found by binary search in a sorted array; the top bits also name the bucket
/// (`band_buckets` row) and the run group (`band_runs` row) the entry is stored in (see
/// `IndexSchema`). Cutting keys to 36 bits adds a false candidate per ~7·10¹⁰/entries lookups
/// (~200 a 50 k batch at 10⁶ documents), each removed by confirmation.
enum BandEntry {
    /// Document rows up to 2²⁸ − 1 (268 million stories) fit in the low bits.
    static let documentBits = 28
    static let documentMask: UInt64 = (1 << UInt64(documentBits)) - 1
    /// `band_buckets` rows: 65,536, ~2 KB each at 10⁶ documents × 16 bands.
    static let bucketBits = 16
    static let bucketCount = 1 << bucketBits
    /// `band_runs` rows per run: 4,096, so that a run's row is ~1.5 KB for a 50 k batch.
    static let groupBits = 12
    static let groupCount = 1 << groupBits

    /// The stored entry for `key` and document `row`.
    @inline(__always)
    static func pack(key: UInt64, row: Int64) -> UInt64 { (key & ~documentMask) | (UInt64(row) & documentMask) }

    /// The entries of `key` (any document): `low...high`.
    @inline(__always)
    static func range(of key: UInt64) -> (low: UInt64, high: UInt64) { (key & ~documentMask, key | documentMask) }

    @inline(__always)
    static func row(_ entry: UInt64) -> Int64 { Int64(entry & documentMask) }

    /// The bucket of an entry or key.
    @inline(__always)
    static func bucket(_ entryOrKey: UInt64) -> Int { Int(entryOrKey >> UInt64(64 - bucketBits)) }

    /// The run group of an entry or key (a group spans 2^(bucketBits − groupBits) buckets).
    @inline(__always)
    static func group(_ entryOrKey: UInt64) -> Int { Int(entryOrKey >> UInt64(64 - groupBits)) }

    /// Sorts `entries` by counting them into their `bits`-bit prefixes first: they are uniformly
    /// spread, so each prefix holds a short run to sort (far faster than one big comparison sort).
    /// `distinct` drops repeats. Returns where each prefix's run starts (`count + 1` offsets).
    static func sortByPrefix(_ entries: inout [UInt64], bits: Int, distinct: Bool) -> [Int] {
        let count = 1 << bits, shift = UInt64(64 - bits)
        var starts = [Int](repeating: 0, count: count + 1)
        for e in entries { starts[Int(e >> shift) + 1] += 1 }
        for p in 0..<count { starts[p + 1] += starts[p] }
        var next = starts
        var out = [UInt64](repeating: 0, count: entries.count)
        for e in entries {
            let p = Int(e >> shift)
            out[next[p]] = e
            next[p] += 1
        }
        var write = 0
        for p in 0..<count {
            let run = starts[p]..<starts[p + 1]
            starts[p] = write
            out[run].sort()
            for r in run where !distinct || write == starts[p] || out[write - 1] != out[r] {
                out[write] = out[r]
                write += 1
            }
        }
        starts[count] = write
        out.removeLast(out.count - write)
        entries = out
        return starts
    }
}
