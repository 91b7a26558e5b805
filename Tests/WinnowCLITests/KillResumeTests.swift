import Foundation
import XCTest

/// Crash safety and resume, end to end on the built CLI: runs killed (SIGKILL) or stopped
/// (SIGINT/SIGTERM) part-way, then rerun with the same command, end byte-identical to an
/// uninterrupted run, and the index never holds an unfinished batch.
/// `Benchmarks/robustness/kill_trials.sh` is the long version (≥ 20 random kills).
final class KillResumeTests: XCTestCase {
    private var dir = ""

    override func setUpWithError() throws {
        dir = try CLI.temporaryDirectory(self)
        let fm = FileManager.default
        try fm.createDirectory(atPath: dir + "/in", withIntermediateDirectories: true)
        for sub in ["Fixtures/devset/sample", "Fixtures/seeds"] {
            let from = CLI.repoRoot.appendingPathComponent(sub).path
            for name in try fm.contentsOfDirectory(atPath: from) where name.hasSuffix(".txt") || name.hasSuffix(".txt.gz") {
                try fm.copyItem(atPath: from + "/" + name, toPath: dir + "/in/" + name)
            }
        }
        // Rejections (bad JSON, a non-string text, a record with no words) must come back in order too.
        try "not json\n{\"text\": 5}\n{\"id\": \"z\", \"text\": \"!!! ???\"}\n".write(toFile: dir + "/in/bad.jsonl", atomically: true, encoding: .utf8)
        try writeStepPipeline()
        // An earlier batch in the index, so the index has something to keep intact.
        let prior = try CLI.run(["run", "Fixtures/seeds", "--output", dir + "/prior", "--index", dir + "/base.sqlite",
                                 "--batch", "prior", "--quiet"])
        XCTAssertEqual(prior.status, 0, prior.stderr)
    }

    private func args(_ out: String, _ index: String) -> [String] {
        ["run", dir + "/in", "--output", out, "--index", index, "--batch", "today", "--quiet", "--pipeline", pipeline]
    }

    /// The default pipeline checkpointing every input (`inputs_per_step: 1`), so kills can land
    /// between any two of the few inputs here.
    private var pipeline: String { dir + "/news-step1.yaml" }

    private func writeStepPipeline() throws {
        let text = try String(contentsOf: CLI.repoRoot.appendingPathComponent("Pipelines/news.yaml"), encoding: .utf8)
        let r = try XCTUnwrap(text.range(of: "inputs_per_step: 8\n"), "news.yaml sets no read.inputs_per_step")
        try text.replacingCharacters(in: r, with: "inputs_per_step: 1\n").write(toFile: pipeline, atomically: true, encoding: .utf8)
    }

    private func start(_ args: [String]) throws -> Process {
        let p = Process()
        p.executableURL = CLI.binary
        p.arguments = args
        p.currentDirectoryURL = CLI.repoRoot
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        return p
    }

    /// Lines of the checkpoint journal (1 = header only; 1 + k = k inputs finished).
    private func journalLines(_ out: String) -> Int {
        let data = (try? Data(contentsOf: URL(fileURLWithPath: out + "/.winnow-partial/journal.jsonl"))) ?? Data()
        return data.filter { $0 == 0x0A }.count
    }

    private func waitForJournal(_ out: String, lines: Int, _ p: Process) {
        let deadline = Date().addingTimeInterval(120)
        while journalLines(out) < lines && p.isRunning && Date() < deadline { usleep(2000) }
    }

    private func indexBatches(_ index: String) throws -> String {
        try CLI.run(["index", "batches", index]).stdout
    }

    private func copyIndex(to path: String) throws {
        try? FileManager.default.removeItem(atPath: path)
        try FileManager.default.copyItem(atPath: dir + "/base.sqlite", toPath: path)
    }

