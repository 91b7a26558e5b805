import Foundation
import XCTest

/// The README's first command, end to end on the real seed dumps, checked against their gold.
final class SeedRunTests: XCTestCase {
    func testSeedsScorePerfectlyWithDedupOff() throws {
        let s = try CLI.runAndScore(fixture: "Fixtures/seeds", self)
        for key in ["story_f1", "retention", "removal", "title_accuracy"] {
            XCTAssertEqual(s[key], 1.0, "\(key) = \(s[key] ?? -1)")
        }
    }

    func testOutputsFollowTheContractAndCountsAddUp() throws {
        let out = try CLI.temporaryDirectory(self) + "/out"
        let r = try CLI.run(["run", "Fixtures/seeds", "--output", out, "--quiet"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let names = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        XCTAssertEqual(names, ["duplicates.jsonl.gz", "manifest.json", "part-00000.jsonl.gz", "rejected.jsonl.gz", "stats.json"])

        let records = try CLI.records(out + "/part-00000.jsonl.gz")
        XCTAssertEqual(records.count, 20)
        for rec in records {
            XCTAssertEqual(Set(rec.keys), ["id", "text", "title", "source", "metadata"])
            XCTAssertTrue((rec["source"] as! String).hasPrefix("Fixtures/seeds/"))
        }
        XCTAssertEqual(Set(records.map { $0["id"] as! String }).count, 20, "ids are unique")
        let first = records[0]
        XCTAssertEqual((first["metadata"] as! [String: Any])["date"] as? String, "2024-10-28")
        XCTAssertEqual((first["metadata"] as! [String: Any])["dateline"] as? String, "LONDON")
        let nato = records.first { ($0["title"] as? String)?.hasPrefix("NATO says has") ?? false }
        XCTAssertEqual((nato?["metadata"] as? [String: Any])?["updated"] as? String, "24 October 2024")

        let stats = try CLI.json(out + "/stats.json")
        let docsIn = stats["documents_in"] as! Int, kept = stats["kept"] as! Int
        let dups = stats["duplicates"] as! Int, rejected = stats["rejected"] as! Int
        XCTAssertEqual(docsIn, kept + dups + rejected)
        XCTAssertEqual(kept, 20)
        let stageNames = (stats["stages"] as! [[String: Any]]).map { $0["name"] as! String }
        XCTAssertEqual(stageNames, ["read", "clean", "split", "checkpoint", "dedup", "write"])
        let stageStats = stats["stages"] as! [[String: Any]]
        XCTAssertEqual(stageStats[3]["passed"] as? Int, stageStats[2]["passed"] as? Int, "every story is checkpointed")

        let manifest = try CLI.json(out + "/manifest.json")
        let shards = manifest["shards"] as! [[String: Any]]
        XCTAssertEqual(shards.count, 1)
        XCTAssertEqual(shards[0]["records"] as? Int, 20)
        XCTAssertEqual((shards[0]["sha256"] as? String)?.count, 64)
        XCTAssertEqual((manifest["inputs"] as! [[String: Any]]).count, 4)
        XCTAssertNotNil((manifest["pipeline"] as! [String: Any])["sha256"])
        XCTAssertEqual((manifest["sketch"] as! [String: Any])["permutations"] as? Int, 128)
    }

    func testTwoRunsAndThreadCountsGiveByteIdenticalOutput() throws {
        let dir = try CLI.temporaryDirectory(self)
        for (name, threads) in [("a", "1"), ("b", "1"), ("c", "2")] {
            let r = try CLI.run(["run", "Fixtures/seeds", "Fixtures/dedup", "--output", "\(dir)/\(name)", "--threads", threads, "--quiet"])
            XCTAssertEqual(r.status, 0, r.stderr)
        }
        for file in ["part-00000.jsonl.gz", "duplicates.jsonl.gz", "rejected.jsonl.gz", "manifest.json"] {
            let a = try CLI.fileBytes("\(dir)/a/\(file)")
            XCTAssertEqual(a, try CLI.fileBytes("\(dir)/b/\(file)"), "\(file) differs between reruns")
            XCTAssertEqual(a, try CLI.fileBytes("\(dir)/c/\(file)"), "\(file) differs between --threads 1 and 2")
        }
    }
}

/// Shards rotate on compressed size, end on record boundaries, and the manifest's checksums hold.
final class ShardRotationTests: XCTestCase {
    func testSmallShardCapGivesSeveralValidShardsWithAllRecords() throws {
        let dir = try CLI.temporaryDirectory(self)
        let pipeline = """
        version: 1
        pipeline:
          - read:
          - write:
              shard_max_bytes: 8192
              member_bytes: 8192
        """
        try pipeline.write(toFile: dir + "/p.yaml", atomically: true, encoding: .utf8)
        let r = try CLI.run(["run", "Fixtures/dedup/near-duplicates.jsonl", "--output", dir + "/out",
                             "--pipeline", dir + "/p.yaml", "--quiet"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let manifest = try CLI.json(dir + "/out/manifest.json")
        let shards = manifest["shards"] as! [[String: Any]]
        XCTAssertGreaterThan(shards.count, 2)
        var ids: [String] = []
        for shard in shards {
            let path = dir + "/out/" + (shard["name"] as! String)
            let records = try CLI.records(path)
            XCTAssertEqual(records.count, shard["records"] as? Int)
            ids += records.map { $0["id"] as! String }
            let data = try CLI.fileBytes(path)
            XCTAssertEqual(data.count, shard["bytes"] as? Int)
            XCTAssertEqual(sha256Hex(path), shard["sha256"] as? String)
        }
        XCTAssertEqual(ids.count, 24)
        XCTAssertEqual(ids.first, "orig-00", "input order kept across shards")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir + "/out").filter { $0.hasPrefix(".") }
        XCTAssertEqual(leftovers, [], "no temporary files left")
    }

    /// sha256sum's answer, an implementation independent of ours.
    private func sha256Hex(_ path: String) -> String? {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        p.arguments = [path]
        let out = Pipe()
        p.standardOutput = out
        try? p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: " ").first.map(String.init)
    }
}
