/// 64-bit line keys → nonzero 64-bit values in one open-addressing table: the classifier's one
/// probe per line, for rule families' `exact` keys (`ExactKeyTable`) and learned lines
/// (`LearnedKeyTable`).
///
/// A `Dictionary` hashed every key with SipHash (~100 instructions per line of the corpus); keys
/// are FNV hashes already, so a multiply spreads them over the slots. Immutable after `init`, so
/// one table is shared by every worker.
final class KeyTable: @unchecked Sendable {
    private let keys: UnsafeMutablePointer<UInt64>
    /// 0 marks an empty slot: entries with value 0 are left out, and absent reads as 0 too.
    private let values: UnsafeMutablePointer<UInt64>
    private let slotMask: Int
    private let shift: UInt64

    init(_ entries: [UInt64: UInt64]) {
        let (slots, shift) = KeyProbe.size(for: entries.count)
        slotMask = slots - 1
        self.shift = shift
        keys = .allocate(capacity: slots)
        keys.initialize(repeating: 0, count: slots)
        values = .allocate(capacity: slots)
        values.initialize(repeating: 0, count: slots)
        for (key, v) in entries where v != 0 {
            var i = slot(key)
            while values[i] != 0 { i = (i + 1) & slotMask }
            keys[i] = key
            values[i] = v
        }
    }

    deinit { keys.deallocate(); values.deallocate() }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int { KeyProbe.start(key, shift: shift) }

    /// The value stored for `key`, 0 when there is none.
    @inline(__always)
    func value(of key: UInt64) -> UInt64 {
        var i = slot(key)
        while values[i] != 0 {
            if keys[i] == key { return values[i] }
            i = (i + 1) & slotMask
        }
        return 0
    }
}

/// Learned line keys → document counts.
struct LearnedKeyTable: Sendable {
    private let table: KeyTable

    init(_ counts: [UInt64: Int]) {
        table = KeyTable(counts.mapValues { UInt64(max($0, 0)) })
    }

    /// The document count of `key`, 0 when it is not learned.
    @inline(__always)
    func count(of key: UInt64) -> Int { Int(truncatingIfNeeded: table.value(of: key)) }
}

/// The distinct keys of one block: line keys (`BoilerplateLearner.scan` counts a key once per
/// document) or dedup's pair keys (`i << 32 | j`, one block of pairs; the multiply in `KeyProbe`
/// spreads them too): open addressing sized for the block, instead of a SipHash `Set`.
struct BlockKeySet {
    private var slots: [UInt64]
    private let slotMask: Int
    private let shift: UInt64
    /// Key 0 cannot sit in a slot (0 marks an empty one): tracked apart.
    private var hasZero = false

    /// A set for up to `capacity` keys.
    init(capacity: Int) {
        let (n, shift) = KeyProbe.size(for: capacity)
        slots = [UInt64](repeating: 0, count: n)
        slotMask = n - 1
        self.shift = shift
    }

    /// Empties the set, keeping its slots (dedup reuses one per block of pairs).
    mutating func removeAll() {
        slots.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
        hasZero = false
    }

    /// Adds `key`; true when it was not there yet.
    @inline(__always)
    mutating func insert(_ key: UInt64) -> Bool {
        if key == 0 {
            defer { hasZero = true }
            return !hasZero
        }
        var i = KeyProbe.start(key, shift: shift)
        return slots.withUnsafeMutableBufferPointer { s in
            while s[i] != 0 {
                if s[i] == key { return false }
                i = (i + 1) & slotMask
            }
            s[i] = key
            return true
        }
    }
}

/// The open-addressing layout `KeyTable`, `BlockKeySet`, `KeyMap` and `Cohesion`'s word ids share: a
/// power of two of slots (at most half full at sizing), a key's first slot from a multiply (keys are
/// hashes already), then linear probing.
enum KeyProbe {
    /// Slot count (≥ 16, at least twice `count`) and the shift that maps a product to a slot.
    static func size(for count: Int) -> (slots: Int, shift: UInt64) {
        var slots = 16, log = 4
        while slots < count * 2 { slots *= 2; log += 1 }
        return (slots, UInt64(64 - log))
    }

    /// The first slot probed for `key`.
    @inline(__always)
    /// `&>>`: every shift in use is 4...60, so no test for one past 63 is needed.
    static func start(_ key: UInt64, shift: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) &>> shift) }
}
