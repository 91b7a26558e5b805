import Foundation
import Logging
import XCTest
@testable import WinnowPipeline

/// `clean.learned.sample_bytes`: within the budget the pass reads everything (small runs learn
/// exactly what a full pass learns); over it, a sample spread over the inputs, the same for any
/// thread count.
final class LearnedSampleTests: XCTestCase {
    func testWithinTheBudgetEveryFileIsReadWhole() {
        let sizes: [Int64] = [100, 2000, 50, 7000]
        for budget: Int64 in [0, 9150, 1 << 30] {
            let plan = LearnedSample.plan(sizes: sizes, budget: budget)
            XCTAssertEqual(plan.reads.map(\.index), [0, 1, 2, 3])
            XCTAssertEqual(plan.reads.map(\.headBytes), [nil, nil, nil, nil])
        }
    }

    func testSmallFilesAreTakenAtAnEvenStrideOverTheList() {
        let sizes = [Int64](repeating: 1000, count: 100)
        let plan = LearnedSample.plan(sizes: sizes, budget: 25_000, minHead: 1 << 20)
        XCTAssertEqual(plan.reads.map(\.index), Array(stride(from: 3, to: 100, by: 4)))
        XCTAssertTrue(plan.reads.allSatisfy { $0.headBytes == nil })
        XCTAssertEqual(plan.bytes(sizes: sizes), 25_000)
        // A budget below one stride step still reads one file.
        XCTAssertEqual(LearnedSample.plan(sizes: sizes, budget: 5, minHead: 1 << 20).reads.map(\.index), [50])
    }

    func testABigFileIsSampledByAHeadInProportionToItsSize() {
        // One 10 GB file alone, and a big file among small ones.
        let one = LearnedSample.plan(sizes: [10_000_000_000], budget: 1_000_000_000)
        XCTAssertEqual(one.reads.map(\.index), [0])
        XCTAssertEqual(one.reads.map(\.headBytes), [1_000_000_000])
        let sizes: [Int64] = [10, 10, 4_000, 10, 10, 10]
        let mixed = LearnedSample.plan(sizes: sizes, budget: 2_025, minHead: 100)
        XCTAssertEqual(mixed.reads.first { $0.index == 2 }?.headBytes, 2_000)
        XCTAssertEqual(mixed.reads.map(\.index), [1, 2, 4])
        XCTAssertLessThanOrEqual(mixed.bytes(sizes: sizes), 2_025)
    }

    func testAHeadStopsReadingAtTheFirstLineEndPastItsBytes() throws {
        let dir = try temporaryDirectory(self)
        let text = (0..<40_000).map { "Line \($0) of a long plain text dump\n" }.joined()
        write(Array(text.utf8), to: dir + "/big.txt")
        write(try gzipBytes(Array(text.utf8)), to: dir + "/big.txt.gz")
        for file in try InputDiscovery.expand([dir]) {
            func decoded(_ head: Int64?) throws -> String {
                var out = ""
                try ReadStage.decode(file, config: ReadConfig(), headBytes: head) { event in
                    if case .block(let b) = event { out += b.text }
                }
                return out
            }
            XCTAssertEqual(try decoded(nil), text, file.path)
            let head = try decoded(file.size / 2)
            XCTAssertTrue(text.hasPrefix(head), file.path)
            XCTAssertTrue(head.hasSuffix("\n"))
            XCTAssertLessThan(head.utf8.count, text.utf8.count, "\(file.path): the head stops early")
            XCTAssertGreaterThan(head.utf8.count, 0)
        }
    }

    /// A sampled pass learns the same for any thread count; a budget above the input learns
    /// exactly what a full pass does.
    func testASampledPassIsDeterministicAndAWholeBudgetChangesNothing() throws {
        var pipeline = try PipelineConfig.load(path: "Pipelines/news.yaml")
        pipeline.read.blockBytes = 2048
        let dir = try temporaryDirectory(self)
        let furniture = ["Sign up for the Morning Brief", "Share this story", "Listen to this article", "Most popular today"]
        for f in 0..<24 {
            var text = ""
            for d in 0..<20 {
                text += "Headline \(f) \(d) about the harbour plan\n\(furniture[(f + d) % furniture.count])\n"
                text += "Officials said project \(f)-\(d) would open next spring after years of delays and rising costs.\n\n"
            }
            try text.write(toFile: String(format: "%@/%02d.txt", dir, f), atomically: true, encoding: .utf8)
        }
        let inputs = try InputDiscovery.expand([dir])
        let total = inputs.reduce(0) { $0 + $1.size }
        let logger = Logger(label: "test")
        func pass(_ budget: Int64, threads: Int) throws -> LearnedPass {
            var p = pipeline
            p.clean?.learned.sampleBytes = budget
            return try XCTUnwrap(LearnedPass.run(pipeline: p, inputs: inputs, index: nil, threads: threads, logger: logger))
        }
        let full = try pass(0, threads: 1)
        let whole = try pass(total, threads: 2)
        XCTAssertEqual(whole.learner.counts, full.learner.counts)
        XCTAssertEqual(whole.sampledFiles, inputs.count)
        let sampled = try pass(total / 3, threads: 1)
        XCTAssertTrue((7...8).contains(sampled.sampledFiles), "about a third of 24 files")
        XCTAssertLessThanOrEqual(sampled.sampledBytes, total / 3 + 1)
        XCTAssertEqual(try pass(total / 3, threads: 3).learner.counts, sampled.learner.counts)
        // Furniture in every file is still learned from a third of them (counts scaled up).
        XCTAssertGreaterThan(sampled.learner.counts.count, 0)
        XCTAssertEqual(Set(sampled.learner.counts.keys), Set(full.learner.counts.keys))
    }
}

final class LearnedScaleTests: XCTestCase {
    /// A sampled batch's counts are scaled once, where they are made: what is stored in the index
    /// and merged with earlier batches is already an estimate for the whole input, so an earlier
    /// batch's full counts are never multiplied by this batch's scale.
    func testScaleDocumentsScalesThisBatchsCountsOnly() {
        let learner = BoilerplateLearner(config: LearnedConfig())
        let lines = ["Sign up for our newsletter", "Some story line one here", "Follow us"]
        for i in 0..<4 {
            learner.observe(TextBlock(source: "f\(i).txt", sourceIndex: i, blockIndex: 0, isLastBlock: true,
                                      position: InputPosition(line: 1, byteOffset: 0),
                                      text: (lines + ["Line \(i) of its own story"]).joined(separator: "\n")))
        }
        let before = learner.counts
        learner.scaleDocuments(by: 2.5)
        for (key, c) in learner.counts {
            XCTAssertEqual(c.documents, Int64((Double(before[key]!.documents) * 2.5).rounded()))
            XCTAssertEqual(c.sources, before[key]!.sources)
        }
        learner.scaleDocuments(by: 1)
        XCTAssertEqual(learner.counts.values.map(\.documents).max(), 10)
    }
}
