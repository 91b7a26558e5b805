/// Sorting a document's shingle hashes into a set (ascending, repeats removed) for `Jaccard.exact`,
/// as 64-bit hashes (`sortedSet`) or folded to 32 bits (`sortedDigest`, the digest dedup compares).
///
/// The hashes are uniformly mixed 64-bit values, so one counting pass on their top bits spreads
/// them into about one bucket per value, already in order between buckets; each bucket is then a
/// few values, sorted by insertion. That is a few instructions per value where a comparison sort
/// spends most of the signing time (~36% of `sign` with shingle sets). Stability is irrelevant
/// (the values are plain integers) and the result is the sorted distinct set whatever the method.
/// Buckets that are large anyway (a text repeating a few shingles many times) fall back to the
/// standard sort, so no input is quadratic.
struct ShingleSorter {
    /// Bucket counts, grown on demand and reused across documents.
    private var counts: UnsafeMutablePointer<Int32>
    private var countCapacity = 0

    /// Buckets up to this size are insertion-sorted; larger ones use the standard sort.
    static let insertionLimit = 32
    /// At most 2^16 buckets (256 KiB of counts); bigger sets only get fuller buckets.
    static let maxBits = 16

    /// The folded values of `sortedDigest`, grown on demand and reused across documents.
    private var folded: UnsafeMutablePointer<UInt32>
    private var foldedCapacity = 0

    init() {
        counts = .allocate(capacity: 1)
        folded = .allocate(capacity: 1)
    }

    func deallocate() {
        counts.deallocate()
        folded.deallocate()
    }

    /// Replaces `digest` with the shingle digest of `values[0..<n]`: each value xor-folded to 32
    /// bits (`v ^ (v >> 32)`), ascending, repeats removed. Folding the hashes as they come, with
    /// repeats, then sorting 32-bit values gives the same digest as folding the sorted distinct
    /// 64-bit set (a repeat folds to a repeat), at half the bytes moved, without the 64-bit set.
    mutating func sortedDigest(_ values: UnsafePointer<UInt64>, count n: Int, into digest: inout [UInt32]) {
        if n == 0 { digest.removeAll(keepingCapacity: true); return }
        if n > foldedCapacity {
            folded.deallocate()
            foldedCapacity = max(n, 2 * foldedCapacity)
            folded = .allocate(capacity: foldedCapacity)
        }
        let f = folded
        for r in 0..<n { f[r] = UInt32(truncatingIfNeeded: values[r] ^ (values[r] &>> 32)) }
        digest = [UInt32](unsafeUninitializedCapacity: n) { out, distinct in
            let dst = out.baseAddress!
            if n <= Self.insertionLimit {
                dst.update(from: f, count: n)
            } else {
                bucketSort(UnsafePointer(f), n, into: dst)
            }
            distinct = Self.sortDistinct(dst, n)
        }
    }

    /// Replaces `set` with the distinct values of `values[0..<n]`, ascending.
    mutating func sortedSet(_ values: UnsafePointer<UInt64>, count n: Int, into set: inout [UInt64]) {
        if n == 0 { set.removeAll(keepingCapacity: true); return }
        // Written uninitialized (no zero fill of n values first, no trimming after): a set is
        // usually fresh per document (dedup's), so there is no capacity to keep anyway.
        set = [UInt64](unsafeUninitializedCapacity: n) { out, distinct in
            let dst = out.baseAddress!
            if n <= Self.insertionLimit {
                dst.update(from: values, count: n)
            } else {
                bucketSort(values, n, into: dst)
            }
            distinct = Self.sortDistinct(dst, n)
        }
    }

    /// Sorts `a[0..<n]` by insertion and drops repeats in the same pass; returns how many values
    /// remain (in `a[0..<result]`). One pass, not an insertion sort then a pass keeping the first
    /// of each run: after the bucket scatter nearly every value is already above the last one
    /// kept, which is one compare. The kept prefix never overtakes the read position (`w ≤ r`),
    /// so it is built in place.
    @inline(__always)
    static func sortDistinct<T: FixedWidthInteger & UnsignedInteger>(_ a: UnsafeMutablePointer<T>, _ n: Int) -> Int {
        var w = 1
        var last = a[0]
        var r = 1
        while r < n {
            let v = a[r]
            r &+= 1
            if v > last {
                a[w] = v
                w &+= 1
                last = v
                continue
            }
            if v == last { continue }
            // v < last: its place is among the few kept values of its own bucket.
            var j = w &- 1
            while j > 0 && a[j &- 1] > v { j &-= 1 }
            if j > 0 && a[j &- 1] == v { continue }
            var k = w
            while k > j { a[k] = a[k &- 1]; k &-= 1 }
            a[j] = v
            w &+= 1
        }
        return w
    }

    /// Counting pass on the top `bits` bits and scatter into `dst`; `sortDistinct` then sorts by
    /// insertion over the whole array: every value already sits within its bucket, so it only
    /// moves past the few values of its own bucket. (Sorting bucket by bucket branched on each
    /// bucket's size, a coin toss at one to two values per bucket: ~80% of this function's time.)
    /// With about two buckets per value, most buckets hold zero or one value and few values move.
    private mutating func bucketSort<T: FixedWidthInteger & UnsignedInteger>(_ src: UnsafePointer<T>, _ n: Int,
                                                                            into dst: UnsafeMutablePointer<T>) {
        let bits = min(Self.maxBits, Int.bitWidth - n.leadingZeroBitCount)   // ⌊log₂ n⌋ + 1 ≥ 6
        let buckets = 1 << bits
        let shift = T(T.bitWidth - bits)
        if buckets > countCapacity {
            counts.deallocate()
            countCapacity = buckets
            counts = .allocate(capacity: buckets)
        }
        let c = counts
        c.initialize(repeating: 0, count: buckets)
        for r in 0..<n { c[Int(truncatingIfNeeded: src[r] &>> shift)] &+= 1 }
        // Exclusive prefix sums: c[b] = where bucket b starts.
        var sum: Int32 = 0, largest: Int32 = 0
        for b in 0..<buckets {
            let k = c[b]
            c[b] = sum
            sum &+= k
            largest = max(largest, k)
        }
        // Scatter; afterwards c[b] = where bucket b ends.
        for r in 0..<n {
            let v = src[r]
            let b = Int(truncatingIfNeeded: v &>> shift)
            dst[Int(c[b])] = v
            c[b] &+= 1
        }
        if largest > Self.insertionLimit {
            // Buckets that are large anyway (a text repeating a few shingles many times): the
            // standard sort, so that no input is quadratic.
            var start = 0
            for b in 0..<buckets {
                let end = Int(c[b])
                if end - start > Self.insertionLimit {
                    var bucket = UnsafeMutableBufferPointer(start: dst + start, count: end - start)
                    bucket.sort()
                }
                start = end
            }
        }
    }
}
