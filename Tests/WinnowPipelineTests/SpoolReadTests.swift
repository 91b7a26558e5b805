import XCTest
@testable import WinnowPipeline

/// Dedup's batched spool reads give exactly the bytes of reading each range on its own: a
/// document's signature and shingle set in one `preadv`, and ranges read through a `ReadWindow`
/// (dense, sparse, backwards, larger than the window, up to the file's end).
final class SpoolReadTests: XCTestCase {
    private func spool(_ bytes: [UInt8]) throws -> SpoolFile {
        let file = try SpoolFile(path: try temporaryDirectory(self) + "/spool.bin")
        _ = try file.append(bytes)
        return file
    }

    private func pattern(_ count: Int) -> [UInt8] { (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ $0 >> 8) } }

    func testTwoBuffersFromOneReadHoldConsecutiveBytes() throws {
        let bytes = pattern(10_000)
        let file = try spool(bytes)
        var a = [UInt8](repeating: 0, count: 512), b = [UInt8](repeating: 0, count: 3000)
        try a.withUnsafeMutableBytes { x in try b.withUnsafeMutableBytes { try file.read(at: 100, into: x, then: $0) } }
        XCTAssertEqual(a, Array(bytes[100..<612]))
        XCTAssertEqual(b, Array(bytes[612..<3612]))
        var empty: [UInt8] = []
        try a.withUnsafeMutableBytes { x in try empty.withUnsafeMutableBytes { try file.read(at: 9488, into: x, then: $0) } }
        XCTAssertEqual(a, Array(bytes[9488...]), "an empty second buffer (a story with no shingle set)")
        XCTAssertThrowsError(try a.withUnsafeMutableBytes { x in
            try b.withUnsafeMutableBytes { try file.read(at: 9000, into: x, then: $0) }
        }, "past the end of the spool")
    }

    func testWindowedReadsGiveEachRangesBytesWithFewerReads() throws {
        let bytes = pattern(200_000)
        let file = try spool(bytes)
        var window = ReadWindow(path: file.path, size: 8192)
        var fills = 0
        func read(_ offset: Int, _ count: Int) throws -> [UInt8] {
            var out: [UInt8] = [1, 2, 3]
            try window.read(at: Int64(offset), count: count, into: &out) { fills += 1; return try file.read(upTo: $1, at: $0) }
            return out
        }
        // Dense: consecutive 100-byte ranges, 1,000 of them.
        for k in 0..<1000 { XCTAssertEqual(try read(k * 100, 100), Array(bytes[(k * 100)..<(k * 100 + 100)])) }
        XCTAssertLessThan(fills, 40, "dense ranges share reads")
        // Sparse, backwards, larger than the window, and the file's last bytes.
        for (offset, count) in [(150_000, 10), (190_000, 50), (10, 20), (5, 20_000), (0, 0), (199_990, 10), (120_000, 8192)] {
            XCTAssertEqual(try read(offset, count), Array(bytes[offset..<(offset + count)]), "\(offset) +\(count)")
        }
        XCTAssertThrowsError(try read(199_995, 10), "past the end")
    }

    func testSparseRangesShrinkTheReadAhead() throws {
        let bytes = pattern(1 << 20)
        let file = try spool(bytes)
        var window = ReadWindow(path: file.path, size: 1 << 16)
        var copied = 0
        var out: [UInt8] = []
        // One 64-byte range every 32 KiB: a full window each time would copy 64 KiB per range.
        for k in 0..<32 {
            try window.read(at: Int64(k << 15), count: 64, into: &out) {
                let n = try file.read(upTo: $1, at: $0)
                copied += n
                return n
            }
            XCTAssertEqual(out, Array(bytes[(k << 15)..<((k << 15) + 64)]))
        }
        XCTAssertLessThan(copied, 32 << 13, "the read-ahead shrinks where little of each window is used (a full window each: 2 MiB)")
    }
}

/// The duplicates' survivor-id cache: a hit gives the id stored for that document and no other.
final class SurvivorIDCacheTests: XCTestCase {
    func testHitsOnlyTheDocumentStoredAndEvictsOnACollision() {
        var ids = SurvivorIDCache()
        XCTAssertNil(ids[7])
        ids[7] = Array("a".utf8)
        ids[9] = Array("b".utf8)
        XCTAssertEqual(ids[7], Array("a".utf8))
        XCTAssertEqual(ids[9], Array("b".utf8))
        ids[7 + 4096] = Array("c".utf8)   // the same slot as 7
        XCTAssertNil(ids[7], "evicted: never another document's id")
        XCTAssertEqual(ids[7 + 4096], Array("c".utf8))
        XCTAssertNil(ids[8])
    }

    func testSizedToTheDocumentsAndSkipsIdsTooLongToHold() {
        var ids = SurvivorIDCache(documents: 10_000)   // 16,384 slots
        ids[3] = Array("x".utf8)
        ids[3 + 8192] = Array("y".utf8)
        XCTAssertEqual(ids[3], Array("x".utf8), "8,192 apart is another slot when there are 16,384")
        ids[3 + 16384] = Array("z".utf8)
        XCTAssertNil(ids[3])
        let longest = [UInt8](repeating: 0x61, count: SurvivorIDCache.idBytes)
        ids[5] = longest
        XCTAssertEqual(ids[5], longest)
        ids[6] = longest + [0x62]
        XCTAssertNil(ids[6], "too long to hold: not cached, read again")
        ids[5] = []
        XCTAssertEqual(ids[5], [], "an empty id is held as such")
    }
}

/// The smallest-id rule's held prefix orders ids as their bytes do wherever it decides.
final class IDPrefixTests: XCTestCase {
    func testPrefixOrderIsByteOrderWhenPrefixesDiffer() {
        let ids = ["wn-efc95db5fd565d0f", "wn-efc96", "wn-489372c548a26e19", "wn-é12345", "zz-0000000", "A-000000000", "short", "wn-efc95"]
        for a in ids {
            for b in ids {
                let pa = idSortPrefix(a), pb = idSortPrefix(b)
                XCTAssertEqual(pa == 0, a.utf8.count < 8, a)
                guard pa != 0, pb != 0, pa != pb else { continue }
                XCTAssertEqual(pa < pb, Array(a.utf8).lexicographicallyPrecedes(Array(b.utf8)), "\(a) vs \(b)")
            }
        }
    }
}
