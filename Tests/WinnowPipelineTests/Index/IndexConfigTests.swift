import XCTest
@testable import WinnowPipeline

/// `dedup.index_survivor` decodes strictly, like every other pipeline key.
final class IndexConfigTests: XCTestCase {
    func testIndexSurvivorDefaultsToEarlierAndAcceptsNewer() throws {
        XCTAssertEqual(try IndexFixture.pipeline().dedup?.indexSurvivor, .earlier)
        XCTAssertEqual(try IndexFixture.pipeline("index_survivor: newer").dedup?.indexSurvivor, .newer)
    }

    func testUnknownIndexSurvivorIsAnErrorNamingTheKey() {
        XCTAssertThrowsError(try IndexFixture.pipeline("index_survivor: latest")) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("index_survivor"), text)
            XCTAssertTrue(text.contains("earlier or newer"), text)
        }
    }

    func testBandEntryKeepsKeyRangesContiguousAndRowsRecoverable() {
        for key: UInt64 in [0, 1 << 63, UInt64.max, 0x0123_4567_89AB_CDEF] {
            let entry = BandEntry.pack(key: key, row: 12345)
            let range = BandEntry.range(of: key)
            XCTAssertTrue(range.low <= entry && entry <= range.high)
            XCTAssertEqual(BandEntry.row(entry), 12345)
        }
    }
}
