import Foundation
import XCTest
@testable import WinnowPipeline

/// Workers' classifiers share one compilation of the rules (`LineClassifier(sharingRulesOf:)`):
/// each classifies exactly as a classifier compiled on its own, also while both run at once.
final class ClassifierSharingTests: XCTestCase {
    static let root = packageRoot()

    private func fates(_ classifier: LineClassifier, _ text: String) -> [String] {
        classifier.classify(text).lines.map { "\($0.kind) \($0.key) \($0.words) \($0.detail) \($0.metadata) \($0.content)" }
    }

    func testSharedRulesClassifyAsFreshOnesAlsoConcurrently() throws {
        let config = try XCTUnwrap(try PipelineConfig.load(path: "\(Self.root)/Pipelines/news.yaml").clean)
        let dir = "\(Self.root)/Fixtures/seeds"
        var texts = try FileManager.default.contentsOfDirectory(atPath: dir).sorted().filter { $0.hasSuffix(".txt") }
            .map { try String(contentsOfFile: "\(dir)/\($0)", encoding: .utf8) }
        // Lines that reach the regexes and read their groups (metadata values, prefix rules).
        texts.append("Home › World › Europe\nUpdated 24 October 2024\n date 2024-10-28 A headline here\nJane Doe/AFP via Getty Images\nA body line.")
        XCTAssertGreaterThan(texts.count, 2)
        let fresh = try LineClassifier(config: config)
        let expected = texts.map { fates(fresh, $0) }
        let first = try LineClassifier(config: config)
        let workers = [first] + (0..<3).map { _ in LineClassifier(sharingRulesOf: first, config: config) }
        // Concurrently, every worker over every text several times: any shared match state would
        // mix up groups and details between threads.
        var results = [[[String]]](repeating: [], count: workers.count)
        results.withUnsafeMutableBufferPointer { out in
            DispatchQueue.concurrentPerform(iterations: workers.count) { w in
                var mine: [[String]] = []
                for _ in 0..<3 { mine = texts.map { fates(workers[w], $0) } }
                out[w] = mine
            }
        }
        for (w, got) in results.enumerated() { XCTAssertEqual(got, expected, "worker \(w)") }
        XCTAssertTrue(expected.joined().contains { $0.contains("stripped") })
    }
}
