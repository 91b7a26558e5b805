/// Jaccard similarity |A ∩ B| / |A ∪ B| of shingle sets: exact from the sets, or estimated from
/// MinHash signatures (the fraction of equal slots, an unbiased estimate with standard error
/// √(J(1−J)/K)). Candidates found by LSH are confirmed with `exact` when the sets are kept.
public enum Jaccard {
    /// Exact Jaccard of two sorted arrays of unique values (as `MinHasher` returns them, or the
    /// index's 32-bit digests). Two empty sets give 0: no evidence that two empty documents are
    /// duplicates.
    public static func exact(_ a: [UInt64], _ b: [UInt64]) -> Double { exactSorted(a, b) }

    /// `exact` for any integer element type (the 32-bit shingle digests dedup and the index
    /// compare). Inlinable, so a caller in another module gets it specialized, not a generic merge.
    @inlinable
    public static func exact<T: FixedWidthInteger>(_ a: [T], _ b: [T]) -> Double { exactSorted(a, b) }

    /// The merge runs over buffer pointers (no bounds checks). It branches on the comparison: a
    /// branch-free form (advance by comparison results) measured 1.1-2.5x slower on sets of 1000 at
    /// 50-95% overlap, since each step then waits on the previous step's loads.
    @inlinable @inline(__always)
    static func exactSorted<T: FixedWidthInteger>(_ a: [T], _ b: [T]) -> Double {
        if a.isEmpty || b.isEmpty { return 0 }   // both empty, or no common value: 0 / |A ∪ B|
        let common = a.withUnsafeBufferPointer { x in
            b.withUnsafeBufferPointer { y in commonCount(x.baseAddress!, x.count, y.baseAddress!, y.count) }
        }
        return Double(common) / Double(a.count + b.count - common)
    }

    /// |A ∩ B| of two sorted arrays of unique values.
    @inlinable @inline(__always)
    static func commonCount<T: FixedWidthInteger>(_ a: UnsafePointer<T>, _ na: Int,
                                                  _ b: UnsafePointer<T>, _ nb: Int) -> Int {
        var i = 0, j = 0, common = 0
        while i < na && j < nb {
            let x = a[i], y = b[j]
            if x == y {
                common &+= 1; i &+= 1; j &+= 1
            } else if x < y {
                i &+= 1
            } else {
                j &+= 1
            }
        }
        return common
    }

    /// Estimated Jaccard: the fraction of positions where two signatures agree.
    public static func estimate(_ a: [UInt32], _ b: [UInt32]) -> Double {
        a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in estimate(x, y) } }
    }

    /// `estimate` over signatures in caller-owned memory (e.g. slices of one flat K × n buffer).
    public static func estimate(_ a: UnsafeBufferPointer<UInt32>, _ b: UnsafeBufferPointer<UInt32>) -> Double {
        precondition(a.count == b.count && !a.isEmpty, "signatures must have the same, non-zero length")
        var equal = 0
        for k in 0..<a.count where a[k] == b[k] { equal &+= 1 }
        return Double(equal) / Double(a.count)
    }
}
