import Foundation
import Logging
import Synchronization
import XCTest
@testable import WinnowPipeline

/// Clean and split as one task per block (`CleanSplitStage`) and largest-first claiming in
/// `parallelMap` change speed only: the documents, their ids and every counter are those of the
/// two stages chained one after the other on one thread.
final class CleanSplitStageTests: XCTestCase {
    static let root = packageRoot()

    func testParallelMapClaimsLargestFirstAndKeepsIndexOrder() {
        let costs = [3, 50, 7, 50, 1, 90, 20]
        let claimed = Mutex<[Int]>([])
        let results = parallelMap(costs.count, threads: 2, costs: costs) { i, _ -> Int in
            claimed.withLock { $0.append(i) }
            usleep(2000)
            return i * 10
        }
        XCTAssertEqual(results, costs.indices.map { $0 * 10 })
        XCTAssertEqual(Set(claimed.withLock { $0 }), Set(costs.indices))
        // The order the workers claim in (read from the function parallelMap claims by: two
        // workers record their claims in a racing order, so the run's record can't show it).
        let order = claimOrder(costs)
        // The largest is claimed first, the smallest last (equal costs in index order).
        XCTAssertEqual(order.first, 5)
        XCTAssertEqual(order.last, 4)
        XCTAssertLessThan(order.firstIndex(of: 1)!, order.firstIndex(of: 3)!, "equal costs in index order")
    }

    /// A worker out of items gets `idle` work only while another still runs its item (the tail);
    /// the results stay in index order.
    func testParallelMapGivesTailWorkOnlyWhileAnotherWorkerRuns() {
        let costs = [90, 1, 1]
        let bigDone = Atomic<Bool>(false)
        let idleCalls = Mutex<[Bool]>([])   // per call: was the big item still running?
        let results = parallelMap(costs.count, threads: 2, costs: costs, idle: { _ in
            idleCalls.withLock { $0.append(!bigDone.load(ordering: .acquiring)) }
            usleep(1000)
            return true
        }) { i, _ -> Int in
            if i == 0 { usleep(100_000); bigDone.store(true, ordering: .releasing) }
            return i + 1
        }
        XCTAssertEqual(results, [1, 2, 3])
        let calls = idleCalls.withLock { $0 }
        // Called again while it returns true, until the big item is done: at most one call starts
        // after that (the one that saw it running last).
        XCTAssertLessThanOrEqual(calls.filter { !$0 }.count, 1, "tail work after the tail")
        if calls.count > 1 { XCTAssertTrue(calls.first!) }
        // One thread: no tail, no idle work.
        var serialIdle = 0
        _ = parallelMap(3, threads: 1, costs: costs, idle: { _ in serialIdle += 1; return true }) { i, _ in i }
        XCTAssertEqual(serialIdle, 0)
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

    private func run(fused: Bool, threads: Int, lookahead: Bool = false) throws -> (docs: [String], counters: String) {
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
        let stage = CleanSplitStage(clean: clean, split: split)
        let head = fused ? stage.connect(to: end) : clean.connect(to: split.connect(to: end))
        var all = try batches()
        if lookahead {
            // The whole files again (as other files) in a batch of their own after the first: the
            // batches after the one pushed count as read ahead, in another order (a look ahead
            // may see any of them first).
            let whole = all[0], n = whole.count + 2
            let copies = whole.map { b in
                TextBlock(source: b.source + ".copy", sourceIndex: n + b.sourceIndex, blockIndex: 0, isLastBlock: true,
                          position: b.position, text: b.text)
            }
            all.insert(copies, at: 1)
        }
        var pushed = 0
        if lookahead {
            stage.workAhead(classifier: LineClassifier(sharingRulesOf: clean.classifiers[0], config: try XCTUnwrap(config.clean)),
                            splitter: try StorySplitter(config: XCTUnwrap(config.split)),
                            lookahead: { all.dropFirst(pushed + 1).joined().filter(\.isWholeFile).reversed() })
        }
        for batch in all {
            try head.push(batch)
            pushed += 1
        }
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

    /// Whole files cleaned and split ahead in a batch's tail (`lookahead`) give the same documents
    /// and counters as done in their own batch.
    func testWorkAheadInTheTailGivesTheSameDocumentsAndCounters() throws {
        let chained = try run(fused: false, threads: 1, lookahead: true)
        for threads in [2, 3] {
            let ahead = try run(fused: true, threads: threads, lookahead: true)
            XCTAssertEqual(ahead.docs, chained.docs, "threads \(threads)")
            XCTAssertEqual(ahead.counters, chained.counters, "threads \(threads)")
        }
    }
}
