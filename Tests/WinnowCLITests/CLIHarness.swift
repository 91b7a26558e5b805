import Foundation
import XCTest

/// Runs the built `winnow` executable, as a user would, and reads its outputs back.
enum CLI {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The `winnow` binary `swift test` built beside the test bundle.
    static var binary: URL {
        let besideTests = Bundle(for: Marker.self).bundleURL.deletingLastPathComponent().appendingPathComponent("winnow")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        return repoRoot.appendingPathComponent(".build/debug/winnow")
    }

    private final class Marker {}

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `winnow ARGS` in the repository root.
    @discardableResult
    static func run(_ args: [String]) throws -> Result {
        let p = Process()
        p.executableURL = binary
        p.arguments = args
        p.currentDirectoryURL = repoRoot
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        // Read both pipes while the process runs, so a full pipe cannot block it; stderr on a
        // thread of its own, handed back through a box once that thread signals it is done.
        let errData = DataBox()
        let errDone = DispatchSemaphore(value: 0)
        Thread {
            errData.value = err.fileHandleForReading.readDataToEndOfFile()
            errDone.signal()
        }.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        errDone.wait()
        return Result(status: p.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData.value, as: UTF8.self))
    }

    static func temporaryDirectory(_ test: XCTestCase) throws -> String {
        let dir = NSTemporaryDirectory() + "winnow-cli-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        test.addTeardownBlock { try? FileManager.default.removeItem(atPath: dir) }
        return dir
    }

    /// The JSON records of a gzip JSONL file, decompressed by the system's gzip (not ours).
    static func records(_ path: String) throws -> [[String: Any]] {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/gzip")
        p.arguments = ["-dc", path]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw NSError(domain: "gzip", code: Int(p.terminationStatus)) }
        return try String(decoding: data, as: UTF8.self).split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
    }

    static func json(_ path: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as! [String: Any]
    }

    /// `winnow run FIXTURE --no-dedup` into a temporary directory, checked for exit 0, then the
    /// cleaning scorer's summary against `FIXTURE/gold.json`.
    static func runAndScore(fixture: String, _ test: XCTestCase) throws -> [String: Double] {
        let out = try temporaryDirectory(test) + "/out"
        let r = try run(["run", fixture, "--output", out, "--no-dedup", "--quiet"])
        XCTAssertEqual(r.status, 0, r.stderr)
        return try score(gold: repoRoot.appendingPathComponent(fixture + "/gold.json").path, output: out)
    }

    /// Each named measure of a scorer summary is at least its floor.
    static func assertScores(_ s: [String: Double], atLeast floors: [String: Double],
                             file: StaticString = #filePath, line: UInt = #line) {
        for (name, floor) in floors.sorted(by: { $0.key < $1.key }) {
            XCTAssertGreaterThanOrEqual(s[name] ?? 0, floor, name, file: file, line: line)
        }
    }

    /// The cleaning scorer's summary for an output directory (python3 Fixtures/tools/score_cleaning.py).
    static func score(gold: String, output: String) throws -> [String: Double] {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", repoRoot.appendingPathComponent("Fixtures/tools/score_cleaning.py").path, gold, output, "--json"]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let obj = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        let summary = obj["summary"] as! [String: Any]
        return summary.compactMapValues { ($0 as? NSNumber)?.doubleValue }
    }

    static func fileBytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }
}

/// Bytes one thread writes and another reads after a semaphore orders the two (so no lock).
private final class DataBox: @unchecked Sendable {
    var value = Data()
}
