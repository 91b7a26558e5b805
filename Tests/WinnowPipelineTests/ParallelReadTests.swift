import Foundation
import Logging
import XCTest
@testable import WinnowPipeline

/// Reading several files at once (`OrderedFileWorkers`) must change speed only: the batches handed
/// on, the rejections and their order, and the counters are those of one thread.
final class ParallelReadTests: XCTestCase {
    /// A mix of good and bad inputs: text dumps over several blocks, a truncated and a corrupt
    /// gzip, an oversized line, a binary file, an empty file, JSONL with bad records.
    private func makeInputs(_ dir: String) throws -> [InputFile] {
        func dump(_ n: Int, _ tag: String) -> [UInt8] {
            Array((0..<n).map { "Story \(tag) line \($0) with some words in it\n" }.joined().utf8)
        }
        write(dump(3000, "a"), to: dir + "/01-a.txt")
        let gz = try gzipBytes(dump(4000, "b"))
        write(Array(gz[0..<(gz.count / 2)]), to: dir + "/02-cut.txt.gz")
        var corrupt = try gzipBytes(dump(4000, "c"))
        for i in stride(from: corrupt.count / 2, to: corrupt.count / 2 + 64, by: 1) { corrupt[i] ^= 0x5A }
        write(corrupt, to: dir + "/03-corrupt.txt.gz")
        write(dump(50, "d") + Array(repeating: 0x78, count: 300_000) + [0x0A] + dump(50, "e"), to: dir + "/04-long.txt")
        write(Array(repeating: 0, count: 3000), to: dir + "/05-binary.txt")
        write([], to: dir + "/06-empty.txt")
        let jsonl = (0..<600).map { i in i % 97 == 5 ? "{not json\n" : "{\"id\":\"r\(i)\",\"text\":\"Record \(i) text\\r\\nsecond line\"}\n" }
        write(try gzipBytes(Array(jsonl.joined().utf8)), to: dir + "/07-records.jsonl.gz")
        write(dump(2000, "f") + [0xFF, 0xFE, 0x0A], to: dir + "/08-f.txt")
        return try InputDiscovery.expand([dir])
    }

    private func read(_ inputs: [InputFile], threads: Int, dir: String, ahead: [InputFile]? = nil) throws -> (batches: [String], rejected: [UInt8], counters: String) {
        let rejectedPath = dir + "/rejected-\(threads)-\(ahead?.count ?? -1).jsonl.gz"
        let rejected = try RecordFile(path: rejectedPath, level: 1)
        let context = RunContext(logger: Logger(label: "test"), threads: threads, rejected: rejected)
        var config = ReadConfig()
        config.blockBytes = 16 << 10
        config.batchBytes = 40 << 10
        config.maxLineBytes = 4096   // a line past the reader's 256 KiB buffer is oversized
        let stage = ReadStage(config: config, context: context)
        var batches: [String] = []
        let pipe = stage.connect(to: Pipe<TextBlock>(push: { batch in
            batches.append(batch.map { "\($0.sourceIndex)/\($0.blockIndex)/\($0.isLastBlock)/\($0.position.line)/\($0.recordID ?? "-"):\($0.text)" }
                .joined(separator: "\u{1}"))
        }, finish: {}))
        if let ahead { stage.readAhead(ahead) }
        try pipe.push(Array(inputs.prefix(5)))
        try pipe.push(Array(inputs.dropFirst(5)))
        try pipe.finish()
        try rejected.finish()
        let counters = "\(stage.stats.seen) \(stage.stats.passed) \(stage.stats.dropped.sorted { $0.key < $1.key }) \(stage.stats.counters.sorted { $0.key < $1.key })"
        return (batches, Array(try Data(contentsOf: URL(fileURLWithPath: rejectedPath))), counters)
    }

