import Foundation
import XCTest

/// `winnow run --index` and `winnow index stats|batches|drop|vacuum` through the built binary, on
/// the three daily scrapes of Fixtures/index (batch 2 repeats five stories of batch 1).
final class IndexCommandTests: XCTestCase {
    private var dir = ""
    private var index: String { dir + "/corpus.sqlite" }

    override func setUpWithError() throws {
        dir = try CLI.temporaryDirectory(self)
    }

    /// Runs one fixture batch into `dir/<output>` against the test index.
    @discardableResult
    private func runBatch(_ n: Int, name: String?, output: String, extra: [String] = []) throws -> CLI.Result {
        var args = ["run", "Fixtures/index/batch-\(n).jsonl", "--output", dir + "/" + output,
                    "--pipeline", "Pipelines/dedup.yaml", "--index", index]
        if let name { args += ["--batch", name] }
        return try CLI.run(args + extra)
    }

    /// The `index` entry of a run's manifest.json.
    private func indexEntry(_ output: String) throws -> [String: Any] {
        try XCTUnwrap(try CLI.json(dir + "/" + output + "/manifest.json")["index"] as? [String: Any])
    }

    /// `winnow index batches` rows (after the header), split into fields.
    private func batchRows() throws -> [[String]] {
        let r = try CLI.run(["index", "batches", index])
        XCTAssertEqual(r.status, 0, r.stderr)
        let lines = r.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        XCTAssertEqual(lines.first?.first, "name", "a header line first")
        return Array(lines.dropFirst())
    }

