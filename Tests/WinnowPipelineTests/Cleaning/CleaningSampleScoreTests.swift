import Foundation
import XCTest
@testable import WinnowPipeline

/// Runs clean + split over `Fixtures/devset/sample/` (read with the pipeline's reader, gzip
/// included), writes scorer input and checks the scores of `Fixtures/tools/score_cleaning.py`
/// against floors reached when this test was written (raise them as splitting improves).
final class CleaningSampleScoreTests: XCTestCase {
    func testSampleDevSetScoresAboveFloor() throws {
        let sample = CleaningFixtures.root.appendingPathComponent("Fixtures/devset/sample").path
        let (clean, split) = try CleaningFixtures.configs()
        let classifier = try LineClassifier(config: clean)
        let splitter = try StorySplitter(config: split)
        var lines: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: sample).sorted() where name.contains(".txt") {
            for block in try ExplainSupport.readBlocks(path: sample + "/" + name, config: ReadConfig()) {
                for story in splitter.split(classifier.classify(block.text)) {
                    let rec: [String: Any] = ["text": story.text, "title": story.title as Any, "source": name]
                    lines.append(String(decoding: try JSONSerialization.data(withJSONObject: rec), as: UTF8.self))
                }
            }
        }
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-sample-\(getpid()).jsonl")
        defer { try? FileManager.default.removeItem(at: out) }
        try (lines.joined(separator: "\n") + "\n").write(to: out, atomically: true, encoding: .utf8)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", CleaningFixtures.root.appendingPathComponent("Fixtures/tools/score_cleaning.py").path,
                       sample + "/gold.json", out.path, "--json"]
        let pipe = Pipe()
        p.standardOutput = pipe
        do { try p.run() } catch { throw XCTSkip("python3 not available: \(error)") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let summary = try XCTUnwrap(json["summary"] as? [String: Any])
        func score(_ k: String) -> Double { (summary[k] as? Double) ?? (summary[k] as? Int).map(Double.init) ?? 0 }
        print("sample dev set: \(summary)")
        // Reached with calibrated cohesion and header furniture: story_f1 0.935, retention 0.998,
        // title_accuracy 0.941 on these 10 dumps; with today's line classifier and kicker
        // headlines: story_f1 0.918, retention 0.998, title_accuracy 1.0.
        XCTAssertGreaterThanOrEqual(score("story_f1"), 0.9)
        XCTAssertGreaterThanOrEqual(score("retention"), 0.99)
        XCTAssertGreaterThanOrEqual(score("title_accuracy"), 0.9)
        XCTAssertGreaterThanOrEqual(score("removal"), 0.8)
    }
}
