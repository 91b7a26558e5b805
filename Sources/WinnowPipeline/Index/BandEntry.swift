/// One row of the `bands` table: a band key and a document row packed into the table's 64-bit
/// integer rowid (see `IndexSchema`). Rows sort by key prefix first, so all documents of a key
/// are one contiguous range.
enum BandEntry {
    /// Document rows up to 2²⁸ − 1 (268 million stories) fit in the low bits.
    static let documentBits = 28
    static let documentMask: UInt64 = (1 << UInt64(documentBits)) - 1

    /// The stored integer for `key` and document `row`.
    static func pack(key: UInt64, row: Int64) -> Int64 {
        Int64(bitPattern: (key & ~documentMask) | (UInt64(row) & documentMask))
    }

    /// The range of stored integers holding `key` (any document).
    static func range(of key: UInt64) -> (low: Int64, high: Int64) {
        let low = key & ~documentMask
        return (Int64(bitPattern: low), Int64(bitPattern: low | documentMask))
    }

    static func row(_ entry: Int64) -> Int64 { Int64(UInt64(bitPattern: entry) & documentMask) }

    /// Keys in the order of the stored integers (signed), so lookups and inserts walk forwards.
    static func precedes(_ a: UInt64, _ b: UInt64) -> Bool { Int64(bitPattern: a) < Int64(bitPattern: b) }
}