    func testBatchesRejectionsAndCountersAreTheSameForAnyThreadCount() throws {
        let dir = try temporaryDirectory(self)
        try FileManager.default.createDirectory(atPath: dir + "/in", withIntermediateDirectories: true)
        let inputs = try makeInputs(dir + "/in")
        XCTAssertEqual(inputs.count, 8)
        let one = try read(inputs, threads: 1, dir: dir)
        XCTAssertGreaterThan(one.batches.count, 4, "several batches, so their boundaries are compared too")
        let rejections = String(decoding: try gunzipBytes(one.rejected), as: UTF8.self)
        for reason in ["truncated_gzip", "corrupt_gzip", "line_too_long", "binary_file", "empty_file", "invalid_json"] {
            XCTAssertTrue(rejections.contains("\"\(reason)\""), "\(reason) is exercised")
        }
        for threads in [2, 3, 8] {
            let many = try read(inputs, threads: threads, dir: dir)
            XCTAssertEqual(many.batches, one.batches, "batches differ at \(threads) threads")
            XCTAssertEqual(many.rejected, one.rejected, "rejections differ at \(threads) threads")
            XCTAssertEqual(many.counters, one.counters, "counters differ at \(threads) threads")
            // Read ahead across steps (what a run does), and read ahead announced wrongly.
            for ahead in [inputs, Array(inputs.dropFirst())] {
                let early = try read(inputs, threads: threads, dir: dir, ahead: ahead)
                XCTAssertEqual(early.batches, one.batches, "batches differ reading ahead \(ahead.count) at \(threads) threads")
                XCTAssertEqual(early.rejected, one.rejected)
                XCTAssertEqual(early.counters, one.counters)
            }
        }
    }

    /// The learning pass scans files on several threads but counts in input order: the learned
    /// set, the counts and the report lines are those of one thread.
    func testLearnedPassIsTheSameForAnyThreadCount() throws {
        var pipeline = try PipelineConfig.load(path: "Pipelines/news.yaml")
        pipeline.clean?.learned.sampleLines = 3   // which lines keep their text depends on order
        pipeline.read.blockBytes = 2048
        let dir = try temporaryDirectory(self)
        let furniture = ["Sign up for the Morning Brief", "Pressroom Weekly offer for readers", "Share this story",
                         "Read more from our partners", "Listen to this article", "Most popular today"]
        for f in 0..<9 {
            var text = ""
            for d in 0..<30 {
                text += "Headline \(f) \(d) about the harbour plan\n\n\(furniture[(f + d) % furniture.count])\n"
                text += "Officials said project \(f)-\(d) would open next spring after years of delays and rising costs.\n"
                text += "\(furniture[(f * d) % furniture.count])\nResidents welcomed the news at meeting \(d) on Thursday.\n\n"
            }
            try text.write(toFile: "\(dir)/\(f).txt", atomically: true, encoding: .utf8)
        }
        let records = (0..<40).map { i in
            "{\"id\":\"r\(i)\",\"source\":\"site\(i % 4)\",\"text\":\"Record \(i) headline\\n\(furniture[i % 6])\\nBody \(i) of the record.\"}\n"
        }
        write(Array(records.joined().utf8), to: "\(dir)/records.jsonl")
        let inputs = try InputDiscovery.expand([dir])
        let logger = Logger(label: "test")
        let one = try XCTUnwrap(LearnedPass.run(pipeline: pipeline, inputs: inputs, index: nil, threads: 1, logger: logger))
        XCTAssertGreaterThan(one.learner.counts.count, 0, "the fixtures teach something")
        for threads in [2, 5] {
            let many = try XCTUnwrap(LearnedPass.run(pipeline: pipeline, inputs: inputs, index: nil, threads: threads, logger: logger))
            XCTAssertEqual(many.keysCounted, one.keysCounted)
            XCTAssertEqual(many.learner.counts, one.learner.counts, "learned keys and counts at \(threads) threads")
            XCTAssertEqual(many.learner.topLines.map { "\($0.text) \($0.documents) \($0.sources)" },
                           one.learner.topLines.map { "\($0.text) \($0.documents) \($0.sources)" })
        }
    }

    func testAConsumerErrorStopsTheWorkersAndIsRethrown() throws {
        struct Stop: Error {}
        var consumed = 0
        XCTAssertThrowsError(try OrderedFileWorkers.run(
            count: 6, threads: 3, maxPendingWeight: 4, weight: { _ in 1 },
            produce: { i, sink in for k in 0..<1000 { try sink(i * 1000 + k) } },
            consume: { (item: Int) in
                XCTAssertEqual(item, consumed, "items come in file order")
                consumed += 1
                if consumed == 1500 { throw Stop() }
            })) { XCTAssertTrue($0 is Stop) }
        XCTAssertEqual(consumed, 1500)
    }

    func testAProducerErrorComesInItsFilesTurn() throws {
        struct Bad: Error { let file: Int }
        var seen: [Int] = []
        XCTAssertThrowsError(try OrderedFileWorkers.run(
            count: 5, threads: 2, maxPendingWeight: 1 << 20, weight: { _ in 1 },
            produce: { i, sink in
                try sink(i)
                if i == 2 { throw Bad(file: i) }
                try sink(i)
            },
            consume: { (item: Int) in seen.append(item) })) { XCTAssertEqual(($0 as? Bad)?.file, 2) }
        XCTAssertEqual(seen, [0, 0, 1, 1, 2])
    }
}
