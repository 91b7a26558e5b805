// Small, fast 64-bit mixing primitives (wyhash-style). Everything here is deterministic across
// platforms: only wrapping integer arithmetic and little-endian packing of bytes.

/// Secrets: odd 64-bit constants with about half the bits set (from wyhash).
@usableFromInline let secret0: UInt64 = 0xa076_1d64_78bd_642f
@usableFromInline let secret1: UInt64 = 0xe703_7ed1_a0b4_28db
@usableFromInline let secret2: UInt64 = 0x8ebc_6af0_9c88_c6e3
@usableFromInline let secret3: UInt64 = 0x5899_65cc_7537_4cc3

/// Multiply two 64-bit words to 128 bits and fold the halves: the core mixing step of wyhash.
@inline(__always) @usableFromInline
func mum(_ a: UInt64, _ b: UInt64) -> UInt64 {
    let r = a.multipliedFullWidth(by: b)
    return r.high ^ r.low
}

/// splitmix64: turns a seed into a stream of well-distributed 64-bit values (permutation constants).
@usableFromInline
struct SplitMix64 {
    @usableFromInline var state: UInt64
    @inlinable init(seed: UInt64) { state = seed }
    @inlinable mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}

/// Streaming byte hash: bytes are packed little-endian into 8-byte words, each full word is mixed
/// into the state, and `finish` mixes the tail and the length. Feeding the same bytes always gives
/// the same value, however they were produced (ASCII fast path or decoded code points).
@usableFromInline
struct ByteHasher {
    @usableFromInline var state: UInt64
    @usableFromInline var word: UInt64 = 0
    @usableFromInline var shift: UInt64 = 0
    @usableFromInline var count: UInt64 = 0
    @usableFromInline let seed: UInt64

    @inlinable init(seed: UInt64) {
        self.seed = seed
        self.state = seed
    }

    @inline(__always) @usableFromInline
    mutating func add(_ byte: UInt8) {
        word |= UInt64(byte) &<< shift
        shift &+= 8
        count &+= 1
        if shift == 64 {
            state = mum(word ^ secret1, state ^ secret0)
            word = 0
            shift = 0
        }
    }

    /// The hash of the bytes added since the last `finish`; resets for the next token.
    @inline(__always) @usableFromInline
    mutating func finish() -> UInt64 {
        let h = mum(secret1 ^ count, mum(word ^ secret2, state ^ secret3))
        state = seed
        word = 0
        shift = 0
        count = 0
        return h
    }
}

/// Hash of a whole byte buffer with the streaming hasher (tests and cold paths).
func hashBytes(_ bytes: UnsafeBufferPointer<UInt8>, seed: UInt64) -> UInt64 {
    var h = ByteHasher(seed: seed)
    for b in bytes { h.add(b) }
    return h.finish()
}
