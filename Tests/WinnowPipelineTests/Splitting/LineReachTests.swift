import XCTest
@testable import WinnowPipeline

/// `LineReach` (`BoundaryLineReach.swift`), the one window search behind `repeats_above`,
/// `repeated_promo`, `live_entry_heading` and the roundup signature check: it visits exactly the
/// lines within reach, clipped to the text, never the line itself nor the skipped near lines, and
/// stops at the count asked for.
final class LineReachTests: XCTestCase {
    private func visited(_ r: LineReach, _ i: Int, _ n: Int) -> [Int] {
        var seen: [Int] = []
        _ = r.count(around: i, lineCount: n, upTo: .max) { seen.append($0); return false }
        return seen
    }

    func testVisitsTheWindowClippedToTheTextWithoutTheLineItself() {
        XCTAssertEqual(visited(.around(2), 5, 20), [3, 4, 6, 7])
        XCTAssertEqual(visited(.around(3), 1, 4), [0, 2, 3])
        XCTAssertEqual(visited(.above(3), 5, 20), [2, 3, 4])
        XCTAssertEqual(visited(.above(3), 0, 20), [])
        XCTAssertEqual(visited(.around(2), 0, 1), [])
    }

    func testSkipsTheNearLinesOnBothSides() {
        // `repeated_promo`: copies more than `skipNear` lines away only.
        XCTAssertEqual(visited(.around(4, skipNear: 2), 10, 30), [6, 7, 13, 14])
        XCTAssertEqual(visited(.around(4, skipNear: 2), 1, 30), [4, 5])
        XCTAssertEqual(visited(.around(2, skipNear: 2), 10, 30), [])
    }

    func testCountStopsAtTheLimit() {
        var asked = 0
        let n = LineReach.around(5).count(around: 10, lineCount: 30, upTo: 2) { _ in asked += 1; return true }
        XCTAssertEqual(n, 2)
        XCTAssertEqual(asked, 2)
        XCTAssertTrue(LineReach.around(5).contains(around: 10, lineCount: 30) { $0 == 15 })
        XCTAssertFalse(LineReach.around(5).contains(around: 10, lineCount: 30) { $0 == 16 || $0 == 10 })
    }
}
