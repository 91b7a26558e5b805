import XCTest
@testable import WinnowCore

/// `ShingleSorter` against the obvious reference (distinct values, sorted) on the shapes that take
/// its different paths: tiny sets (insertion sort only), uniform hashes (one value per bucket),
/// many repeats, values crowding one bucket (the standard-sort fallback), and extreme values.
final class ShingleSortTests: XCTestCase {
    private func check(_ values: [UInt64], _ label: String, sorter: inout ShingleSorter, set: inout [UInt64]) {
        values.withUnsafeBufferPointer { sorter.sortedSet($0.baseAddress ?? UnsafePointer(bitPattern: 8)!, count: $0.count, into: &set) }
        XCTAssertEqual(set, Array(Set(values)).sorted(), label)
    }

    func testSortedDistinctMatchesReference() {
        var rng = SplitMix64(seed: 7)
        var sorter = ShingleSorter()
        defer { sorter.deallocate() }
        var set: [UInt64] = [99, 98]   // replaced, not appended to
        check([], "empty", sorter: &sorter, set: &set)
        XCTAssertEqual(set, [])
        for n in [1, 2, 3, 31, 32, 33, 64, 100, 1000, 5000, 70_000] {
            let uniform = (0..<n).map { _ in rng.next() }
            check(uniform, "uniform \(n)", sorter: &sorter, set: &set)
            let repeats = (0..<n).map { _ in uniform[Int(rng.next() % UInt64(max(1, n / 10)))] }
            check(repeats, "repeats \(n)", sorter: &sorter, set: &set)
            let cycle = (0..<n).map { uniform[$0 % 3] }   // a text repeating three shingles
            check(cycle, "cycle \(n)", sorter: &sorter, set: &set)
            let oneBucket = (0..<n).map { _ in rng.next() >> 20 }   // top bits all zero
            check(oneBucket, "one bucket \(n)", sorter: &sorter, set: &set)
            let descending = uniform.sorted(by: >)
            check(descending, "descending \(n)", sorter: &sorter, set: &set)
        }
        check([.max, 0, .max, 1, 0, UInt64.max - 1] + (0..<40).map { UInt64($0) << 58 }, "extremes",
              sorter: &sorter, set: &set)
    }

    /// The hasher's set is the sorted distinct shingles, also when a scratch buffer is reused by a
    /// smaller document after a larger one.
    func testHasherSetsAcrossDocumentSizes() {
        let hasher = MinHasher(parameters: SketchParameters(ngram: 3, permutations: 16, bands: 4, rows: 4, seed: 3))
        // Letters only (the tokenizer may fold digits): word i is i % 700 written in base 26.
        let words = (0..<3000).map { i -> String in
            var v = i % 700, s = "w"
            repeat { s.append(Character(UnicodeScalar(UInt8(97 + v % 26)))); v /= 26 } while v > 0
            return s
        }
        for count in [2000, 40, 3, 2999, 1] {
            let text = words.prefix(count).joined(separator: " ")
            let set = hasher.shingleSet(text)
            XCTAssertEqual(set, Array(Set(set)).sorted(), "count \(count)")
            XCTAssertEqual(set.count, Set((0..<max(1, count - 2)).map { i in words[i..<min(count, i + 3)].joined(separator: " ") }).count)
        }
    }

    /// The one-pass insertion sort that drops repeats, on every ordering of small multisets: a
    /// repeat arriving before, after or between larger values, at the front and at the end.
    func testSortDistinctOnEveryOrdering() {
        func orderings(_ a: [UInt64]) -> [[UInt64]] {
            if a.count <= 1 { return [a] }
            return a.indices.flatMap { i -> [[UInt64]] in
                var rest = a
                let x = rest.remove(at: i)
                return orderings(rest).map { [x] + $0 }
            }
        }
        for multiset: [UInt64] in [[1, 2, 3, 4, 5, 6], [1, 1, 2, 3, 3, 9], [7, 7, 7, 2, 2, 0], [4, 4, 4, 4, 4, 4], [0, .max, 0, .max]] {
            let expected = Array(Set(multiset)).sorted()
            for order in orderings(multiset) {
                var a = order
                let kept = a.withUnsafeMutableBufferPointer { ShingleSorter.sortDistinct($0.baseAddress!, $0.count) }
                XCTAssertEqual(Array(a[..<kept]), expected, "\(order)")
            }
        }
    }
}
