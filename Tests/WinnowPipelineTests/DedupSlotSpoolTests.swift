import Foundation
import Logging
import XCTest
@testable import WinnowPipeline

/// Dedup's per-document slots are parked in a spool file while documents stream in (memory does
/// not grow with their number) and come back whole, in order, for clustering.
final class DedupSlotSpoolTests: XCTestCase {
    /// A value with padding inside (as `DedupStage.Slot` has): read back field for field.
    private struct Padded: BitwiseCopyable, Equatable {
        var a: Int64
        var b: Int32
        var flag: Bool
        var c: UInt64
    }

    func testPackedValuesComeBackInOrderAcrossTheWriteBuffer() throws {
        let file = try SpoolFile(path: try temporaryDirectory(self) + "/packed.bin")
        // 60k values of 24 bytes: more than the spool's 1 MiB write buffer holds.
        var values: [Padded] = []
        for i in 0..<60_000 {
            let n = Int64(i)
            values.append(Padded(a: n * 7, b: Int32(-i), flag: i % 3 == 0, c: UInt64(i) << 40))
        }
        for (i, v) in values.enumerated() { XCTAssertEqual(try file.appendPacked(v), i) }
        XCTAssertEqual(file.packedCount(of: Padded.self), values.count)
        try file.finishWriting()
        XCTAssertEqual(try file.readPacked(Padded.self), values)
        let empty = try SpoolFile(path: try temporaryDirectory(self) + "/empty.bin")
        XCTAssertEqual(try empty.readPacked(Padded.self), [])
    }

    func testSlotsStayOutOfMemoryUntilFinish() throws {
        let dir = try temporaryDirectory(self)
        let context = RunContext(logger: Logger(label: "test"), threads: 1,
                                 rejected: try RecordFile(path: dir + "/rejected.jsonl.gz", level: 1))
        let stage = try DedupStage(config: DedupConfig(), context: context, spoolDirectory: dir,
                                   duplicates: try RecordFile(path: dir + "/duplicates.jsonl.gz", level: 1), batchName: nil)
        let base = (0..<60).map { "word\($0)" }.joined(separator: " ")
        let texts = [base, base + " extra", "an entirely different story about other things told at length here today", base]
        let docs = texts.enumerated().map { i, text in
            Document(id: "doc-\(i)", text: text, title: nil, source: "s.txt", metadata: [:], sourceIndex: 0, storyIndex: i,
                     position: InputPosition(line: i, byteOffset: 0))
        }
        try stage.process(docs) { _ in }
        XCTAssertTrue(stage.slots.isEmpty, "no per-document array while documents stream in")
        XCTAssertEqual(stage.slotSpool.packedCount(of: DedupStage.Slot.self), 4)
        var survivors = 0
        try stage.finish { survivors += $0.count }
        XCTAssertEqual(stage.slots.count, 4, "read back whole for clustering")
        XCTAssertEqual(survivors, 2, "three copies are one cluster")
        XCTAssertEqual(stage.stats.dropped["duplicate"], 2)
    }
}
