import Foundation
import XCTest

/// Misuse exits 64 with a message saying what to do; bad input is rejected and the run goes on.
final class MisuseTests: XCTestCase {
    func testMissingInputFailsBeforeAnyWork() throws {
        let out = try CLI.temporaryDirectory(self) + "/out"
        let r = try CLI.run(["run", "Fixtures/no-such-dir", "--output", out])
        XCTAssertEqual(r.status, 64)
        XCTAssertTrue(r.stderr.contains("no-such-dir"), r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out), "nothing written")
    }

    func testUnknownPipelineKeyIsNamed() throws {
        let dir = try CLI.temporaryDirectory(self)
        try "version: 1\npipeline:\n  - dedup:\n      threshhold: 0.7\n".write(toFile: dir + "/p.yaml", atomically: true, encoding: .utf8)
        let r = try CLI.run(["run", "Fixtures/seeds", "--output", dir + "/out", "--pipeline", dir + "/p.yaml"])
        XCTAssertEqual(r.status, 64)
        XCTAssertTrue(r.stderr.contains("threshhold"), r.stderr)
    }

    func testBadInputsAreRejectedWithPositionsAndTheRunGoesOn() throws {
        let dir = try CLI.temporaryDirectory(self)
        let inputs = dir + "/in"
        try FileManager.default.createDirectory(atPath: inputs, withIntermediateDirectories: true)
        let good = #"{"id": "g1", "text": "A perfectly fine story about the harbour and the town council meeting on Tuesday evening."}"#
        try [good, "{not json", #"{"id": "x", "body": "no text field"}"#, #"{"id": "y", "text": 42}"#]
            .joined(separator: "\n").write(toFile: inputs + "/a.jsonl", atomically: true, encoding: .utf8)
        XCTAssertTrue(FileManager.default.createFile(atPath: inputs + "/empty.txt", contents: Data()))
        var gz = try CLI.fileBytes(CLI.repoRoot.appendingPathComponent("Fixtures/devset/sample/000_2c2f14ad006fad04.txt.gz").path)
        gz = gz.prefix(gz.count / 2)
        XCTAssertTrue(FileManager.default.createFile(atPath: inputs + "/truncated.txt.gz", contents: gz))
        let r = try CLI.run(["run", inputs, "--output", dir + "/out", "--quiet", "--pipeline", "Pipelines/dedup.yaml"])
        XCTAssertEqual(r.status, 2, "done with rejections: \(r.stderr)")
        let rejected = try CLI.records(dir + "/out/rejected.jsonl.gz")
        let reasons = Set(rejected.map { $0["reason"] as! String })
        XCTAssertEqual(reasons, ["invalid_json", "missing_text", "text_not_string", "empty_file", "truncated_gzip"])
        let bad = rejected.first { ($0["reason"] as! String) == "invalid_json" }!
        XCTAssertEqual((bad["position"] as! [String: Any])["line"] as? Int, 2)
        let stats = try CLI.json(dir + "/out/stats.json")
        XCTAssertEqual(stats["accounting_holds"] as? Bool, true)
        XCTAssertEqual(stats["documents_in"] as? Int,
                       (stats["kept"] as! Int) + (stats["duplicates"] as! Int) + (stats["rejected"] as! Int))
        XCTAssertGreaterThanOrEqual(stats["kept"] as! Int, 2, "the good record and the truncated file's decoded text")
    }
}
