import Foundation
import Logging
import Synchronization
import XCTest
@testable import WinnowPipeline

/// Clean and split as one task per block (`CleanSplitStage`) and largest-first claiming in
/// `parallelMap` change speed only: the documents, their ids and every counter are those of the
/// two stages chained one after the other on one thread.
final class CleanSplitStageTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized.path

    func testParallelMapClaimsLargestFirstAndKeepsIndexOrder() {
        let costs = [3, 50, 7, 50, 1, 90, 20]
        let claimed = Mutex<[Int]>([])
        let results = parallelMap(costs.count, threads: 2, costs: costs) { i, _ -> Int in
            claimed.withLock { $0.append(i) }
            usleep(2000)
            return i * 10
        }
        XCTAssertEqual(results, costs.indices.map { $0 * 10 })
        let order = claimed.withLock { $0 }
        XCTAssertEqual(Set(order), Set(costs.indices))
        // The largest is claimed first, the smallest last (equal costs in index order).
        XCTAssertEqual(order.first, 5)
        XCTAssertEqual(order.last, 4)
        XCTAssertLessThan(order.firstIndex(of: 1)!, order.firstIndex(of: 3)!, "equal costs in index order")
    }

    /// Whole text files (the fused path), then a file in two blocks and a JSONL record (the
    /// stages one after the other).
    private func batches() throws -> [[TextBlock]] {
        let dir = Self.root + "/Fixtures/seeds"
        let files = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".txt") }.sorted()
        XCTAssertGreaterThanOrEqual(files.count, 3)
        let texts = try files.map { try String(contentsOfFile: dir + "/" + $0, encoding: .utf8) }
        let start = InputPosition(line: 1, byteOffset: 0)
        let whole = texts.enumerated().map { n, text in
            TextBlock(source: "\(dir)/\(files[n])", sourceIndex: n, blockIndex: 0, isLastBlock: true, position: start, text: text)
        }
        // The first file again, cut in two blocks at a line end near its middle.
        let text = texts[0]
        let cut = text[text.index(text.startIndex, offsetBy: text.count / 2)...].firstIndex(of: "\n")!
        let next = text.index(after: cut)
        let n = texts.count
        let halves = [
            TextBlock(source: "\(dir)/again.txt", sourceIndex: n, blockIndex: 0, isLastBlock: false, position: start,
                      text: String(text[..<next])),
            TextBlock(source: "\(dir)/again.txt", sourceIndex: n, blockIndex: 1, isLastBlock: true, position: start,
                      text: String(text[next...])),
        ]
        let record = TextBlock(source: "\(dir)/r.jsonl", sourceIndex: n + 1, blockIndex: 0, isLastBlock: true,
                               recordID: "r1", position: start, text: texts[1])
        return [whole, halves, [record, record]]
    }

    private func run(fused: Bool, threads: Int) throws -> (docs: [String], counters: String) {
        let dir = try temporaryDirectory(self)
        let config = try PipelineConfig.load(path: "\(Self.root)/Pipelines/news.yaml")
        let rejected = try RecordFile(path: dir + "/rejected-\(fused)-\(threads).jsonl.gz", level: 1)
        let context = RunContext(logger: Logger(label: "test"), threads: threads, rejected: rejected)
        let clean = try CleanStage(config: XCTUnwrap(config.clean), context: context)
        let split = try SplitStage(config: XCTUnwrap(config.split), context: context)
        var docs: [String] = []
        let end = Pipe<Document>(push: { batch in
            docs += batch.map { "\($0.id)|\($0.sourceIndex)/\($0.storyIndex)|\($0.title ?? "-")|\($0.text)" }
        }, finish: {})
        let head = fused ? CleanSplitStage(clean: clean, split: split).connect(to: end)
            : clean.connect(to: split.connect(to: end))
        for batch in try batches() { try head.push(batch) }
        try head.finish()
        try rejected.finish()
        let counters = [clean.stats, split.stats].map {
            "\($0.seen) \($0.passed) \($0.dropped.sorted { $0.key < $1.key }) \($0.counters.sorted { $0.key < $1.key })"
        }.joined(separator: "; ")
        return (docs, counters)
    }

    func testFusedCleanAndSplitGiveTheChainedStagesDocumentsAndCounters() throws {
        let chained = try run(fused: false, threads: 1)
        XCTAssertGreaterThan(chained.docs.count, 10)
        XCTAssertTrue(chained.counters.contains("lines_stripped."), "rules stripped lines: their counters are compared")
        for threads in [1, 2, 3] {
            let fused = try run(fused: true, threads: threads)
            XCTAssertEqual(fused.docs, chained.docs, "threads \(threads)")
            XCTAssertEqual(fused.counters, chained.counters, "threads \(threads)")
        }
    }
}
