import Foundation
import XCTest
@testable import WinnowCore

final class LSHParametersTests: XCTestCase {
    /// Pinned from datasketch 1.x `_optimal_param(threshold, num_perm, 0.5, 0.5)` (scipy quad).
    func testOptimalMatchesDatasketch() {
        let cases: [(Double, Int, Int, Int)] = [
            (0.5, 128, 25, 5), (0.7, 128, 14, 9), (0.8, 128, 9, 13), (0.85, 128, 8, 16),
            (0.9, 128, 5, 25), (0.8, 256, 17, 15),
        ]
        for (t, k, b, r) in cases {
            let got = LSHParameters.optimal(threshold: t, permutations: k)
            XCTAssertEqual(got.bands, b, "threshold \(t) K \(k)")
            XCTAssertEqual(got.rows, r, "threshold \(t) K \(k)")
        }
        let weighted = LSHParameters.optimal(threshold: 0.8, permutations: 128, falsePositiveWeight: 0.3, falseNegativeWeight: 0.7)
        XCTAssertEqual(weighted.bands, 11)
        XCTAssertEqual(weighted.rows, 11)
    }

    func testCandidateProbabilityAndAreas() {
        XCTAssertEqual(LSHParameters.candidateProbability(jaccard: 1, bands: 9, rows: 13), 1)
        XCTAssertEqual(LSHParameters.candidateProbability(jaccard: 0, bands: 9, rows: 13), 0)
        XCTAssertEqual(LSHParameters.candidateProbability(jaccard: 0.5, bands: 1, rows: 1), 0.5, accuracy: 1e-12)
        // ∫₀¹ s ds = 0.5 for b = r = 1.
        XCTAssertEqual(LSHParameters.falsePositiveArea(threshold: 1, bands: 1, rows: 1), 0.5, accuracy: 1e-9)
        XCTAssertEqual(LSHParameters.falseNegativeArea(threshold: 0, bands: 1, rows: 2), 2.0 / 3, accuracy: 1e-9)
    }

    func testBandKeysDependOnBandAndValues() {
        let p = SketchParameters(ngram: 5, permutations: 8, bands: 2, rows: 4)
        let k1 = p.bandKeys([1, 2, 3, 4, 1, 2, 3, 4])
        XCTAssertEqual(k1.count, 2)
        XCTAssertNotEqual(k1[0], k1[1], "same values in another band must give another key")
        let k2 = p.bandKeys([1, 2, 3, 4, 1, 2, 3, 5])
        XCTAssertEqual(k1[0], k2[0])
        XCTAssertNotEqual(k1[1], k2[1])
    }

    func testParametersCompatibility() {
        let a = SketchParameters(ngram: 5, permutations: 128, bands: 9, rows: 13)
        XCTAssertNil(a.incompatibility(with: a))
        XCTAssertNil(a.validationError())
        var b = a
        b.ngram = 3
        b.tokenizer.stripAccents = true
        XCTAssertEqual(a.incompatibility(with: b), "ngram 5 ≠ 3; stripAccents false ≠ true")
        b = a
        b.bands = 20
        XCTAssertNotNil(b.validationError())
        let decoded = try! JSONDecoder().decode(SketchParameters.self, from: JSONEncoder().encode(a))
        XCTAssertEqual(decoded, a)
        let t = SketchParameters(threshold: 0.8)
        XCTAssertEqual(t.bands, 9)
        XCTAssertEqual(t.rows, 13)
    }
}

final class UnionFindTests: XCTestCase {
    func testUnionFind() {
        var uf = UnionFind(count: 8)
        XCTAssertTrue(uf.union(0, 1))
        XCTAssertTrue(uf.union(2, 3))
        XCTAssertTrue(uf.union(1, 3))
        XCTAssertFalse(uf.union(0, 2))
        XCTAssertTrue(uf.union(6, 5))
        XCTAssertEqual(uf.find(3), uf.find(0))
        XCTAssertNotEqual(uf.find(4), uf.find(0))
        XCTAssertEqual(uf.setSize(2), 4)
        XCTAssertEqual(uf.groups(), [[0, 1, 2, 3], [5, 6]])
        XCTAssertEqual(uf.find(6), 5, "equal sizes: the smaller index becomes the root")
    }

    func testLongChainCompresses() {
        var uf = UnionFind(count: 10_000)
        for i in 1..<10_000 { uf.union(i - 1, i) }
        XCTAssertEqual(uf.find(9_999), uf.find(0))
        XCTAssertEqual(uf.groups().count, 1)
    }
}

final class LSHRecallTests: XCTestCase {
    func testForRecallMeetsTheTargetWithLeastFalsePositiveArea() throws {
        let (b, r) = try XCTUnwrap(LSHParameters.forRecall(threshold: 0.8, permutations: 128, recall: 0.99))
        XCTAssertLessThanOrEqual(b * r, 128)
        XCTAssertGreaterThanOrEqual(LSHParameters.candidateProbability(jaccard: 0.8, bands: b, rows: r), 0.99)
        // Every other banding that reaches the target has at least as much false-positive area.
        let fp = LSHParameters.falsePositiveArea(threshold: 0.8, bands: b, rows: r)
        for rows in 1...128 {
            for bands in 1...(128 / rows) where LSHParameters.candidateProbability(jaccard: 0.8, bands: bands, rows: rows) >= 0.99 {
                XCTAssertGreaterThanOrEqual(LSHParameters.falsePositiveArea(threshold: 0.8, bands: bands, rows: rows), fp - 1e-12)
            }
        }
        // datasketch's weighted optimum misses most pairs at the threshold: the reason for this rule.
        let weighted = LSHParameters.optimal(threshold: 0.8, permutations: 128)
        XCTAssertLessThan(LSHParameters.candidateProbability(jaccard: 0.8, bands: weighted.bands, rows: weighted.rows), 0.5)
    }

    func testForRecallIsNilWhenUnreachable() {
        XCTAssertNil(LSHParameters.forRecall(threshold: 0.8, permutations: 2, recall: 0.999))
    }
}
