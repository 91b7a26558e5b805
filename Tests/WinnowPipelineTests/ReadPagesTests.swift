import XCTest
@testable import WinnowPipeline

/// Paginated JSONL (`ReadStage+Pages.swift`): consecutive records of one file with the same
/// `page_field` value are one unit; records of distinct values stay as they were.
final class ReadPagesTests: XCTestCase {
    /// The units `read` hands on for one JSONL file, and the rejections.
    private func units(_ lines: [String], config: ReadConfig = ReadPagesTests.joining) throws -> (units: [TextBlock], rejected: [String]) {
        let dir = try temporaryDirectory(self)
        write(Array(lines.map { $0 + "\n" }.joined().utf8), to: dir + "/p.jsonl")
        var out: [TextBlock] = []
        var rejected: [String] = []
        for file in try InputDiscovery.expand([dir]) {
            try ReadStage.decode(file, config: config) { event in
                switch event {
                case .records(let r): out += r
                case .reject(let r): rejected.append(r.reason)
                default: break
                }
            }
        }
        return (out, rejected)
    }

    /// Joining is off by default; news.yaml turns it on by `url`, as these tests do.
    private static var joining: ReadConfig {
        var c = ReadConfig()
        c.pageField = "url"
        return c
    }

    private func record(_ id: String?, _ url: String?, _ text: String) -> String {
        var o: [String: JSONValue] = ["text": .string(text)]
        if let id { o["id"] = .string(id) }
        if let url { o["url"] = .string(url) }
        var w = JSONWriter()
        w.value(.object(o))
        return String(decoding: w.bytes, as: UTF8.self)
    }

    func testPagesOfOneURLBecomeOneUnitWithEveryPageListed() throws {
        let got = try units([
            record("d3-p1", "https://x.example/3", "Headline One\nThe first paragraph runs on and"),
            record("d3-p2", "https://x.example/3", "ends here on the second page."),
            record("d3-p3", "https://x.example/3", "Another Story\nIts lede."),
            record("d4", "https://x.example/4", "A record of its own."),
        ]).units
        XCTAssertEqual(got.count, 2)
        XCTAssertEqual(got[0].recordID, "d3-p1")
        XCTAssertEqual(got[0].position.line, 1)
        XCTAssertEqual(got[0].text, "Headline One\nThe first paragraph runs on and\nends here on the second page.\n\nAnother Story\nIts lede.")
        XCTAssertEqual(got[0].metadata["pages"], .array([.string("d3-p1"), .string("d3-p2"), .string("d3-p3")]))
        XCTAssertEqual(got[0].metadata["url"], .string("https://x.example/3"))
        XCTAssertEqual(got[1].recordID, "d4")
        XCTAssertEqual(got[1].text, "A record of its own.")
        XCTAssertNil(got[1].metadata["pages"])
        // Where each joined record begins: a line end after page 1, a blank line after page 2.
        XCTAssertEqual(got[0].pageEdges, [2, 4])
        XCTAssertEqual(got[1].pageEdges, [])
    }

    func testRecordsWithDistinctOrNoURLsAreUnchanged() throws {
        let lines = [
            record("a", "https://x.example/a", "Story A.\nBody of A."),
            record("b", "https://x.example/b", "Story B.\nBody of B."),
            record("c", nil, "Story C."),
            record("d", nil, "Story D."),
            record("e", "", "Story E."),
            record("f", "", "Story F."),
        ]
        let joined = try units(lines).units
        let plain = try units(lines, config: ReadConfig()).units
        XCTAssertEqual(joined.map(\.recordID), ["a", "b", "c", "d", "e", "f"])
        XCTAssertEqual(joined.map(\.text), plain.map(\.text))
        XCTAssertEqual(joined.map(\.metadata), plain.map(\.metadata))
        XCTAssertEqual(joined.map(\.position), plain.map(\.position))
        XCTAssertTrue(joined.allSatisfy { $0.metadata["pages"] == nil })
    }

    func testPageFieldOffKeepsEveryPageApart() throws {
        var off = ReadConfig()
        off.pageField = ""
        let got = try units([record("p1", "u", "One."), record("p2", "u", "Two.")], config: off).units
        XCTAssertEqual(got.map(\.recordID), ["p1", "p2"])
    }

    /// Joining is asked for, never assumed: the default read config and `Pipelines/dedup.yaml`
    /// (one document per record) keep same-url records apart; `Pipelines/news.yaml` joins them.
    func testOnlyAPipelineThatAsksJoinsPages() throws {
        XCTAssertEqual(ReadConfig().pageField, "")
        let lines = [record("p1", "u", "One."), record("p2", "u", "Two.")]
        for (name, expected) in [("dedup", ["p1", "p2"]), ("news", ["p1"])] {
            let pipeline = try PipelineConfig.load(path: "\(CleaningFastPathTests.root)/Pipelines/\(name).yaml")
            XCTAssertEqual(try units(lines, config: pipeline.read).units.map(\.recordID), expected, name)
        }
    }

    func testAPageWithoutAnIdIsListedByItsLineAndARejectEndsTheRun() throws {
        let got = try units([
            record(nil, "u", "Page one"),
            record(nil, "u", "page two."),
            "{not json",
            record("z", "u", "After the bad record."),
        ])
        XCTAssertEqual(got.rejected, ["invalid_json"])
        XCTAssertEqual(got.units.count, 2)
        XCTAssertEqual(got.units[0].metadata["pages"], .array([.int(1), .int(2)]))
        XCTAssertEqual(got.units[0].text, "Page one\npage two.")
        XCTAssertEqual(got.units[1].recordID, "z")
        XCTAssertNil(got.units[1].metadata["pages"])
    }

    func testARunLongerThanTheRecordLimitIsCutThere() throws {
        var config = Self.joining
        config.maxLineBytes = 1024
        let page = String(repeating: "word ", count: 80)   // 400 bytes
        let got = try units((1...5).map { record("p\($0)", "u", page) }, config: config).units
        // 400 + 1 + 400 fits 1024, a third page would not: units of two, two and one pages.
        XCTAssertEqual(got.map(\.recordID), ["p1", "p3", "p5"])
        XCTAssertTrue(got.allSatisfy { $0.text.utf8.count <= 1024 })
        XCTAssertEqual(got[0].metadata["pages"], .array([.string("p1"), .string("p2")]))
        XCTAssertNil(got[2].metadata["pages"])
    }

    func testSeparatorIsABlankLineOnlyBetweenParagraphs() {
        XCTAssertEqual(PageJoiner.separator(after: "He said so.", before: "The next one."), "\n\n")
        XCTAssertEqual(PageJoiner.separator(after: "“Yes,” she said.”", before: "“No.”"), "\n\n")
        XCTAssertEqual(PageJoiner.separator(after: "a wrapped line that runs", before: "on here."), "\n")
        XCTAssertEqual(PageJoiner.separator(after: "It ended.", before: "and went on"), "\n")
    }
}