    func testStatsAndBatchesDescribeWhatTheRunsIndexed() throws {
        XCTAssertEqual(try runBatch(1, name: nil, output: "day-1", extra: ["--quiet"]).status, 0)
        let second = try runBatch(2, name: "day-2", output: "out-2")
        XCTAssertEqual(second.status, 0, second.stderr)
        XCTAssertTrue(second.stderr.contains("batch 'day-2', 5 duplicate(s) of earlier batches"), second.stderr)
        let kept1 = try XCTUnwrap(try indexEntry("day-1")["indexed"] as? Int)
        let kept2 = try XCTUnwrap(try indexEntry("out-2")["indexed"] as? Int)
        XCTAssertEqual(kept1, 10)

        let stats = try CLI.run(["index", "stats", index])
        XCTAssertEqual(stats.status, 0, stats.stderr)
        XCTAssertTrue(stats.stdout.contains("batches: 2\n"), stats.stdout)
        XCTAssertTrue(stats.stdout.contains("documents: \(kept1 + kept2) (0 superseded"), stats.stdout)
        XCTAssertTrue(stats.stdout.contains("shingle digests: \(kept1 + kept2)\n"), stats.stdout)
        XCTAssertTrue(stats.stdout.contains("ngram 5, permutations 128"), stats.stdout)
        let size = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: index)[.size] as? NSNumber).intValue
        XCTAssertGreaterThan(size, 0)

        let rows = try batchRows()
        XCTAssertEqual(rows.map { $0[0] }, ["day-1", "day-2"], "oldest first; --batch defaults to the output directory's name")
        // name, created, documents_in, indexed, duplicates, cross_batch_duplicates, superseded, state
        XCTAssertEqual(Array(rows[0][2...]), ["10", "\(kept1)", "0", "0", "0", "complete"])
        XCTAssertEqual(rows[1][2], "11")
        XCTAssertEqual(rows[1][3], "\(kept2)")
        XCTAssertEqual(rows[1][5], "5")
        XCTAssertEqual(rows[1][7], "complete")
        XCTAssertNotNil(ISO8601DateFormatter().date(from: rows[1][1]), "created is an ISO 8601 time: \(rows[1][1])")
    }

    func testRerunningABatchSaysSoAndChangesNothingAndReplaceRedoesIt() throws {
        XCTAssertEqual(try runBatch(1, name: "day-1", output: "1", extra: ["--quiet"]).status, 0)
        XCTAssertEqual(try runBatch(2, name: "day-2", output: "2", extra: ["--quiet"]).status, 0)
        let rowsBefore = try batchRows()
        let statsBefore = try CLI.run(["index", "stats", index]).stdout

        let again = try runBatch(2, name: "day-2", output: "2-again")
        XCTAssertEqual(again.status, 0, "a re-run is not an error")
        XCTAssertTrue(again.stderr.contains("batch 'day-2' is already in index"), again.stderr)
        XCTAssertTrue(again.stderr.contains("nothing to do"), again.stderr)
        XCTAssertTrue(again.stderr.contains("--replace"), "says how to redo it: \(again.stderr)")
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/2-again"), "nothing read or written")
        XCTAssertEqual(try batchRows(), rowsBefore)
        XCTAssertEqual(try CLI.run(["index", "stats", index]).stdout, statsBefore)

        let redo = try runBatch(2, name: "day-2", output: "2-redo", extra: ["--replace", "--quiet"])
        XCTAssertEqual(redo.status, 0, redo.stderr)
        let entry = try indexEntry("2-redo")
        XCTAssertEqual(entry["replaced_earlier_run"] as? Bool, true)
        XCTAssertEqual(entry["cross_batch_duplicates"] as? Int, 5, "checked against batch 1, not against its own earlier run")
        let rows = try batchRows()
        XCTAssertEqual(rows.map { $0[0] }, ["day-1", "day-2"], "replaced in place, not added twice")
        XCTAssertEqual(rows[1][3], rowsBefore[1][3])
        XCTAssertEqual(try CLI.run(["index", "stats", index]).stdout, statsBefore, "same stories, same counts and size")
        let dups = try CLI.records(dir + "/2-redo/duplicates.jsonl.gz")
        XCTAssertEqual(dups.filter { ($0["duplicate_of_batch"] as? String) == "day-1" }.count, 5)
    }

    func testDropForgetsABatchAndVacuumCompactsTheFile() throws {
        XCTAssertEqual(try runBatch(1, name: "day-1", output: "1", extra: ["--quiet"]).status, 0)
        XCTAssertEqual(try runBatch(2, name: "day-2", output: "2", extra: ["--quiet"]).status, 0)
        let kept2 = try XCTUnwrap(try indexEntry("2")["indexed"] as? Int)

        let drop = try CLI.run(["index", "drop", index, "day-2"])
        XCTAssertEqual(drop.status, 0, drop.stderr)
        XCTAssertEqual(drop.stdout, "dropped batch 'day-2': \(kept2) documents removed\n")
        XCTAssertEqual(try batchRows().map { $0[0] }, ["day-1"])
        let stats = try CLI.run(["index", "stats", index]).stdout
        XCTAssertTrue(stats.contains("documents: 10 ("), stats)
        XCTAssertTrue(stats.contains("band rows: 160;"), "16 bands × 10 stories, the dropped batch's rows gone: \(stats)")

        let unknown = try CLI.run(["index", "drop", index, "day-9"])
        XCTAssertEqual(unknown.status, 1)
        XCTAssertTrue(unknown.stderr.contains("no batch 'day-9'"), unknown.stderr)

        let vacuum = try CLI.run(["index", "vacuum", index])
        XCTAssertEqual(vacuum.status, 0, vacuum.stderr)
        XCTAssertTrue(vacuum.stdout.hasPrefix("vacuumed \(index): "), vacuum.stdout)
        let sizes = vacuum.stdout.split(separator: ":").last!.split(separator: " ").compactMap { Int($0) }
        XCTAssertEqual(sizes.count, 2, vacuum.stdout)
        XCTAssertLessThanOrEqual(sizes[1], sizes[0], "vacuum never grows the file")
        XCTAssertEqual(try CLI.run(["index", "stats", index]).stdout.contains("documents: 10 ("), true)

        // A dropped batch is no longer "already indexed": it runs again and finds batch 1's stories.
        let rerun = try runBatch(2, name: "day-2", output: "2-after-drop", extra: ["--quiet"])
        XCTAssertEqual(rerun.status, 0, rerun.stderr)
        XCTAssertEqual(try indexEntry("2-after-drop")["cross_batch_duplicates"] as? Int, 5)
        XCTAssertEqual(try batchRows().map { $0[0] }, ["day-1", "day-2"])
    }

    func testMissingOrForeignFilesAndMisuseAreRefused() throws {
        let missing = try CLI.run(["index", "stats", dir + "/nope.sqlite"])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.stderr.contains("no such file"), missing.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/nope.sqlite"), "reading never creates an index")

        let foreign = dir + "/foreign.sqlite"
        XCTAssertTrue(FileManager.default.createFile(atPath: foreign, contents: Data()))
        for command in [["stats", foreign], ["batches", foreign], ["drop", foreign, "x"], ["vacuum", foreign]] {
            let r = try CLI.run(["index"] + command)
            XCTAssertEqual(r.status, 1, "\(command)")
            XCTAssertTrue(r.stderr.contains("is not a Winnow index"), "\(command): \(r.stderr)")
        }

        let noName = try CLI.run(["index", "drop", index])
        XCTAssertEqual(noName.status, 64, "a usage error")
        let replaceAlone = try CLI.run(["run", "Fixtures/index/batch-1.jsonl", "--output", dir + "/x", "--replace"])
        XCTAssertEqual(replaceAlone.status, 64)
        XCTAssertTrue(replaceAlone.stderr.contains("--replace needs --index"), replaceAlone.stderr)
    }
}
