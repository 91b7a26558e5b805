import Foundation
import XCTest

/// Bad input of every kind: a clear rejection naming file and position, and the run goes on.
final class BadInputTests: XCTestCase {
    private func runOn(_ files: [String: Data], extraArgs: [String] = [], pipeline: String = "Pipelines/dedup.yaml")
        throws -> (CLI.Result, String) {
        let dir = try CLI.temporaryDirectory(self)
        try FileManager.default.createDirectory(atPath: dir + "/in", withIntermediateDirectories: true)
        for (name, data) in files {
            let path = dir + "/in/" + name
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: data))
        }
        let r = try CLI.run(["run", dir + "/in", "--output", dir + "/out", "--pipeline", pipeline, "--quiet"] + extraArgs)
        return (r, dir + "/out")
    }

    private func reasons(_ out: String) throws -> [String] {
        try CLI.records(out + "/rejected.jsonl.gz").map { $0["reason"] as! String }
    }

    private func assertAccounting(_ out: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let s = try CLI.json(out + "/stats.json")
        XCTAssertEqual(s["documents_in"] as? Int, (s["kept"] as! Int) + (s["duplicates"] as! Int) + (s["rejected"] as! Int),
                       file: file, line: line)
    }

    func testBinaryFileIsRejectedWhole() throws {
        var junk = Data((0..<4000).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        junk[10] = 0
        let (r, out) = try runOn(["blob.txt": junk, "ok.txt": Data("A small story about rain in the valley today.\n".utf8)])
        XCTAssertEqual(r.status, 2, r.stderr)
        XCTAssertEqual(try reasons(out), ["binary_file"])
        XCTAssertEqual(try CLI.records(out + "/part-00000.jsonl.gz").count, 1)
        try assertAccounting(out)
    }

    func testBOMCRLFAndNBSPAreNormalised() throws {
        let text = Data([0xEF, 0xBB, 0xBF]) + Data("First line\r\nsecond\u{00A0}line\r\nthird line\r\n".utf8)
        let (r, out) = try runOn(["a.txt": text])
        XCTAssertEqual(r.status, 0, r.stderr)
        let rec = try CLI.records(out + "/part-00000.jsonl.gz")
        XCTAssertEqual(rec.first?["text"] as? String, "First line\nsecond line\nthird line")
    }

    func testInvalidUTF8IsRepairedAndCounted() throws {
        let bytes = Data("Caf".utf8) + Data([0xC3]) + Data(" au lait and more words here\n".utf8) + Data([0xFF, 0xFE]) + Data("x\n".utf8)
        let (r, out) = try runOn(["a.txt": bytes])
        XCTAssertEqual(r.status, 0, r.stderr)
        let text = try CLI.records(out + "/part-00000.jsonl.gz").first?["text"] as? String
        XCTAssertEqual(text, "Caf\u{FFFD} au lait and more words here\n\u{FFFD}\u{FFFD}x")
        let read = (try CLI.json(out + "/stats.json")["stages"] as! [[String: Any]]).first!
        XCTAssertEqual((read["counters"] as? [String: Int])?["utf8_repairs"], 3)
    }

    func testEmptyDirectoryAndDirectoryNamedLikeAFile() throws {
        let dir = try CLI.temporaryDirectory(self)
        try FileManager.default.createDirectory(atPath: dir + "/empty", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: dir + "/odd.txt", withIntermediateDirectories: true)
        try "Some story text that is fine.\n".write(toFile: dir + "/fine.txt", atomically: true, encoding: .utf8)
        let r = try CLI.run(["run", dir + "/empty", dir + "/odd.txt", dir + "/fine.txt", "--output", dir + "/out",
                             "--pipeline", "Pipelines/dedup.yaml", "--quiet"])
        XCTAssertEqual(r.status, 2, r.stderr)
        let rejected = try CLI.records(dir + "/out/rejected.jsonl.gz")
        XCTAssertEqual(Set(rejected.map { $0["reason"] as! String }), ["empty_directory"])
        XCTAssertEqual(rejected.count, 2, "both directories hold nothing to read")
        XCTAssertEqual(try CLI.records(dir + "/out/part-00000.jsonl.gz").count, 1)
        try assertAccounting(dir + "/out")
    }

    func testFiftyMegabyteLineIsRejectedAndTheFileGoesOn() throws {
        var big = Data("before the long line\n".utf8)
        big.append(Data(repeating: 0x61, count: 50 << 20))
        big.append(Data("\nafter the long line\n".utf8))
        let (r, out) = try runOn(["big.txt": big])
        XCTAssertEqual(r.status, 2, r.stderr)
        let rejected = try CLI.records(out + "/rejected.jsonl.gz")
        XCTAssertEqual(rejected.map { $0["reason"] as! String }, ["line_too_long"])
        XCTAssertEqual((rejected[0]["position"] as! [String: Any])["line"] as? Int, 2)
        XCTAssertEqual(try CLI.records(out + "/part-00000.jsonl.gz").first?["text"] as? String,
                       "before the long line\nafter the long line")
        try assertAccounting(out)
    }

    func testHostileIdsNeverBecomePaths() throws {
        let lines = [#"{"id": "../../escape", "text": "one story about the harbour"}"#,
                     #"{"id": "/etc/passwd", "text": "another story about the council"}"#,
                     #"{"id": "nul\u0000byte", "text": "a third story about the weather"}"#]
        let (r, out) = try runOn(["a.jsonl": Data(lines.joined(separator: "\n").utf8)])
        XCTAssertEqual(r.status, 0, r.stderr)
        let names = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        XCTAssertEqual(names, ["duplicates.jsonl.gz", "manifest.json", "part-00000.jsonl.gz", "rejected.jsonl.gz", "stats.json"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: (out as NSString).deletingLastPathComponent + "/escape"))
        let ids = try CLI.records(out + "/part-00000.jsonl.gz").map { $0["id"] as! String }
        XCTAssertEqual(ids, ["../../escape", "/etc/passwd", "nul\u{0}byte"], "ids are data, kept as given")
    }

    func testWriteFailureLeavesNoShardUnderItsFinalName() throws {
        let dir = try CLI.temporaryDirectory(self)
        // A file-size limit of 64 KiB: the shard write fails like a full disk would.
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", "ulimit -f 64; exec \"$0\" run Fixtures/devset/sample --output \"$1\" --no-dedup --quiet",
                       CLI.binary.path, dir + "/out"]
        p.currentDirectoryURL = CLI.repoRoot
        let err = Pipe()
        p.standardError = err
        try p.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 1, message)
        XCTAssertTrue(message.contains("File too large") || message.contains("write failed"), message)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir + "/out")) ?? []
        XCTAssertFalse(names.contains("manifest.json"), "an unfinished run has no manifest")
        for name in names where name.hasPrefix("part-") {
            // Any shard under a final name is complete: gzip reads it to the end.
            XCTAssertNoThrow(try CLI.records(dir + "/out/" + name), name)
        }
        XCTAssertFalse(names.contains { $0.hasPrefix(".") && $0.contains("tmp") }, "temporary files removed: \(names)")
    }
}
