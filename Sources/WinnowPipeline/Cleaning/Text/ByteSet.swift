/// A set of bytes as 256 bits.
struct ByteSet: Equatable {
    private var w0: UInt64 = 0, w1: UInt64 = 0, w2: UInt64 = 0, w3: UInt64 = 0

    init() {}

    mutating func insert(_ b: UInt8) {
        let bit = UInt64(1) << UInt64(b & 63)
        switch b >> 6 {
        case 0: w0 |= bit
        case 1: w1 |= bit
        case 2: w2 |= bit
        default: w3 |= bit
        }
    }

    /// Selects the word with compares instead of a switch (which compiled to a jump table).
    @inline(__always)
    func contains(_ b: UInt8) -> Bool {
        let w = b < 0x80 ? (b < 0x40 ? w0 : w1) : (b < 0xC0 ? w2 : w3)
        return (w >> UInt64(b & 63)) & 1 != 0
    }
}
