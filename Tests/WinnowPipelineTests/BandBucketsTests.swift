import Foundation
import XCTest
@testable import WinnowPipeline

/// The external sort behind the dedup stage's LSH buckets: spilling to runs must not change the
/// buckets, their order or their members.
final class BandBucketsTests: XCTestCase {
    private func buckets(capacity: Int, entries: [(UInt64, Int)], background: Bool = false) throws -> [[Int]] {
        let dir = NSTemporaryDirectory() + "winnow-buckets-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let b = BandBuckets(directory: dir, capacity: capacity, background: background)
        for (key, doc) in entries { try b.append(key: key, doc: doc) }
        var out: [[Int]] = []
        try b.forEachBucket { out.append($0) }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir)
        XCTAssertEqual(leftovers, [], "run files are removed after the merge")
        return out
    }

    func testSpilledRunsMergeToTheSameBucketsAsOneSort() throws {
        var rng = SeededGenerator()
        var entries: [(UInt64, Int)] = []
        // 3,000 documents × 4 bands over a small key space, so many keys are shared.
        for doc in 0..<3000 { for _ in 0..<4 { entries.append((UInt64.random(in: 0..<2000, using: &rng), doc)) } }
        let inMemory = try buckets(capacity: 1 << 20, entries: entries)
        let spilled = try buckets(capacity: 97, entries: entries)   // 124 runs
        XCTAssertFalse(inMemory.isEmpty)
        XCTAssertEqual(inMemory, spilled)
        // Runs sorted and written on a thread of their own while the next buffer fills: the same.
        XCTAssertEqual(try buckets(capacity: 97, entries: entries, background: true), spilled)
        XCTAssertEqual(try buckets(capacity: 12_000, entries: entries, background: true), spilled)   // one run + buffer
        // Reference: group by key, documents ascending and distinct, keys ascending.
        var byKey: [UInt64: Set<Int>] = [:]
        for (k, d) in entries { byKey[k, default: []].insert(d) }
        let expected = byKey.keys.sorted().compactMap { k -> [Int]? in
            let m = byKey[k]!.sorted()
            return m.count > 1 ? m : nil
        }
        XCTAssertEqual(spilled, expected)
    }

    func testNoSharedKeyGivesNoBucket() throws {
        XCTAssertEqual(try buckets(capacity: 4, entries: (0..<50).map { (UInt64($0), $0) }), [])
        XCTAssertEqual(try buckets(capacity: 4, entries: []), [])
        XCTAssertEqual(try buckets(capacity: 4, entries: (0..<50).map { (UInt64($0), $0) }, background: true), [])
    }

    /// The radix sort (documents ascending, as dedup appends them) gives the comparison sort's
    /// `(key, document)` order, over full 64-bit keys and over keys sharing most of their bytes;
    /// documents out of order take the comparison sort, with the same result.
    func testRadixSortMatchesComparisonSort() {
        var rng = SeededGenerator()
        typealias E = BandBuckets.Entry
        var wide: [E] = [], narrow: [E] = []
        for doc in 0..<900 {
            for _ in 0..<4 {
                wide.append(E(key: UInt64.random(in: 0...UInt64.max, using: &rng), doc: UInt32(doc)))
                // Keys differing only in bytes 1 and 5: the other digits are skipped.
                let k = UInt64.random(in: 0..<64, using: &rng)
                narrow.append(E(key: 0x1122_3344_0000_0000 | (k & 7) << 40 | (k >> 3) << 8, doc: UInt32(doc)))
            }
        }
        narrow.append(E(key: narrow[0].key, doc: 899))   // a document twice under one key
        for entries in [wide, narrow, Array(narrow.reversed())] {
            var radix = entries
            BandBuckets.sortEntries(&radix)
            XCTAssertEqual(radix, entries.sorted())
        }
        XCTAssertGreaterThan(wide.count, BandBuckets.radixMinimum)
    }
}
