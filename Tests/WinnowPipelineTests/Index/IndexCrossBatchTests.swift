import Foundation
import XCTest
@testable import WinnowPipeline

/// Three daily scrapes (Fixtures/index): every cross-batch duplicate is found and names the story
/// and batch it repeats; nothing else is called a duplicate; `newer` supersedes instead.
final class IndexCrossBatchTests: XCTestCase {
    func testThreeBatchesReportProvenanceOfEveryCrossBatchDuplicate() throws {
        let dir = try temporaryDirectory(self)
        let index = "\(dir)/index.sqlite"
        let expected = try IndexFixture.expected()
        let first = try IndexFixture.run([IndexFixture.batch(1)], batch: nil, index: index, output: "\(dir)/batch-1")
        XCTAssertEqual(first.summary.duplicates, 0)
        XCTAssertEqual(first.manifest["batch"] as? String, "batch-1", "--batch defaults to the output directory's name")

        var checkedAgainst = 10
        for n in [2, 3] {
            let name = "batch-\(n)"
            let out = try IndexFixture.run([IndexFixture.batch(n)], batch: name, index: index, output: "\(dir)/\(name)")
            let want = expected[name] as! [String: [String: Any]]
            for (id, provenance) in want {
                let got = try XCTUnwrap(out.duplicates[id], "\(name): \(id) should be a cross-batch duplicate")
                XCTAssertEqual(got["duplicate_of"] as? String, provenance["duplicate_of"] as? String, id)
                XCTAssertEqual(got["duplicate_of_batch"] as? String, provenance["duplicate_of_batch"] as? String, id)
                let exact = try XCTUnwrap(got["jaccard_exact"] as? Double, "\(id): cross-batch pairs are confirmed exactly")
                XCTAssertEqual(exact, provenance["jaccard"] as! Double, accuracy: 0.03, id)
            }
            // Within-batch duplicates keep working, and nothing else is a duplicate.
            let within = ((expected["within_batch"] as! [String: [String: String]])[name]) ?? [:]
            for (id, survivor) in within {
                XCTAssertEqual(out.duplicates[id]?["duplicate_of"] as? String, survivor)
                XCTAssertEqual(out.duplicates[id]?["duplicate_of_batch"] as? String, name)
            }
            XCTAssertEqual(Set(out.duplicates.keys), Set(want.keys).union(within.keys), name)
            XCTAssertNil(out.duplicates["a05-rewrite"], "a heavy rewrite is not a duplicate")
            XCTAssertTrue(out.summary.accountingHolds)
            let entry = try XCTUnwrap(out.manifest["index"] as? [String: Any])
            XCTAssertEqual(entry["batch"] as? String, name)
            XCTAssertEqual(entry["documents_checked_against"] as? Int, checkedAgainst)
            XCTAssertEqual(entry["cross_batch_duplicates"] as? Int, want.count)
            checkedAgainst += out.summary.kept
            XCTAssertEqual(entry["indexed"] as? Int, out.summary.kept, "a batch indexes exactly what it keeps")
        }
        let stored = try DedupIndex.openForReading(path: index)
        XCTAssertEqual(try stored.batches().map(\.name), ["batch-1", "batch-2", "batch-3"])
        XCTAssertEqual(try stored.statistics().documents, checkedAgainst)
    }

    func testNewerSurvivorSupersedesTheIndexedStory() throws {
        let dir = try temporaryDirectory(self)
        let index = "\(dir)/index.sqlite"
        let pipeline = try IndexFixture.pipeline("index_survivor: newer")
        _ = try IndexFixture.run([IndexFixture.batch(1)], batch: "batch-1", index: index, output: "\(dir)/1", pipeline: pipeline)
        let second = try IndexFixture.run([IndexFixture.batch(2)], batch: "batch-2", index: index, output: "\(dir)/2",
                                          pipeline: pipeline)
        XCTAssertEqual(Set(second.duplicates.keys), ["b00-copy"], "the newer copies are kept, not dropped")
        XCTAssertEqual((second.manifest["index"] as? [String: Any])?["superseded"] as? Int, 5)
        // The old stories are kept and point at their replacements.
        let stored = try DedupIndex.openForReading(path: index)
        let s = try stored.db.prepare("""
        SELECT old.id, new.id FROM documents old JOIN documents new ON old.superseded_by = new.row ORDER BY old.id
        """)
        var pairs: [String: String] = [:]
        while try s.step() { pairs[s.text(0)!] = s.text(1)! }
        XCTAssertEqual(pairs, ["a00": "a00-boilerplate", "a01": "a01-headline", "a02": "a02-trim", "a03": "a03-words",
                               "a04": "a04-boilerplate+trim"])
        // A third copy of a00 matches the original and the replacement: it points at the live one.
        let third = try IndexFixture.run([IndexFixture.batch(3)], batch: "batch-3", index: index, output: "\(dir)/3",
                                         pipeline: pipeline)
        XCTAssertTrue(third.duplicates.isEmpty)
        let a00 = try stored.db.prepare("""
        SELECT new.id FROM documents old JOIN documents new ON old.superseded_by = new.row WHERE old.id = 'a00-boilerplate'
        """)
        XCTAssertTrue(try a00.step())
        XCTAssertEqual(a00.text(0), "a00-words")
        a00.reset()
        // Dropping batch 3 revives what it superseded.
        XCTAssertEqual(try DedupIndex.openForMaintenance(path: index).drop(batch: "batch-3"), 9)
        XCTAssertEqual(try DedupIndex.openForReading(path: index).statistics().superseded, 5)
    }

    func testSignaturesOnlyIndexConfirmsByEstimate() throws {
        let dir = try temporaryDirectory(self)
        let index = "\(dir)/index.sqlite"
        let pipeline = try IndexFixture.pipeline("confirm_exact: false")
        _ = try IndexFixture.run([IndexFixture.batch(1)], batch: "batch-1", index: index, output: "\(dir)/1", pipeline: pipeline)
        let second = try IndexFixture.run([IndexFixture.batch(2)], batch: "batch-2", index: index, output: "\(dir)/2",
                                          pipeline: pipeline)
        XCTAssertEqual(second.duplicates["a02-trim"]?["duplicate_of"] as? String, "a02")
        XCTAssertTrue(second.duplicates["a02-trim"]?["jaccard_exact"] is NSNull)
        XCTAssertEqual(try DedupIndex.openForReading(path: index).statistics().documentsWithShingles, 0)
    }
}
