import Foundation
import XCTest
import WinnowCore
@testable import WinnowPipeline

/// What must never happen to an index: a half-written batch, a batch added twice, sketches of
/// other parameters mixed in.
final class IndexSafetyTests: XCTestCase {
    func testRerunningABatchIsANoOpAndReplaceRedoesIt() throws {
        let dir = try temporaryDirectory(self)
        let index = "\(dir)/index.sqlite"
        _ = try IndexFixture.run([IndexFixture.batch(1)], batch: "batch-1", index: index, output: "\(dir)/1")
        let second = try IndexFixture.run([IndexFixture.batch(2)], batch: "batch-2", index: index, output: "\(dir)/2")
        let before = try IndexFixture.fingerprint(index)
        XCTAssertThrowsError(try IndexFixture.run([IndexFixture.batch(2)], batch: "batch-2", index: index, output: "\(dir)/2again")) {
            XCTAssertTrue($0 is BatchAlreadyIndexed, "\($0)")
            XCTAssertTrue("\($0)".contains("--replace"))
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: "\(dir)/2again"), "a no-op run writes no output")
        XCTAssertEqual(try IndexFixture.fingerprint(index), before)

        let redo = try IndexFixture.run([IndexFixture.batch(2)], batch: "batch-2", index: index, output: "\(dir)/2redo", replace: true)
        XCTAssertEqual(Set(redo.duplicates.keys), Set(second.duplicates.keys), "the batch is not compared with its own earlier run")
        XCTAssertEqual((redo.manifest["index"] as? [String: Any])?["replaced_earlier_run"] as? Bool, true)
        let stored = try DedupIndex.openForReading(path: index)
        XCTAssertEqual(try stored.batches().map(\.name), ["batch-1", "batch-2"])
        XCTAssertEqual(try stored.statistics().documents, 10 + second.summary.kept)
    }

    func testIndexWithOtherSketchParametersIsRefusedNamingTheDifference() throws {
        let dir = try temporaryDirectory(self)
        let index = "\(dir)/index.sqlite"
        _ = try IndexFixture.run([IndexFixture.batch(1)], batch: "batch-1", index: index, output: "\(dir)/1")
        let before = try IndexFixture.fingerprint(index)
        let other = try IndexFixture.pipeline("ngram: 3")
        XCTAssertThrowsError(try IndexFixture.run([IndexFixture.batch(2)], batch: "batch-2", index: index, output: "\(dir)/2",
                                                  pipeline: other)) {
            XCTAssertTrue("\($0)".contains("ngram 5 ≠ 3"), "\($0)")
        }
        XCTAssertEqual(try IndexFixture.fingerprint(index), before)
    }

    func testIndexOfAnotherFormatIsRefusedSayingWhatToDo() throws {
        let dir = try temporaryDirectory(self)
        let index = "\(dir)/index.sqlite"
        _ = try IndexFixture.run([IndexFixture.batch(1)], batch: "batch-1", index: index, output: "\(dir)/1")
        // As a build with the per-entry `bands` table (format 1) left it.
        try DedupIndex.openForMaintenance(path: index).db.execute("UPDATE meta SET value = '1' WHERE key = 'format_version'")
        let before = try Data(contentsOf: URL(fileURLWithPath: index))
        XCTAssertThrowsError(try IndexFixture.run([IndexFixture.batch(2)], batch: "batch-2", index: index, output: "\(dir)/2")) {
            let text = "\($0)"
            XCTAssertTrue(text.contains("has index format 1, this build reads format \(IndexSchema.formatVersion) only"), text)
            XCTAssertTrue(text.contains("older Winnow; start a new index file"), text)
        }
        XCTAssertThrowsError(try DedupIndex.openForReading(path: index)) { XCTAssertTrue("\($0)".contains("index format 1")) }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: index)), before, "a refused index is not touched")
    }

    func testBandEntriesAreFoundInRunsAndBucketsAndRemovedExactly() throws {
        let dir = try temporaryDirectory(self)
        let params = try IndexFixture.pipeline().dedup!.sketchParameters
        let session = try IndexSession(path: "\(dir)/index.sqlite", batch: "b", inputs: [], parameters: params,
                                       survivor: .earlier, replace: false)
        let index = session.index
        // Keys sharing a bucket, a key held by two documents, a repeated (key, document); the first
        // two batches' entries stay partly in runs, partly folded into buckets.
        let keys: [UInt64] = [0xABCD_0000_0000_0001, 0xABCD_0000_0000_0001, 0xABCD_FFFF_0000_0000, 0x0001_2345_6789_ABCD, 7]
        var first = BandChanges(), second = BandChanges()
        for (n, key) in keys.enumerated() {
            if n % 2 == 0 { first.append(key: key, row: 1) } else { second.append(key: key, row: 2) }
        }
        second.append(key: 7, row: 3)
        second.append(key: 7, row: 3)
        try index.addBands(first)
        try index.addBands(second)
        func holders() throws -> [[Int64]] {
            let sorted = Array(Set(keys)).sorted()
            var found = [[Int64]](repeating: [], count: sorted.count)
            try index.documents(sharing: sorted) { found[$0].append($1) }
            return found.map { $0.sorted() }
        }
        // Sorted keys: 7, 0x0001…, 0xABCD_0000…, 0xABCD_FFFF….
        XCTAssertEqual(try holders(), [[1, 3], [2], [1, 2], [1]])
        XCTAssertEqual(try index.bandEntryCount(), 6, "repeats stored once")
        XCTAssertGreaterThan(try index.db.scalar("SELECT count(*) FROM band_runs"), 0, "recent entries are in runs")
        // Eight more batches fold every slice: all entries settle in buckets.
        for _ in 0..<DedupIndex.runSlices { try index.addBands(BandChanges()) }
        XCTAssertEqual(try index.db.scalar("SELECT count(*) FROM band_runs"), 0)
        XCTAssertEqual(try holders(), [[1, 3], [2], [1, 2], [1]])
        var more = BandChanges()
        more.append(key: 0xABCD_FFFF_0000_0000, row: 4)
        try index.addBands(more)
        var remove = BandChanges()
        remove.append(key: 0xABCD_0000_0000_0001, row: 2)
        remove.append(key: 0x0001_2345_6789_ABCD, row: 2)
        remove.append(key: 0xABCD_FFFF_0000_0000, row: 4)  // still in its run
        remove.append(key: 0x0FFF_0000_0000_0000, row: 9)  // never stored: ignored
        try index.removeBands(remove)
        XCTAssertEqual(try holders(), [[1, 3], [], [1], [1]])
        XCTAssertEqual(try index.bandEntryCount(), 4)
        XCTAssertEqual(try index.db.scalar("SELECT count(*) FROM band_buckets WHERE bucket = 1"), 0, "an emptied bucket is deleted")
        session.abandon()
    }

    func testFailedBatchLeavesIndexExactlyAsBefore() throws {
        let dir = try temporaryDirectory(self)
        let index = "\(dir)/index.sqlite"
        _ = try IndexFixture.run([IndexFixture.batch(1)], batch: "batch-1", index: index, output: "\(dir)/1")
        let before = try IndexFixture.fingerprint(index)
        // Write a whole batch (documents, digests, bands, a superseded mark), then fail before commit.
        let params = try IndexFixture.pipeline().dedup!.sketchParameters
        let session = try IndexSession(path: index, batch: "batch-1", inputs: [], parameters: params, survivor: .earlier,
                                       replace: true)
        let inserter = try session.index.inserter(batch: session.batchSeq)
        let sig = MinHasher(parameters: params).signature("a story that will never be committed to the index")
        let keys = params.bandKeys(sig)
        let row = try sig.withUnsafeBufferPointer { s in
            try keys.withUnsafeBufferPointer {
                try inserter.insert(NewIndexDocument(id: "ghost", source: "t", title: nil, date: nil, length: 1),
                                    signature: s, digest: [1, 2, 3], bandKeys: $0)
            }
        }
        try inserter.flushBands()
        try session.index.supersede(1, by: row)
        XCTAssertEqual(try session.index.db.scalar("SELECT count(*) FROM documents WHERE id = 'ghost'"), 1)
        XCTAssertEqual(try IndexFixture.fingerprint(index), before, "readers see only committed batches")
        session.abandon()
        XCTAssertEqual(try IndexFixture.fingerprint(index), before)
    }

    /// The built `winnow`, killed with SIGKILL while it holds a fully written, uncommitted batch.
    func testKilledRunLeavesIndexExactlyAsBefore() throws {
        let binary = try XCTUnwrap(builtWinnow(), "the winnow executable is built with the tests")
        let dir = try temporaryDirectory(self)
        let index = "\(dir)/index.sqlite"
        let pipeline = "\(dir)/dedup.yaml"
        try "version: 1\npipeline:\n  - read: {text_field: text}\n  - dedup: {threshold: 0.8}\n  - write: {}\n"
            .write(toFile: pipeline, atomically: true, encoding: .utf8)
        func winnow(_ args: [String], hold: Bool = false) throws -> Process {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: binary)
            p.arguments = ["run"] + args + ["--pipeline", pipeline, "--index", index, "--quiet"]
            var env = ProcessInfo.processInfo.environment
            if hold { env["WINNOW_TEST_HOLD_BEFORE_INDEX_COMMIT"] = "1" }
            p.environment = env
            return p
        }
        let first = try winnow([IndexFixture.batch(1), "--output", "\(dir)/batch-1"])
        try first.run()
        first.waitUntilExit()
        XCTAssertEqual(first.terminationStatus, 0)
        let before = try IndexFixture.fingerprint(index)

        let doomed = try winnow([IndexFixture.batch(2), "--output", "\(dir)/batch-2"], hold: true)
        let stderr = Pipe()
        doomed.standardError = stderr
        try doomed.run()
        var said = Data()
        while !String(decoding: said, as: UTF8.self).contains("holding before index commit") {
            let chunk = stderr.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            said += chunk
        }
        XCTAssertTrue(String(decoding: said, as: UTF8.self).contains("holding"), "the run reached its commit")
        kill(doomed.processIdentifier, SIGKILL)
        doomed.waitUntilExit()
        XCTAssertEqual(doomed.terminationReason, .uncaughtSignal)
        XCTAssertEqual(try IndexFixture.fingerprint(index), before)

        // The lock died with the process: the batch can be run again, into a fresh output.
        let again = try winnow([IndexFixture.batch(2), "--output", "\(dir)/batch-2b", "--batch", "batch-2"])
        try again.run()
        again.waitUntilExit()
        XCTAssertEqual(again.terminationStatus, 0)
        XCTAssertEqual(try DedupIndex.openForReading(path: index).batches().map(\.name), ["batch-1", "batch-2"])
    }

    /// `.build/<config>/winnow` beside the test executable (`swift test` builds it too).
    private func builtWinnow() -> String? {
        let starts = [URL(fileURLWithPath: CommandLine.arguments[0]), Bundle.main.bundleURL, Bundle(for: Self.self).bundleURL]
        for start in starts {
            var dir = start
            for _ in 0..<3 {
                dir = dir.deletingLastPathComponent()
                let candidate = dir.appendingPathComponent("winnow").path
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }
}
