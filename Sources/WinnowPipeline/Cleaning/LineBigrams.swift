/// Which byte pairs occur in a folded line, as 1024 hashed bits.
///
/// `ByteMask` (which bytes occur) is a weak filter on prose: a 200-byte sentence holds nearly every
/// letter, so "could this line contain `all rights reserved`?" passed the mask and fell through to a
/// substring scan per literal per family. Pairs are far sharper: a literal can occur only if every
/// pair of adjacent bytes in it occurs in the line, and a prose line sets ~15% of the bits, so a
/// literal of 6+ bytes is almost always rejected in a handful of instructions. A necessary
/// condition only: hash collisions admit a line, never reject one.
struct LineBigrams {
    static let words = 16
    let bits: UnsafePointer<UInt64>

    @inline(__always)
    static func index(_ a: UInt8, _ b: UInt8) -> Int {
        Int(((UInt32(a) << 8 | UInt32(b)) &* 0x9E37_79B1) >> 22)
    }

    /// Fills `bits` (`words` words) with the pairs of `folded`.
    @inline(__always)
    static func fill(_ bits: UnsafeMutablePointer<UInt64>, from folded: UnsafeBufferPointer<UInt8>) {
        bits.update(repeating: 0, count: words)
        let n = folded.count
        guard n >= 2 else { return }
        var prev = folded[0]
        var i = 1
        while i < n {
            let b = folded[i]
            let k = index(prev, b)
            bits[k >> 6] |= 1 << UInt64(k & 63)
            prev = b
            i += 1
        }
    }

    /// The distinct pair indices of `literal` (empty for literals under 2 bytes: no condition).
    static func indices(_ literal: [UInt8]) -> [UInt16] {
        guard literal.count >= 2 else { return [] }
        return Array(Set((1..<literal.count).map { UInt16(index(literal[$0 - 1], literal[$0])) })).sorted()
    }

    /// Whether every pair in `needle` (indices from `indices`) may occur in the line.
    @inline(__always)
    func containsAll(_ needle: UnsafeBufferPointer<UInt16>) -> Bool {
        for k in needle where bits[Int(k) >> 6] & (1 << UInt64(k & 63)) == 0 { return false }
        return true
    }
}

/// Pair-index lists of several literals back to back (`ends[k]`: where literal k's list ends),
/// so a lookup in the hot loop makes no array retain.
struct BigramLists {
    let flat: [UInt16]
    let ends: [Int]

    /// `usable[k] == false` leaves literal k without a pair condition.
    init(_ literals: [[UInt8]], usable: [Bool]? = nil) {
        var f: [UInt16] = [], e: [Int] = []
        for (k, lit) in literals.enumerated() {
            if usable?[k] ?? true { f += LineBigrams.indices(lit) }
            e.append(f.count)
        }
        flat = f
        ends = e
    }

    /// Whether literal `k` passes the pair test of `bigrams` (true when there is no test).
    @inline(__always)
    func admits(_ k: Int, _ bigrams: LineBigrams?) -> Bool {
        guard let bigrams else { return true }
        let start = k == 0 ? 0 : ends[k - 1], end = ends[k]
        if start == end { return true }
        return flat.withUnsafeBufferPointer { bigrams.containsAll(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }
}
