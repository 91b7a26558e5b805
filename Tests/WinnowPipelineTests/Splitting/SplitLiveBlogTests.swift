import XCTest
@testable import WinnowPipeline

/// A live blog is one story: its entries, each under a share row and a bare clock stamp
/// (`BoundaryLiveClock.swift`), are not pages glued together.
final class SplitLiveBlogTests: XCTestCase {
    func testClockStampShapes() {
        for s in ["10:28 a.m. ET", "6:08AM EST", "13.23", "14h32", "10:42 Uhr", "23:16"] {
            XCTAssertTrue(s.utf8.withContiguousStorageIfAvailable(BoundaryScorer.isClockStamp) ?? false, s)
        }
        for s in ["March 3, 2024 10:15", "10:15 AM EST, Sun March 3, 2024", "2024", "1:2", "10:42 — Senate votes"] {
            XCTAssertFalse(s.utf8.withContiguousStorageIfAvailable(BoundaryScorer.isClockStamp) ?? true, s)
        }
    }

    /// A share row and a bare clock stamp over an entry make no furniture block (one kind: the
    /// widgets); with a dated stamp there the same rows are a page's header (two kinds).
    func testShareRowOverAClockStampIsNoPageEdge() throws {
        XCTAssertEqual(try ledeKinds(["Link copied", "Gift this article", "10:28 a.m. ET"]), 0)
        XCTAssertEqual(try ledeKinds(["Link copied", "Gift this article", "9.40"]), 0)
        XCTAssertNotEqual(try ledeKinds(["Link copied", "Gift this article", "March 3, 2024 10:28 AM"]), 0)
    }
}
