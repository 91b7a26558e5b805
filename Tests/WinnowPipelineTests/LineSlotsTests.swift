import XCTest
@testable import WinnowPipeline

/// `LineSlots` made with reserved room (`init(count:reserving:)`, the planner's rejected scores and
/// starts) reads back exactly what was set, past the reserved room too.
final class LineSlotsTests: XCTestCase {
    func testLineSlotsWithReservedRoomReadBackWhatWasSet() {
        var slots = LineSlots<Int>(count: 10, reserving: 2)
        for i in [7, 1, 3, 9] { slots[i] = i * 10 }   // more values than reserved room
        slots[3] = 31
        slots[1] = nil
        XCTAssertEqual((0..<10).map { slots[$0] }, [nil, nil, nil, 31, nil, nil, nil, 70, nil, 90])
    }
}
