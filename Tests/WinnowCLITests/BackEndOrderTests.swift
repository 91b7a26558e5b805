import Foundation
import XCTest

/// The back end (checkpoint, dedup's signing) runs one batch behind read/clean/split on a thread of
/// its own: rejections must still come out in the order a serial run makes them, dedup's own
/// (`no_words`) between the front end's, for any thread count.
final class BackEndOrderTests: XCTestCase {
    func testRejectionsKeepTheirSerialOrderForAnyThreadCount() throws {
        let dir = try CLI.temporaryDirectory(self)
        try FileManager.default.createDirectory(atPath: dir + "/in", withIntermediateDirectories: true)
        // Each file: a read rejection (bad JSON), a story, and a record dedup rejects (no words).
        let files = 12
        for k in 0..<files {
            let story = "Story \(k): the council met on Tuesday to vote on the new budget for parks, "
                + "roads and the library, and members argued for hours about item \(k * 7)."
            let text = "not json \(k)\n{\"id\": \"s\(k)\", \"text\": \"\(story)\"}\n{\"id\": \"z\(k)\", \"text\": \"★★★ ☆☆☆ ★★★\"}\n"
            try text.write(toFile: String(format: "%@/in/f%02d.jsonl", dir, k), atomically: true, encoding: .utf8)
        }
        // One input per step: the back end works on file k while the front end reads file k + 1.
        let news = try String(contentsOf: CLI.repoRoot.appendingPathComponent("Pipelines/news.yaml"), encoding: .utf8)
        let r = try XCTUnwrap(news.range(of: "inputs_per_step: 8\n"))
        let pipeline = dir + "/step1.yaml"
        try news.replacingCharacters(in: r, with: "inputs_per_step: 1\n").write(toFile: pipeline, atomically: true, encoding: .utf8)
        for threads in ["1", "2", "3"] {
            let run = try CLI.run(["run", dir + "/in", "--output", "\(dir)/t\(threads)", "--threads", threads,
                                   "--quiet", "--pipeline", pipeline])
            XCTAssertEqual(run.status, 2, run.stderr)   // done, with rejections
        }
        // Serial order: per file, its bad line (read), then its no-words record (dedup).
        let reasons = try CLI.records("\(dir)/t2/rejected.jsonl.gz").map { r -> String in
            let source = URL(fileURLWithPath: r["source"] as! String).lastPathComponent
            return "\(source) \(r["reason"] as! String)"
        }
        let expected = (0..<files).flatMap { k in
            [String(format: "f%02d.jsonl invalid_json", k), String(format: "f%02d.jsonl no_words", k)]
        }
        XCTAssertEqual(reasons, expected)
        let stats = try CLI.json("\(dir)/t2/stats.json")
        // Each file: three documents (the bad line counts as one), two of them rejected.
        XCTAssertEqual(stats["documents_in"] as? Int, 3 * files)
        XCTAssertEqual(stats["rejected"] as? Int, 2 * files)
        XCTAssertEqual(stats["accounting_holds"] as? Bool, true)
        for file in ["part-00000.jsonl.gz", "duplicates.jsonl.gz", "rejected.jsonl.gz", "manifest.json"] {
            let one = try CLI.fileBytes("\(dir)/t1/\(file)")
            XCTAssertEqual(one, try CLI.fileBytes("\(dir)/t2/\(file)"), "\(file) differs between --threads 1 and 2")
            XCTAssertEqual(one, try CLI.fileBytes("\(dir)/t3/\(file)"), "\(file) differs between --threads 1 and 3")
        }
    }
}
