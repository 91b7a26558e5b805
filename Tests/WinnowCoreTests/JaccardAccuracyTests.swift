import XCTest
@testable import WinnowCore

final class JaccardAccuracyTests: XCTestCase {
    func testExactJaccard() {
        XCTAssertEqual(Jaccard.exact([1, 2, 3], [2, 3, 4]), 0.5)
        XCTAssertEqual(Jaccard.exact([1, 2], [1, 2]), 1)
        XCTAssertEqual(Jaccard.exact([1], [2]), 0)
        XCTAssertEqual(Jaccard.exact([], []), 0)
        XCTAssertEqual(Jaccard.exact([], [5]), 0)
        XCTAssertEqual(Jaccard.exact([5], []), 0)
        XCTAssertEqual(Jaccard.exact([UInt32(1), 5, 9], [5, 9, 12, 40]), 0.4)
        // The merge against a Set reference on overlapping random sets of many sizes.
        var seed: UInt64 = 11
        func next() -> UInt64 { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return seed >> 20 }
        for n in [1, 2, 7, 100, 1000] {
            let pool = (0..<(2 * n)).map { _ in next() }
            let a = Array(Set(pool.prefix(n + n / 3))).sorted(), b = Array(Set(pool.suffix(n))).sorted()
            let common = Set(a).intersection(b).count
            XCTAssertEqual(Jaccard.exact(a, b), Double(common) / Double(a.count + b.count - common), "n \(n)")
            XCTAssertEqual(Jaccard.exact(b, a), Jaccard.exact(a, b))
        }
        XCTAssertEqual(Jaccard.estimate([1, 2, 3, 4], [1, 2, 0, 0]), 0.5)
        // The buffer overload, on slices of one flat buffer as the dedup stage stores signatures.
        let flat: [UInt32] = [1, 2, 3, 4, 1, 9, 3, 9]
        flat.withUnsafeBufferPointer { f in
            XCTAssertEqual(Jaccard.estimate(UnsafeBufferPointer(rebasing: f[0..<4]), UnsafeBufferPointer(rebasing: f[4..<8])), 0.5)
            XCTAssertEqual(Jaccard.estimate(UnsafeBufferPointer(rebasing: f[0..<4]), UnsafeBufferPointer(rebasing: f[0..<4])), 1)
        }
    }

    /// Deterministic word stream (xorshift over a 5,000-word vocabulary).
    func words(_ count: Int, seed: UInt64) -> [String] {
        var s = seed | 1
        return (0..<count).map { _ in
            s ^= s << 13; s ^= s >> 7; s ^= s << 17
            return "w\(s % 5000)"
        }
    }

    /// Estimated vs exact Jaccard over random and near-duplicate pairs: every pair within
    /// 4·√(J(1−J)/K) + 0.02, and the mean signed error near 0 (no bias).
    func testEstimateWithinBinomialBound() {
        let k = 128
        let hasher = MinHasher(parameters: SketchParameters(ngram: 5, permutations: k, bands: 9, rows: 13))
        var errors: [Double] = []
        var worstRatio = 0.0
        var rng: UInt64 = 0x1234_5678
        func next() -> UInt64 { rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17; return rng }
        for pair in 0..<300 {
            let base = words(200 + Int(next() % 300), seed: UInt64(pair) &+ 99)
            var other = base
            switch pair % 3 {
            case 0:  // independent document
                other = words(base.count, seed: UInt64(pair) &+ 100_000)
            case 1:  // near duplicate: edit a fraction of positions
                let edits = Int(next() % 40)
                for _ in 0..<edits { other[Int(next() % UInt64(other.count))] = "edit\(next() % 1000)" }
            default:  // overlap: a shifted window of the same text plus new words
                let cut = Int(next() % UInt64(base.count / 2))
                other = Array(base[cut...]) + words(cut, seed: UInt64(pair) &+ 7)
            }
            let a = base.joined(separator: " "), b = other.joined(separator: " ")
            let exact = Jaccard.exact(hasher.shingleSet(a), hasher.shingleSet(b))
            let est = Jaccard.estimate(hasher.signature(a), hasher.signature(b))
            let bound = 4 * (exact * (1 - exact) / Double(k)).squareRoot() + 0.02
            XCTAssertLessThanOrEqual(abs(est - exact), bound, "pair \(pair): exact \(exact) est \(est)")
            errors.append(est - exact)
            worstRatio = max(worstRatio, abs(est - exact) / bound)
        }
        let mean = errors.reduce(0, +) / Double(errors.count)
        let rmse = (errors.map { $0 * $0 }.reduce(0, +) / Double(errors.count)).squareRoot()
        print("MinHash K=\(k): mean error \(mean), RMSE \(rmse), worst |err|/bound \(worstRatio) over \(errors.count) pairs")
        XCTAssertLessThan(abs(mean), 0.01)
    }
}
