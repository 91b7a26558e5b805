import XCTest
import Foundation
import Logging
@testable import WinnowPipeline

/// The lines the split stage strips itself (a byline in a headline's header, a repeat of the
/// title, a capitals link to `metadata.links`) are counted in its `lines_stripped.<rule>` counters, as
/// the clean stage counts its rules': `stats.json` then accounts for every stripped line.
final class SplitStageCountersTests: XCTestCase {
    private func splitCounters(_ text: String, threads: Int) throws -> [String: Int] {
        let dir = try temporaryDirectory(self)
        try text.write(toFile: "\(dir)/dump.txt", atomically: true, encoding: .utf8)
        let pipeline = try PipelineConfig.parse(yaml: """
        version: 1
        pipeline:
          - read: {}
          - clean: {families: []}
          - split: {}
          - write: {}
        """)
        let options = RunOptions(inputs: ["\(dir)/dump.txt"], output: "\(dir)/out", pipeline: pipeline, pipelinePath: "test.yaml",
                                 batch: nil, dedup: false, threads: threads, logger: Logger(label: "test"), index: nil)
        _ = try WinnowRun(options: options).execute()
        let stats = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: "\(dir)/out/stats.json"))) as! [String: Any]
        let split = (stats["stages"] as! [[String: Any]]).first { $0["name"] as? String == "split" }!
        return split["counters"] as? [String: Int] ?? [:]
    }

    static let dump = """
    Harbour council approves the dredging plan
    By Jane Doe

    The harbour council approved the dredging plan on Tuesday after a long night of debate, ending years of delay.

    COUNCIL MEMBERS CLASH OVER FERRY FARES AS THE BUDGET VOTE NEARS THE FINAL HOUR

    Work on the northern channel could start in the spring if the state signs the permits before March, officials said.

    The port expects deeper ships to call at the new terminal within two years of the work's end, the council said.

    """

    func testTheSplitsOwnStripsAreCounted() throws {
        let counters = try splitCounters(Self.dump, threads: 1)
        XCTAssertEqual(counters["lines_stripped.header_furniture"], 1, "the byline under the headline: \(counters)")
        XCTAssertEqual(counters["lines_stripped.caps_link"], 1, "\(counters)")
        XCTAssertEqual(try splitCounters(Self.dump, threads: 2), counters, "the same for any thread count")
    }

    /// Negative: a dump whose lines all stay in the text has no split counters.
    func testNothingStrippedNothingCounted() throws {
        let counters = try splitCounters("""
        The harbour council approved the dredging plan on Tuesday after a long night of debate, ending years of delay.

        Work on the northern channel could start in the spring if the state signs the permits before March, officials said.

        """, threads: 1)
        XCTAssertTrue(counters.filter { $0.key.hasPrefix("lines_stripped.") }.isEmpty, "\(counters)")
    }
}
