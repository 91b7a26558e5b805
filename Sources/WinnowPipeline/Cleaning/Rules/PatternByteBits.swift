/// A set of bytes as 256 bits: the byte classes the parser unions at every step (`\d` and `\w`
/// carry all 128 non-ASCII bytes) cost four ORs, where a `Set<UInt8>` hashed each member (most of
/// compiling the rule families: ~59 M instructions for news.yaml's 52 patterns, per classifier).
struct ByteBits: Equatable, ExpressibleByArrayLiteral {
    private var w = (UInt64(0), UInt64(0), UInt64(0), UInt64(0))

    init() {}
    init(arrayLiteral bytes: UInt8...) { for b in bytes { insert(b) } }
    init(_ bytes: some Sequence<UInt8>) { for b in bytes { insert(b) } }

    static func == (a: ByteBits, b: ByteBits) -> Bool { a.w == b.w }

    mutating func insert(_ b: UInt8) {
        let bit = UInt64(1) << UInt64(b & 63)
        switch b >> 6 {
        case 0: w.0 |= bit
        case 1: w.1 |= bit
        case 2: w.2 |= bit
        default: w.3 |= bit
        }
    }

    func contains(_ b: UInt8) -> Bool {
        let word: UInt64
        switch b >> 6 {
        case 0: word = w.0
        case 1: word = w.1
        case 2: word = w.2
        default: word = w.3
        }
        return (word >> UInt64(b & 63)) & 1 != 0
    }

    var isEmpty: Bool { w.0 | w.1 | w.2 | w.3 == 0 }

    func union(_ o: ByteBits) -> ByteBits {
        var r = self
        r.formUnion(o)
        return r
    }

    mutating func formUnion(_ o: ByteBits) { w = (w.0 | o.w.0, w.1 | o.w.1, w.2 | o.w.2, w.3 | o.w.3) }

    func isSubset(of o: ByteBits) -> Bool {
        w.0 & ~o.w.0 == 0 && w.1 & ~o.w.1 == 0 && w.2 & ~o.w.2 == 0 && w.3 & ~o.w.3 == 0
    }

    /// The members, ASCII lower-cased.
    var lowered: ByteBits {
        var r = self
        // A-Z (0x41-0x5A, bits 1-26 of the second word) move to a-z (bits 33-58).
        let upper = w.1 & (UInt64(0x3FF_FFFF) << 1)
        r.w.1 = (w.1 & ~upper) | (upper << 32)
        return r
    }

    /// The members in increasing order.
    var members: [UInt8] { (0...255).map(UInt8.init).filter(contains) }
}
