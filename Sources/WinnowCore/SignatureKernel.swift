// The MinHash inner loop. Each permutation k maps a 64-bit shingle hash h to the 32-bit value
//     π_k(h) = (a_k · h + b_k) mod 2^64 >> 32        (multiply-shift; a_k odd, b_k random)
// computed with 32-bit pieces so it vectorizes: writing h = hi·2^32 + lo and a = aHi·2^32 + aLo,
//     π(h) = ((aLo · lo + b) >> 32) + aLo · hi + aHi · lo      (all mod 2^32)
// The first term needs one 32×32→64 multiply (vpmuludq) per permutation; the rest are 32-bit
// multiplies. Permutations are processed 16 at a time with the running minima in registers and the
// shingles in the inner loop (see shared notes, swift-hot-loop.md).

/// Constants for `kernelBlockWidth` permutations, laid out for whole-vector loads.
struct PermutationBlock {
    var aLo: SIMD16<UInt32>
    var aHi: SIMD16<UInt32>
    /// aLo of the even / odd permutations of the block, zero-extended to 64 bits.
    var aLoEven: SIMD8<UInt64>
    var aLoOdd: SIMD8<UInt64>
    var bEven: SIMD8<UInt64>
    var bOdd: SIMD8<UInt64>

    init(a: [UInt64], b: [UInt64]) {
        precondition(a.count == 16 && b.count == 16)
        aLo = SIMD16(repeating: 0); aHi = SIMD16(repeating: 0)
        aLoEven = SIMD8(repeating: 0); aLoOdd = SIMD8(repeating: 0)
        bEven = SIMD8(repeating: 0); bOdd = SIMD8(repeating: 0)
        for k in 0..<16 {
            aLo[k] = UInt32(truncatingIfNeeded: a[k])
            aHi[k] = UInt32(truncatingIfNeeded: a[k] >> 32)
        }
        for j in 0..<8 {
            aLoEven[j] = a[2 * j] & 0xFFFF_FFFF
            aLoOdd[j] = a[2 * j + 1] & 0xFFFF_FFFF
            bEven[j] = b[2 * j]
            bOdd[j] = b[2 * j + 1]
        }
    }
}

let kernelBlockWidth = 16

/// Scalar reference of one permutation, for tests: must equal the vector kernel lane by lane.
@inline(__always)
func permute(_ h: UInt64, a: UInt64, b: UInt64) -> UInt32 {
    UInt32(truncatingIfNeeded: (a &* h &+ b) >> 32)
}

@inline(__always)
func min16(_ x: SIMD16<UInt32>, _ y: SIMD16<UInt32>) -> SIMD16<UInt32> {
    x.replacing(with: y, where: y .< x)
}

/// Writes, for each block, the minimum over `count` shingles of the 16 permutations into
/// `out[16 * block ..< 16 * block + 16]`. `lo`/`hi` are the shingle hashes' 32-bit halves.
@inline(never)
func minhashKernel(
    lo: UnsafePointer<UInt32>, hi: UnsafePointer<UInt32>, count: Int,
    blocks: UnsafePointer<PermutationBlock>, blockCount: Int,
    out: UnsafeMutablePointer<UInt32>
) {
    let low32 = SIMD8<UInt64>(repeating: 0xFFFF_FFFF)
    let high32 = SIMD8<UInt64>(repeating: 0xFFFF_FFFF_0000_0000)
    for blk in 0..<blockCount {
        let c = blocks[blk]
        var m = SIMD16<UInt32>(repeating: .max)
        for s in 0..<count {
            let l = lo[s]
            let l64 = SIMD8<UInt64>(repeating: UInt64(l))
            let xe = (c.aLoEven & low32) &* l64 &+ c.bEven
            let xo = (c.aLoOdd & low32) &* l64 &+ c.bOdd
            let top = unsafeBitCast((xe &>> 32) | (xo & high32), to: SIMD16<UInt32>.self)
            let y = c.aLo &* SIMD16<UInt32>(repeating: hi[s]) &+ c.aHi &* SIMD16<UInt32>(repeating: l)
            m = min16(m, top &+ y)
        }
        UnsafeMutableRawPointer(out + blk * kernelBlockWidth).storeBytes(of: m, as: SIMD16<UInt32>.self)
    }
}
