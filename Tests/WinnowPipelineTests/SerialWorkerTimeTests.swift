import Foundation
import XCTest
@testable import WinnowPipeline

/// `SerialWorker` tells how long its thread worked and how long it waited for work between pieces
/// (what stats.json's `back_end_busy_ms` and `back_end_idle_ms` report for the back end).
final class SerialWorkerTimeTests: XCTestCase {
    func testBusyAndIdleTimeOfTheThread() throws {
        let worker = SerialWorker(capacity: 2)
        // Idle before the first piece does not count: the back end is made long before it starts.
        Thread.sleep(forTimeInterval: 0.4)
        try worker.submit { Thread.sleep(forTimeInterval: 0.04) }
        try worker.drain()
        Thread.sleep(forTimeInterval: 0.06)   // the submitter is slow: the worker waits
        try worker.submit { Thread.sleep(forTimeInterval: 0.04) }
        try worker.drain()
        worker.stop()
        XCTAssertGreaterThanOrEqual(worker.busySeconds, 0.08)
        XCTAssertLessThan(worker.busySeconds, 0.5)
        XCTAssertGreaterThanOrEqual(worker.idleSeconds, 0.05)
        XCTAssertLessThan(worker.idleSeconds, 0.35, "the wait before the first piece is not idle time")
    }

    func testInlineWorkerHasNoThreadTime() throws {
        let worker = SerialWorker(capacity: 2, inline: true)
        try worker.submit { Thread.sleep(forTimeInterval: 0.01) }
        worker.stop()
        XCTAssertEqual(worker.busySeconds, 0)
        XCTAssertEqual(worker.idleSeconds, 0)
    }
}
