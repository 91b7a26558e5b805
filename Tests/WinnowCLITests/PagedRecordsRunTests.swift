import Foundation
import XCTest

/// `winnow run` on paginated JSONL (`ReadStage+Pages.swift`): a story cut across two records of
/// one url comes out whole, as one document carrying both record ids; a record of another url is
/// its own document, as before.
final class PagedRecordsRunTests: XCTestCase {
    func testAStoryCutAcrossPagesComesOutWholeWithItsPagesListed() throws {
        let dir = try CLI.temporaryDirectory(self)
        try FileManager.default.createDirectory(atPath: dir + "/in", withIntermediateDirectories: true)
        let first = "City Council Approves New Budget for Parks\n\n"
            + "The city council voted on Tuesday to approve a budget that sets aside more money for parks "
            + "and public pools than in any year of the past decade, after a long debate.\n\n"
            + "Council members said the plan would repair playgrounds across the city and keep"
        let second = "pools open for longer hours in the summer months, when demand is highest.\n\n"
            + "The mayor is expected to sign the budget next week, her office said in a statement."
        let other = "Storm Closes Schools Across the Region\n\n"
            + "Schools across the region closed on Friday as a winter storm brought heavy snow and strong "
            + "winds, and officials urged residents to stay off the roads until the weekend."
        func line(_ o: [String: String]) throws -> String {
            String(decoding: try JSONSerialization.data(withJSONObject: o, options: [.sortedKeys]), as: UTF8.self)
        }
        let jsonl = [
            try line(["id": "d1-p1", "url": "https://paper.example/1", "text": first]),
            try line(["id": "d1-p2", "url": "https://paper.example/1", "text": second]),
            try line(["id": "d2", "url": "https://paper.example/2", "text": other]),
        ].joined(separator: "\n") + "\n"
        try Data(jsonl.utf8).write(to: URL(fileURLWithPath: dir + "/in/pages.jsonl"))
        let r = try CLI.run(["run", dir + "/in", "--output", dir + "/out", "--no-dedup", "--quiet"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let docs = try CLI.records(dir + "/out/part-00000.jsonl.gz")
        XCTAssertEqual(docs.count, 2)
        let paged = try XCTUnwrap(docs.first { ($0["text"] as? String)?.contains("City Council") == true
            || ($0["title"] as? String)?.contains("City Council") == true })
        XCTAssertEqual(paged["id"] as? String, "d1-p1")
        let text = try XCTUnwrap(paged["text"] as? String)
        XCTAssertTrue(text.contains("keep\npools open") || text.contains("keep pools open"), text)
        XCTAssertTrue(text.contains("The mayor is expected"), text)
        let meta = try XCTUnwrap(paged["metadata"] as? [String: Any])
        XCTAssertEqual(meta["pages"] as? [String], ["d1-p1", "d1-p2"])
        let single = try XCTUnwrap(docs.first { $0["id"] as? String == "d2" })
        XCTAssertNil((single["metadata"] as? [String: Any])?["pages"])
        let stats = try CLI.json(dir + "/out/stats.json")
        XCTAssertEqual(stats["accounting_holds"] as? Bool, true)
        XCTAssertEqual(stats["kept"] as? Int, 2)
        // Three input records: two units handed on, one page joined onto the one before it.
        let read = try XCTUnwrap((stats["stages"] as? [[String: Any]])?.first { $0["name"] as? String == "read" })
        XCTAssertEqual((read["counters"] as? [String: Any])?["pages_joined"] as? Int, 1)
    }
}
