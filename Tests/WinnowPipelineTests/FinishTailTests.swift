import Foundation
import Logging
import XCTest
@testable import WinnowPipeline

/// The run's serial end frees its big scratch files' pages early, beside other work: what those
/// files hold for the rest of the run must not change.
final class FinishTailTests: XCTestCase {
    /// Once its cache is dropped, events.bin still reads back and still resumes: the checkpoint
    /// is whole on disk, and `close` waits for the drop.
    func testDroppedEventsCacheKeepsTheCheckpointWhole() throws {
        let out = try temporaryDirectory(self)
        let cp = try Checkpoint.create(output: out, header: ["fingerprint": .string("job")])
        let payloads = (0..<200).map { i in Array("{\"id\":\"doc-\(i)\",\"text\":\"\(String(repeating: "x", count: i * 13))\"}".utf8) }
        var offsets: [Int64] = []
        for p in payloads { offsets.append(try cp.append(.document, p)) }
        try cp.finishInputs(through: 0, stats: .array([]))
        cp.dropCachedEvents()
        var buffer: [UInt8] = []
        for (p, at) in zip(payloads, offsets) {
            try cp.read(at: at, count: p.count, into: &buffer)
            XCTAssertEqual(buffer, p)
        }
        cp.close()
        let found = try XCTUnwrap(Checkpoint.find(output: out))
        XCTAssertEqual(found.finishedInputs, 1)
        let resumed = try Checkpoint.resume(output: out, found: found)
        var replayed: [[UInt8]] = []
        try resumed.replay { kind, payload, _ in
            XCTAssertEqual(kind, .document)
            replayed.append(payload)
        }
        XCTAssertEqual(replayed, payloads)
        resumed.remove()
        XCTAssertNil(Checkpoint.find(output: out))
    }

    /// With two threads the duplicates job removes the piece spool as soon as it is done with it:
    /// the duplicates and survivors are those of one thread, and no spool file is left.
    func testPieceSpoolRemovedByTheDuplicatesJobKeepsTheResult() throws {
        func run(threads: Int) throws -> (survivors: [String], duplicates: [UInt8], files: [String]) {
            let dir = try temporaryDirectory(self)
            let context = RunContext(logger: Logger(label: "test"), threads: threads,
                                     rejected: try RecordFile(path: dir + "/rejected.jsonl.gz", level: 1))
            let duplicates = try RecordFile(path: dir + "/duplicates.jsonl.gz", level: 1)
            let spool = dir + "/spool"
            XCTAssertEqual(mkdir(spool, 0o755), 0)
            let stage = try DedupStage(config: DedupConfig(), context: context, spoolDirectory: spool,
                                       duplicates: duplicates, batchName: nil)
            // Clusters of near copies among distinct stories, spread over the input.
            let docs = (0..<120).map { i -> Document in
                let topic = i % 30
                let words = (0..<80).map { "t\(topic)w\($0)" }.joined(separator: " ")
                return Document(id: "doc-\(i)", text: words + (i >= 30 ? " copy\(i)" : ""), title: nil, source: "s.txt",
                                metadata: [:], sourceIndex: 0, storyIndex: i, position: InputPosition(line: i, byteOffset: 0))
            }
            try stage.process(docs) { _ in }
            var survivors: [String] = []
            var spoolAtFirstEmit: Bool?
            try stage.finish { batch in
                // The duplicates job is done with the piece spool before the survivors stream out
                // (at one thread it runs first), so the file is gone while they do, not only at the end.
                if spoolAtFirstEmit == nil { spoolAtFirstEmit = access(spool + "/pieces.bin", F_OK) == 0 }
                for d in batch { survivors.append(String(decoding: d.record ?? [], as: UTF8.self)) }
            }
            if threads == 1 { XCTAssertEqual(spoolAtFirstEmit, false) }
            try duplicates.finish()
            let files = try FileManager.default.contentsOfDirectory(atPath: spool).filter { !$0.hasPrefix("bands") }
            return (survivors, Array(try Data(contentsOf: URL(fileURLWithPath: dir + "/duplicates.jsonl.gz"))), files)
        }
        let one = try run(threads: 1), two = try run(threads: 2)
        XCTAssertEqual(one.survivors.count, 30)
        XCTAssertEqual(two.survivors, one.survivors)
        XCTAssertEqual(two.duplicates, one.duplicates)
        XCTAssertFalse(two.files.contains("pieces.bin"))
    }
}
