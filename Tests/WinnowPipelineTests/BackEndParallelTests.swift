import Foundation
import XCTest
@testable import WinnowPipeline

/// The back end's parallel parts (work-shared maps, background member compression) change speed
/// only: results come back in order and shards are byte-identical for any thread count.
final class BackEndParallelTests: XCTestCase {
    func testParallelMapSharingKeepsIndexOrderAndWorkerRange() {
        for threads in [1, 2, 3, 8] {
            let count = 1000
            let results = parallelMap(count, threads: threads) { i, worker -> (Int, Int) in
                // Uneven work: some items take far longer, so workers take different numbers.
                if i % 97 == 0 { usleep(200) }
                return (i * i, worker)
            }
            XCTAssertEqual(results.map(\.0), (0..<count).map { $0 * $0 }, "threads \(threads)")
            XCTAssertTrue(results.allSatisfy { (0..<max(1, min(threads, count))).contains($0.1) }, "threads \(threads)")
        }
        XCTAssertTrue(parallelMap(0, threads: 4) { i, _ in i }.isEmpty)
    }

    /// Many small members over several shards: every thread count writes the same bytes, and the
    /// shards decompress (with the system gzip) to the records in input order.
    func testWriteStageShardsIdenticalForAnyThreadCount() throws {
        let dir = try temporaryDirectory(self)
        var config = WriteConfig()
        config.memberBytes = 4096
        config.shardMaxBytes = 20_000
        var docs: [Document] = []
        for i in 0..<3000 {
            let words = String(repeating: "word\(i % 13) ", count: 5 + i % 40)
            let title: String? = i % 3 == 0 ? nil : "Title \(i)"
            let position = InputPosition(line: i + 1, byteOffset: Int64(i) * 100)
            docs.append(Document(id: "d\(i)", text: "Story \(i) " + words, title: title, source: "s.txt",
                                 metadata: ["n": .int(i)], sourceIndex: 0, storyIndex: i, position: position))
        }
        var expected: [UInt8] = []
        var line = JSONWriter(reservingCapacity: 1024)
        for d in docs { line.reset(); encodeRecord(d, into: &line); expected += line.bytes }

        var outputs: [[String: [UInt8]]] = []
        for threads in [1, 2, 3] {
            let out = "\(dir)/t\(threads)"
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            let stage = WriteStage(config: config, directory: out, threads: threads)
            for start in stride(from: 0, to: docs.count, by: 250) {
                try stage.process(Array(docs[start..<min(start + 250, docs.count)])) { _ in }
            }
            try stage.finish { _ in }
            XCTAssertGreaterThan(stage.shards.count, 2)
            XCTAssertEqual(stage.shards.map(\.records).reduce(0, +), docs.count)
            var files: [String: [UInt8]] = [:]
            var joined: [UInt8] = []
            for shard in stage.shards {
                let bytes = Array(FileManager.default.contents(atPath: "\(out)/\(shard.name)")!)
                files[shard.name] = bytes
                joined += try gunzipFile("\(out)/\(shard.name)")
            }
            XCTAssertEqual(joined, expected, "threads \(threads)")
            outputs.append(files)
        }
        XCTAssertEqual(outputs[0], outputs[1])
        XCTAssertEqual(outputs[0], outputs[2])
    }
}
