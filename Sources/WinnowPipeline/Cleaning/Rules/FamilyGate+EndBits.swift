/// The gate's end conditions as bits (`FamilyGate`'s tables hold one `EndBits` per byte or pair).
extension FamilyGate {
    /// End conditions as bits: 192 of them. With 64, the families past the 64th end condition of
    /// the rule file (16 of news.yaml's 37 once the portal families came: timestamps, contributor,
    /// the read-also and sponsor labels, …) were let through on every line: ~1/3 of `classify`'s
    /// instructions on dev A. 128 ran out again at 54 families (the feed, newsletter and forum
    /// families); `RuleNamesTests` says when this must grow.
    struct EndBits {
        var lo: UInt64 = 0
        var mid: UInt64 = 0
        var hi: UInt64 = 0
        static let capacity = 192

        init() {}
        init(lo: UInt64, mid: UInt64, hi: UInt64) { self.lo = lo; self.mid = mid; self.hi = hi }
        /// Bit `n` (< 192) alone.
        init(bit n: Int) {
            if n < 64 { lo = 1 << UInt64(n) } else if n < 128 { mid = 1 << UInt64(n - 64) } else { hi = 1 << UInt64(n - 128) }
        }

        var isEmpty: Bool { lo | mid | hi == 0 }
        @inline(__always) static func & (a: EndBits, b: EndBits) -> EndBits { EndBits(lo: a.lo & b.lo, mid: a.mid & b.mid, hi: a.hi & b.hi) }
        @inline(__always) static func | (a: EndBits, b: EndBits) -> EndBits { EndBits(lo: a.lo | b.lo, mid: a.mid | b.mid, hi: a.hi | b.hi) }
        @inline(__always) static func |= (a: inout EndBits, b: EndBits) { a.lo |= b.lo; a.mid |= b.mid; a.hi |= b.hi }
        /// Whether the two share a bit.
        @inline(__always) func meets(_ other: EndBits) -> Bool { (lo & other.lo) | (mid & other.mid) | (hi & other.hi) != 0 }
    }
}
