/// A bitmap in front of the learned keys' table: the classifier asks about every line of the
/// corpus, and nearly all are not learned. The table (16,987 keys on dumps-300: 65,536 slots of
/// key and count, 1 MB) missed the cache on most of those probes; one bit per hashed key in 64 KiB
/// settles most of them (a few percent of lines pass on to the table, which alone decides).
struct LearnedKeyFilter: Sendable {
    private let words: [UInt64]
    private let shift: UInt64

    init<S: Sequence>(keys: S, count: Int) where S.Element == UInt64 {
        // At least 32 bits per key, between 2^12 and 2^19 bits (512 B ... 64 KiB).
        var log: UInt64 = 12
        while log < 19 && (1 << log) < count * 32 { log += 1 }
        shift = 64 - log
        var words = [UInt64](repeating: 0, count: 1 << (log - 6))
        for key in keys {
            let b = Self.bit(key, shift)
            words[b >> 6] |= 1 << UInt64(b & 63)
        }
        self.words = words
    }

    /// A multiply other than `KeyProbe`'s, so the bits do not follow the table's slots.
    @inline(__always)
    private static func bit(_ key: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0xC2B2_AE3D_27D4_EB4F) &>> shift)
    }

    /// False when `key` is certainly not learned.
    @inline(__always)
    func mayContain(_ key: UInt64) -> Bool {
        let b = Self.bit(key, shift)
        return words.withUnsafeBufferPointer { $0[b >> 6] } & (1 << UInt64(b & 63)) != 0
    }
}
