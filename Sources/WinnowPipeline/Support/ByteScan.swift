/// Eight-bytes-at-a-time (SWAR) tests on UTF-8 text, shared by the cleaning and splitting byte
/// loops (`LineScan`, `LineText`, `SplitText`), so each loop can take a whole word of plain ASCII
/// in one step.
///
/// Byte k of a word is bits 8k..<8k+8 (words are loaded little-endian); a result mask has the
/// high bit of byte k set where the test holds for byte k. The range and equality tests assume
/// every byte is ASCII (< 0x80: test `x & highs == 0` first), so no sum carries into the next byte.
enum ByteScan {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The 8 bytes at `base + i`, byte i in the low bits.
    @inline(__always)
    static func load(_ base: UnsafePointer<UInt8>, _ i: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
    }

    /// Bytes of the ASCII word `x` in `lo...hi` (hi ≤ 0x7F).
    @inline(__always)
    static func inRange(_ x: UInt64, _ lo: UInt8, _ hi: UInt8) -> UInt64 {
        // x + (0x80 - lo) reaches the high bit iff x ≥ lo; x + (0x7F - hi) iff x > hi (no carries:
        // every sum stays under 0x100 for x < 0x80).
        (x &+ UInt64(0x80 - lo) &* ones) & ~(x &+ UInt64(0x7F - hi) &* ones) & highs
    }

    /// Bytes of the ASCII word `x` equal to `b` (< 0x80).
    @inline(__always)
    static func equal(_ x: UInt64, _ b: UInt8) -> UInt64 {
        let t = x ^ (UInt64(b) &* ones)
        return ~(t &+ 0x7F &* ones) & highs
    }

    /// ASCII letters of the ASCII word `x`, either case.
    @inline(__always)
    static func letters(_ x: UInt64) -> UInt64 { inRange(x | 0x20 &* ones, 0x61, 0x7A) }

    /// Number of marked bytes in a mask. (`nonzeroBitCount` is a dozen instructions without
    /// POPCNT, which the default x86-64 target lacks; a multiply sums the bytes' flags.)
    @inline(__always)
    static func count(_ mask: UInt64) -> Int { Int(truncatingIfNeeded: ((mask >> 7) &* ones) >> 56) }

    /// Index of the first marked byte of a nonzero mask.
    @inline(__always)
    static func firstIndex(_ mask: UInt64) -> Int { mask.trailingZeroBitCount >> 3 }

    /// Bytes of `x` (any bytes) that are zero: the classic "has a zero byte" word test. Exact at
    /// the lowest set bit and exact for "none"; a mark above a true one may be false (the borrow
    /// runs upward), so callers read only the first mark or whether there is one.
    @inline(__always)
    static func zeroBytes(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }

    /// Bit k set where byte k of `x` is zero, exact for every byte (no carry crosses a byte),
    /// gathered into the low 8 bits.
    @inline(__always)
    static func zeroBits(_ x: UInt64) -> UInt64 {
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let zero = ~(((x & low7) &+ low7) | x | low7)
        return (zero &* 0x0002_0408_1020_4081) &>> 56
    }

    /// Number of UTF-8 continuation bytes (10xxxxxx) in `x` (any bytes).
    @inline(__always)
    static func continuationCount(_ x: UInt64) -> Int { count(x & ~(x << 1) & highs) }
}
