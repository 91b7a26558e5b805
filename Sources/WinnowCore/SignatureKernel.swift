// The MinHash inner loop. Each shingle's 64-bit hash is folded to a 32-bit key x (its low half:
// the hash is already well mixed, and 32-bit collisions inside one document are negligible; exact
// Jaccard still uses the full 64-bit hashes). Permutation k maps x to
//     π_k(x) = (a_k · x + b_k) mod 2^64 >> 32      (a_k, b_k 64-bit, x 32-bit)
// Dietzfelbinger's multiply-add-shift, strongly universal from 32-bit keys to 32-bit values.
// With a = aHi·2^32 + aLo it is, mod 2^32,
//     π(x) = ((aLo · x + b) mod 2^64 >> 32) + aHi · x
// one 32×32→64 multiply (vpmuludq) for the first term and one 32-bit multiply (vpmulld) for the
// second, per lane; the former 64-bit-key form needed two vpmulld. Permutations are processed 16
// at a time with the running minima in registers and the shingles in the inner loop (see shared
// notes, swift-hot-loop.md).

/// Constants for `kernelBlockWidth` permutations, laid out for whole-vector loads.
struct PermutationBlock {
    var aHi: SIMD16<UInt32>
    /// aLo of the even / odd permutations of the block, zero-extended to 64 bits.
    var aLoEven: SIMD8<UInt64>
    var aLoOdd: SIMD8<UInt64>
    var bEven: SIMD8<UInt64>
    var bOdd: SIMD8<UInt64>

    init(a: [UInt64], b: [UInt64]) {
        precondition(a.count == 16 && b.count == 16)
        aHi = SIMD16(repeating: 0)
        aLoEven = SIMD8(repeating: 0); aLoOdd = SIMD8(repeating: 0)
        bEven = SIMD8(repeating: 0); bOdd = SIMD8(repeating: 0)
        for k in 0..<16 { aHi[k] = UInt32(truncatingIfNeeded: a[k] >> 32) }
        for j in 0..<8 {
            aLoEven[j] = a[2 * j] & 0xFFFF_FFFF
            aLoOdd[j] = a[2 * j + 1] & 0xFFFF_FFFF
            bEven[j] = b[2 * j]
            bOdd[j] = b[2 * j + 1]
        }
    }
}

let kernelBlockWidth = 16

/// The 32-bit key a 64-bit shingle hash is permuted as.
@inline(__always)
func shingleKey(_ h: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: h) }

/// Scalar reference of one permutation, for tests: must equal the vector kernel lane by lane.
@inline(__always)
func permute(_ x: UInt32, a: UInt64, b: UInt64) -> UInt32 {
    UInt32(truncatingIfNeeded: (a &* UInt64(x) &+ b) >> 32)
}

@inline(__always)
func min16(_ x: SIMD16<UInt32>, _ y: SIMD16<UInt32>) -> SIMD16<UInt32> {
    x.replacing(with: y, where: y .< x)
}

/// Writes, for each block, the minimum over `count` shingles of the 16 permutations into
/// `out[16 * block ..< 16 * block + 16]`. `hashes` are the shingles' 64-bit hashes; only their
/// 32-bit keys (`shingleKey`, the low halves) are read.
@inline(never)
func minhashKernel(
    hashes: UnsafePointer<UInt64>, count: Int,
    blocks: UnsafePointer<PermutationBlock>, blockCount: Int,
    out: UnsafeMutablePointer<UInt32>
) {
    let low32 = SIMD8<UInt64>(repeating: 0xFFFF_FFFF)
    let high32 = SIMD8<UInt64>(repeating: 0xFFFF_FFFF_0000_0000)
    for blk in 0..<blockCount {
        let c = blocks[blk]
        var m = SIMD16<UInt32>(repeating: .max)
        for s in 0..<count {
            let x32 = SIMD16<UInt32>(repeating: shingleKey(hashes[s]))
            // The same broadcast seen as 64-bit lanes; masking tells the compiler only the low
            // halves matter, so the 64-bit products are single vpmuludq.
            let x64 = unsafeBitCast(x32, to: SIMD8<UInt64>.self) & low32
            let xe = (c.aLoEven & low32) &* x64 &+ c.bEven
            let xo = (c.aLoOdd & low32) &* x64 &+ c.bOdd
            let top = unsafeBitCast((xe &>> 32) | (xo & high32), to: SIMD16<UInt32>.self)
            m = min16(m, top &+ c.aHi &* x32)
        }
        UnsafeMutableRawPointer(out + blk * kernelBlockWidth).storeBytes(of: m, as: SIMD16<UInt32>.self)
    }
}
