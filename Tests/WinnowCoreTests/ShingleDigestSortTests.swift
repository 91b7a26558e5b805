import XCTest
@testable import WinnowCore

/// The shingle digest made while signing (`ShingleSorter.sortedDigest`, folding the raw hashes,
/// repeats and all) against its definition: the sorted distinct 64-bit set, each value folded to
/// 32 bits (`v ^ (v >> 32)`), sorted, distinct.
final class ShingleDigestSortTests: XCTestCase {
    private func reference(_ values: [UInt64]) -> [UInt32] {
        Array(Set(values.map { UInt32(truncatingIfNeeded: $0 ^ ($0 >> 32)) })).sorted()
    }

    func testDigestMatchesFoldedDistinctSet() {
        var rng = SplitMix64(seed: 11)
        var sorter = ShingleSorter()
        defer { sorter.deallocate() }
        var digest: [UInt32] = [5, 4]   // replaced, not appended to
        func check(_ values: [UInt64], _ label: String) {
            values.withUnsafeBufferPointer {
                sorter.sortedDigest($0.baseAddress ?? UnsafePointer(bitPattern: 8)!, count: $0.count, into: &digest)
            }
            XCTAssertEqual(digest, reference(values), label)
        }
        check([], "empty")
        for n in [1, 2, 31, 32, 33, 100, 1000, 70_000] {
            let uniform = (0..<n).map { _ in rng.next() }
            check(uniform, "uniform \(n)")
            check((0..<n).map { _ in uniform[Int(rng.next() % UInt64(max(1, n / 10)))] }, "repeats \(n)")
            check((0..<n).map { _ in rng.next() >> 40 }, "one bucket \(n)")   // top bits all zero
            // Distinct 64-bit values that fold to one 32-bit value: a digest collision.
            check((0..<n).flatMap { _ -> [UInt64] in
                let x = rng.next(), high = rng.next() >> 32
                let low = (x ^ (x >> 32) ^ high) & 0xFFFF_FFFF
                return [x, high << 32 | low]   // hi ^ lo of both is the same 32 bits
            }, "colliding \(n)")
        }
        // A smaller document after a larger one reuses the fold buffer.
        check((0..<10).map { UInt64($0) << 33 }, "after large")
    }

    /// The hasher's digest is its shingle set folded, whatever the document size.
    func testHasherDigestIsItsFoldedShingleSet() {
        let hasher = MinHasher(parameters: SketchParameters(ngram: 3, permutations: 16, bands: 4, rows: 4, seed: 3))
        let words = (0..<3000).map { i -> String in
            var v = i % 700, s = "w"
            repeat { s.append(Character(UnicodeScalar(UInt8(97 + v % 26)))); v /= 26 } while v > 0
            return s
        }
        for count in [2000, 40, 3, 2999, 1, 0] {
            let text = words.prefix(count).joined(separator: " ")
            XCTAssertEqual(hasher.shingleDigest(text), reference(hasher.shingleSet(text)), "count \(count)")
        }
    }
}
