import Foundation
import XCTest

/// Near-duplicates on real articles with syndication-style copies (Fixtures/dedup, truth in expected.json).
final class DedupRunTests: XCTestCase {
    func testDedupOnlyPipelineFindsTheTruePairsAndNothingBelowHalf() throws {
        let out = try CLI.temporaryDirectory(self) + "/out"
        let r = try CLI.run(["run", "Fixtures/dedup/near-duplicates.jsonl", "--output", out,
                             "--pipeline", "Pipelines/dedup.yaml", "--quiet"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let truth = try CLI.json(CLI.repoRoot.appendingPathComponent("Fixtures/dedup/expected.json").path)
        var jaccard: [Set<String>: Double] = [:]
        for p in truth["pairs"] as! [[String: Any]] {
            jaccard[[p["a"] as! String, p["b"] as! String]] = (p["jaccard"] as! NSNumber).doubleValue
        }
        let dups = try CLI.records(out + "/duplicates.jsonl.gz")
        let kept = try CLI.records(out + "/part-00000.jsonl.gz")
        var cluster: [String: String] = [:]
        for k in kept { cluster[k["id"] as! String] = k["id"] as? String }
        for d in dups {
            let id = d["id"] as! String, of = d["duplicate_of"] as! String
            cluster[id] = of
            XCTAssertNotNil(cluster[of], "duplicate_of names a kept record")
            XCTAssertGreaterThanOrEqual(jaccard[[id, of]] ?? 0, 0.5, "\(id) ~ \(of) reported but J < 0.5")
            XCTAssertTrue(of.hasPrefix("orig-"), "the earlier-dated original survives, not \(of)")
            XCTAssertNotNil(d["jaccard_estimate"])
            XCTAssertNotNil(d["jaccard_exact"])
        }
        for (pair, j) in jaccard where j >= 0.8 {
            let ids = Array(pair)
            XCTAssertEqual(cluster[ids[0]], cluster[ids[1]], "pair \(ids) with J = \(j) not found")
        }
        XCTAssertEqual(kept.count + dups.count, truth["documents"] as? Int)
        // JSONL ids are kept as given when not split.
        XCTAssertTrue(kept.contains { ($0["id"] as? String) == "orig-00" })
    }
}