    /// The reference: an uninterrupted run into `out` with `index` (same paths as the trial: the manifest names them).
    private func reference(out: String, index: String) throws -> [String: Data] {
        try copyIndex(to: index)
        let r = try CLI.run(args(out, index))
        XCTAssertEqual(r.status, 2, r.stderr)
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: out) where name != "stats.json" {
            files[name] = try CLI.fileBytes(out + "/" + name)
        }
        try FileManager.default.removeItem(atPath: out)
        return files
    }

    private func assertIdentical(_ out: String, _ ref: [String: Data], _ label: String,
                                 file: StaticString = #filePath, line: UInt = #line) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        XCTAssertEqual(names, (Array(ref.keys) + ["stats.json"]).sorted(), "\(label): files", file: file, line: line)
        for (name, bytes) in ref {
            XCTAssertEqual(try? CLI.fileBytes(out + "/" + name), bytes, "\(label): \(name) differs", file: file, line: line)
        }
        let s = try CLI.json(out + "/stats.json")
        XCTAssertEqual(s["documents_in"] as? Int, (s["kept"] as! Int) + (s["duplicates"] as! Int) + (s["rejected"] as! Int),
                       "\(label): accounting", file: file, line: line)
    }

    func testKilledRunsResumeToByteIdenticalOutput() throws {
        let out = dir + "/out", index = dir + "/idx.sqlite"
        let ref = try reference(out: out, index: index)
        let afterRef = try indexBatches(index)
        let base = try indexBatches(dir + "/base.sqlite")
        XCTAssertTrue(afterRef.contains("today"))
        // Killed after 1 and after 6 finished inputs, then twice in one trial (the resume killed too).
        for (trial, kills) in [[2], [7], [3, 9]].enumerated() {
            try copyIndex(to: index)
            for lines in kills {
                let p = try start(args(out, index))
                waitForJournal(out, lines: lines, p)
                XCTAssertTrue(p.isRunning, "trial \(trial): the run ended before the kill")
                kill(p.processIdentifier, SIGKILL)
                p.waitUntilExit()
                XCTAssertFalse(FileManager.default.fileExists(atPath: out + "/manifest.json"), "trial \(trial): manifest of a killed run")
                XCTAssertEqual(try indexBatches(index), base, "trial \(trial): the index changed by an unfinished batch")
            }
            let r = try CLI.run(args(out, index).filter { $0 != "--quiet" })
            XCTAssertEqual(r.status, 2, r.stderr)
            XCTAssertTrue(r.stderr.contains("resuming an interrupted run"), r.stderr)
            try assertIdentical(out, ref, "trial \(trial)")
            XCTAssertEqual(try indexBatches(index).replacingOccurrences(of: #"\d{4}-\d\d-\d\dT[\d:]+Z"#, with: "T",
                                                                        options: .regularExpression),
                           afterRef.replacingOccurrences(of: #"\d{4}-\d\d-\d\dT[\d:]+Z"#, with: "T", options: .regularExpression))
            try FileManager.default.removeItem(atPath: out)
        }
    }

    func testSIGINTAndSIGTERMStopCleanlyTellHowToResumeAndResume() throws {
        let out = dir + "/out", index = dir + "/idx.sqlite"
        let ref = try reference(out: out, index: index)
        let base = try indexBatches(dir + "/base.sqlite")
        try copyIndex(to: index)
        for (sig, code, lines) in [(SIGINT, Int32(130), 2), (SIGTERM, Int32(143), 5)] {
            let p = Process()
            p.executableURL = CLI.binary
            p.arguments = args(out, index)
            p.currentDirectoryURL = CLI.repoRoot
            let err = Pipe()
            p.standardError = err
            p.standardOutput = FileHandle.nullDevice
            try p.run()
            waitForJournal(out, lines: lines, p)
            XCTAssertTrue(p.isRunning, "the run ended before the signal")
            kill(p.processIdentifier, sig)
            let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            XCTAssertEqual(p.terminationReason, .exit, message)
            XCTAssertEqual(p.terminationStatus, code, message)
            XCTAssertTrue(message.contains("to resume, run the same command again"), message)
            XCTAssertTrue(message.contains("index is unchanged"), message)
            let names = try FileManager.default.contentsOfDirectory(atPath: out)
            XCTAssertEqual(names, [".winnow-partial"], "nothing but the checkpoint is left: \(names)")
            XCTAssertEqual(try indexBatches(index), base)
        }
        let r = try CLI.run(args(out, index))
        XCTAssertEqual(r.status, 2, r.stderr)
        try assertIdentical(out, ref, "after SIGINT and SIGTERM")
    }

    func testChangedInputsAreRefusedAndRestartStartsOver() throws {
        let out = dir + "/out", index = dir + "/idx.sqlite"
        try copyIndex(to: index)
        let p = try start(args(out, index))
        waitForJournal(out, lines: 3, p)
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        // An input changes between the kill and the rerun: resuming would mix two versions.
        let changed = dir + "/in/bad.jsonl"
        try "{\"id\": \"new\", \"text\": \"a different record about the harbour at dawn\"}\n".write(toFile: changed, atomically: true, encoding: .utf8)
        let refused = try CLI.run(args(out, index))
        XCTAssertEqual(refused.status, 64, refused.stderr)
        XCTAssertTrue(refused.stderr.contains("different job") && refused.stderr.contains("bad.jsonl"), refused.stderr)
        XCTAssertTrue(refused.stderr.contains("--restart"), refused.stderr)
        let restarted = try CLI.run(args(out, index) + ["--restart"])
        XCTAssertEqual(restarted.status, 0, restarted.stderr)
        try copyIndex(to: dir + "/fresh.sqlite")
        let fresh = try CLI.run(args(dir + "/fresh", dir + "/fresh.sqlite"))
        XCTAssertEqual(fresh.status, 0, fresh.stderr)
        for name in ["part-00000.jsonl.gz", "duplicates.jsonl.gz", "rejected.jsonl.gz"] {
            XCTAssertEqual(try CLI.fileBytes(out + "/" + name), try CLI.fileBytes(dir + "/fresh/" + name), name)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: out + "/.winnow-partial"), "a finished run leaves no checkpoint")
    }

    func testADirectoryWithForeignFilesIsNeverResumedOrTouched() throws {
        let out = dir + "/out"
        let p = try start(["run", dir + "/in", "--output", out, "--quiet"])
        waitForJournal(out, lines: 2, p)
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        try "mine".write(toFile: out + "/notes.txt", atomically: true, encoding: .utf8)
        let r = try CLI.run(["run", dir + "/in", "--output", out, "--quiet"])
        XCTAssertEqual(r.status, 64, r.stderr)
        XCTAssertTrue(r.stderr.contains("notes.txt"), r.stderr)
        XCTAssertEqual(try String(contentsOfFile: out + "/notes.txt", encoding: .utf8), "mine")
    }
}
