import XCTest
@testable import WinnowPipeline

/// The read path's kept buffers: the smallest that fits is handed out, the pool never holds more
/// than its budget, and sizes are rounded so a buffer fits the next file of about the same size.
final class BufferPoolTests: XCTestCase {
    func testTakesTheSmallestFittingBufferWithinTheBudget() {
        var disposed: [Int] = []
        let pool = ReusePool<Int>(maxBytes: 100, dispose: { disposed.append($0) })
        pool.give(1, bytes: 40)
        pool.give(2, bytes: 30)
        pool.give(3, bytes: 50)   // 120 > 100: disposed of, not kept
        XCTAssertEqual(disposed, [3])
        XCTAssertEqual(pool.heldBytes, 70)
        XCTAssertNil(pool.take(atLeast: 41))
        XCTAssertEqual(pool.take(atLeast: 25)?.item, 2, "the smallest that fits")
        XCTAssertEqual(pool.heldBytes, 40)
        pool.drain()
        XCTAssertEqual(disposed, [3, 1])
        XCTAssertEqual(pool.heldBytes, 0)
        XCTAssertNil(pool.take(atLeast: 1))
    }

    func testByteArraysComeBackEmptyWithTheirRoom() {
        let pool = ReusePool<[UInt8]>(maxBytes: 4 << 20)
        var a = pool.array(atLeast: 3 << 20)
        XCTAssertGreaterThanOrEqual(a.capacity, 3 << 20)
        a.append(contentsOf: [1, 2, 3])
        pool.keep(a)
        let b = pool.array(atLeast: (3 << 20) - 5)
        XCTAssertTrue(b.isEmpty)
        XCTAssertGreaterThanOrEqual(b.capacity, 3 << 20)
    }

    func testSizesRoundToWholeUnits() {
        XCTAssertEqual(reuseSize(1), 1 << 16)
        XCTAssertEqual(reuseSize((1 << 16) + 1), 2 << 16)
        XCTAssertEqual(reuseSize((3 << 20) + 1), 4 << 20)
        XCTAssertEqual(reuseSize(4 << 20), 4 << 20)
    }
}
