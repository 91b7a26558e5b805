import Foundation
import XCTest
@testable import WinnowPipeline

/// Runs clean + split over a directory of dumps and writes scorer input, for tuning on dev sets:
/// `CLEAN_DEV_IN=dir CLEAN_DEV_OUT=dir swift test --filter CleaningDevSetTests`, then
/// `python3 score_cleaning.py GOLD CLEAN_DEV_OUT`. Skipped when the variables are not set.
final class CleaningDevSetTests: XCTestCase {
    func testWriteDevSetOutput() throws {
        let env = ProcessInfo.processInfo.environment
        guard let input = env["CLEAN_DEV_IN"], let output = env["CLEAN_DEV_OUT"] else {
            throw XCTSkip("set CLEAN_DEV_IN and CLEAN_DEV_OUT to run")
        }
        let (classifier, splitter) = try CleaningFixtures.stages()
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        var records: [String] = []
        var bytes = 0
        var explain: [String] = []
        let started = Date()
        for name in try FileManager.default.contentsOfDirectory(atPath: input).sorted() where name.hasSuffix(".txt") || name.hasSuffix(".txt.gz") {  // .gz: decompressed by the caller, name kept for the scorer
            let text = try String(contentsOfFile: input + "/" + name, encoding: .utf8).replacingOccurrences(of: "\u{00A0}", with: " ")
            bytes += text.utf8.count
            if env["CLEAN_DEV_EXPLAIN"] != nil {
                let classified = classifier.classify(text)
                for f in splitter.explain(classified) where f.kind == .title || f.kind == .boundary {
                    explain.append("\(name)\t\(f.line)\t\(f.kind)\t\(f.score ?? 0)\t\(f.features.joined(separator: ","))\t\(classified.lines[f.line].content.prefix(90))")
                }
            }
            for s in splitter.split(classifier.classify(text)) {
                let rec: [String: Any] = ["text": s.text, "title": s.title as Any, "source": name]
                records.append(String(decoding: try JSONSerialization.data(withJSONObject: rec), as: UTF8.self))
            }
        }
        let seconds = Date().timeIntervalSince(started)
        print("clean+split: \(bytes) bytes in \(seconds) s = \(Double(bytes) / seconds / 1e6) MB/s")
        if !explain.isEmpty { try explain.joined(separator: "\n").write(toFile: output + "/explain.tsv", atomically: true, encoding: .utf8) }
        try (records.joined(separator: "\n") + "\n").write(toFile: output + "/dev.jsonl", atomically: true, encoding: .utf8)
    }
}
