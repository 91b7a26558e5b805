import Foundation
import XCTest

/// Write failures (a read-only output directory, a full disk) and unreadable input, as root too:
/// root ignores permission bits, so these tests use what binds root as well (an immutable
/// directory, a read-only or tiny tmpfs mount, a run as `nobody`), and skip, saying why, only
/// where the machine allows none of it.
final class OutputFailureTests: XCTestCase {
    @discardableResult
    private func sh(_ command: String) -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", command + " >/dev/null 2>&1"]
        try? p.run()
        p.waitUntilExit()
        return p.terminationStatus
    }

    private func prepareIndex(_ dir: String) throws -> (index: String, batches: String) {
        let index = dir + "/index.sqlite"
        let r = try CLI.run(["run", "Fixtures/seeds", "--output", dir + "/prior", "--index", index, "--batch", "prior", "--quiet"])
        XCTAssertEqual(r.status, 0, r.stderr)
        return (index, try CLI.run(["index", "batches", index]).stdout)
    }

    private func assertNothingFinal(_ out: String, file: StaticString = #filePath, line: UInt = #line) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: out)) ?? []
        XCTAssertFalse(names.contains("manifest.json"), "an unfinished run has no manifest", file: file, line: line)
        for name in names where name.hasPrefix("part-") {
            XCTAssertNoThrow(try CLI.records(out + "/" + name), "a shard under its final name is complete", file: file, line: line)
        }
        XCTAssertFalse(names.contains { $0.contains(".tmp-") }, "temporary files removed: \(names)", file: file, line: line)
    }

    func testReadOnlyOutputDirectoryFailsClearlyAndLeavesTheIndexAlone() throws {
        let dir = try CLI.temporaryDirectory(self)
        let (index, before) = try prepareIndex(dir)
        let out = dir + "/readonly"
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        // ext4/xfs: the immutable flag stops root too; elsewhere a read-only tmpfs mount.
        var undo = ""
        if sh("chattr +i '\(out)'") == 0 {
            undo = "chattr -i '\(out)'"
        } else if sh("mount -t tmpfs -o ro,size=64k tmpfs '\(out)'") == 0 {
            undo = "umount '\(out)'"
        } else {
            throw XCTSkip("cannot make a directory read-only for root here (no chattr +i, no mount permission)")
        }
        defer { sh(undo) }
        let r = try CLI.run(["run", "Fixtures/seeds", "--output", out, "--index", index, "--batch", "today"])
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertTrue(r.stderr.contains(out) && (r.stderr.contains("Operation not permitted") || r.stderr.contains("Read-only")),
                      r.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out), [])
        XCTAssertEqual(try CLI.run(["index", "batches", index]).stdout, before, "the index is untouched")
    }

    func testFullDiskFailsClearlyWithoutATruncatedShardAndResumesOnceThereIsRoom() throws {
        let dir = try CLI.temporaryDirectory(self)
        let (index, before) = try prepareIndex(dir)
        let mount = dir + "/small"
        try FileManager.default.createDirectory(atPath: mount, withIntermediateDirectories: true)
        guard sh("mount -t tmpfs -o size=160k tmpfs '\(mount)'") == 0 else {
            throw XCTSkip("cannot mount a small tmpfs to fill (needs root with CAP_SYS_ADMIN)")
        }
        defer { sh("umount '\(mount)'") }
        let out = mount + "/out"
        let args = ["run", "Fixtures/devset/sample", "Fixtures/seeds", "--output", out, "--index", index, "--batch", "today"]
        let r = try CLI.run(args)
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertTrue(r.stderr.contains("No space left on device") && r.stderr.contains(out), r.stderr)
        assertNothingFinal(out)
        XCTAssertEqual(try CLI.run(["index", "batches", index]).stdout, before, "the index is untouched")
        // Room again (a bigger mount over the same data): the same command finishes the job.
        XCTAssertEqual(sh("mount -o remount,size=8m '\(mount)'"), 0)
        let again = try CLI.run(args)
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: out + "/manifest.json"))
        XCTAssertTrue(try CLI.run(["index", "batches", index]).stdout.contains("today"))
    }

    func testUnreadableInputIsRejectedNamingItAndTheRunGoesOn() throws {
        let dir = try CLI.temporaryDirectory(self)
        try FileManager.default.createDirectory(atPath: dir + "/in", withIntermediateDirectories: true)
        try "A readable story about the river and the town council.\n".write(toFile: dir + "/in/a.txt", atomically: true, encoding: .utf8)
        try "This one cannot be read.\n".write(toFile: dir + "/in/b.txt", atomically: true, encoding: .utf8)
        chmod(dir + "/in/b.txt", 0)
        chmod(dir, 0o777)
        var command = [CLI.binary.path, "run", dir + "/in", "--output", dir + "/out", "--pipeline", "Pipelines/dedup.yaml", "--quiet"]
        if getuid() == 0 {
            // Root reads mode-000 files: run as nobody, whom the mode binds.
            guard sh("command -v setpriv") == 0 else { throw XCTSkip("running as root without setpriv: cannot drop privileges") }
            command = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] + command
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: command[0])
        p.arguments = Array(command.dropFirst())
        p.currentDirectoryURL = CLI.repoRoot
        let err = Pipe()
        p.standardError = err
        try p.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        if p.terminationStatus == 1 && message.contains("Permission denied") && !message.contains("b.txt") {
            throw XCTSkip("nobody cannot run the test binary from this checkout: \(message)")
        }
        XCTAssertEqual(p.terminationStatus, 2, message)
        let rejected = try CLI.records(dir + "/out/rejected.jsonl.gz")
        XCTAssertEqual(rejected.count, 1)
        XCTAssertEqual(rejected.first?["reason"] as? String, "unreadable")
        XCTAssertEqual(rejected.first?["source"] as? String, dir + "/in/b.txt")
        XCTAssertTrue((rejected.first?["detail"] as? String ?? "").contains("Permission denied"))
        XCTAssertEqual(try CLI.records(dir + "/out/part-00000.jsonl.gz").count, 1, "the readable file is processed")
    }

    func testMissingPathFailsBeforeAnyWork() throws {
        let dir = try CLI.temporaryDirectory(self)
        let r = try CLI.run(["run", "Fixtures/seeds", dir + "/nope.txt", "--output", dir + "/out"])
        XCTAssertEqual(r.status, 64, r.stderr)
        XCTAssertTrue(r.stderr.contains("nope.txt") && r.stderr.contains("does not exist"), r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/out"), "nothing written")
    }
}
