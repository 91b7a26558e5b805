import XCTest
@testable import WinnowPipeline

final class ConfigTests: XCTestCase {
    func testUnknownKeyIsNamed() {
        let yaml = "version: 1\npipeline:\n  - read:\n      text_field: body\n  - dedup:\n      treshold: 0.7\n"
        XCTAssertThrowsError(try PipelineConfig.parse(yaml: yaml)) { e in
            let text = "\(e)"
            XCTAssertTrue(text.contains("pipeline[1].dedup.treshold"), text)
            XCTAssertTrue(text.contains("unknown key"), text)
        }
    }

    func testBadValueIsNamed() {
        let yaml = "version: 1\npipeline:\n  - dedup:\n      permutations: 100\n"
        XCTAssertThrowsError(try PipelineConfig.parse(yaml: yaml)) { e in
            XCTAssertTrue("\(e)".contains("permutations"), "\(e)")
        }
    }

    func testStagesOutOfOrderAndUnknownStagesAreErrors() {
        XCTAssertThrowsError(try PipelineConfig.parse(yaml: "version: 1\npipeline:\n  - write:\n  - read:\n")) { e in
            XCTAssertTrue("\(e)".contains("out of order"), "\(e)")
        }
        XCTAssertThrowsError(try PipelineConfig.parse(yaml: "version: 1\npipeline:\n  - sparkle:\n")) { e in
            XCTAssertTrue("\(e)".contains("unknown stage 'sparkle'"), "\(e)")
        }
    }

    /// A tail family's patterns are matched from the tail's start inside the line, where a
    /// leading `^` never holds: refused at load, naming the family; `$` anchors load.
    func testTailFamilyRefusesALeadingCaret() throws {
        func yaml(_ pattern: String) -> String {
            "version: 1\npipeline:\n  - read:\n  - clean:\n      families:\n        - name: cap\n"
                + "          role: caption\n          tail_chars: 40\n          patterns: ['\(pattern)']\n"
        }
        XCTAssertThrowsError(try PipelineConfig.parse(yaml: yaml("^photo: .+$"))) { e in
            XCTAssertTrue("\(e)".contains("'cap'"), "\(e)")
            XCTAssertTrue("\(e)".contains("tail_chars"), "\(e)")
        }
        XCTAssertThrowsError(try PipelineConfig.parse(yaml: yaml("\\Aphoto")))
        XCTAssertEqual(try PipelineConfig.parse(yaml: yaml("\\(photo: [^()]+\\)$")).clean?.families.first?.tailChars, 40)
    }

    func testEmptyStageEntryMeansDefaults() throws {
        let c = try PipelineConfig.parse(yaml: "version: 1\npipeline:\n  - read:\n  - dedup:\n")
        XCTAssertEqual(c.dedup, DedupConfig())
        XCTAssertEqual(c.read.textField, "text")
        XCTAssertNil(c.split)
        XCTAssertEqual(c.stageNames, ["read", "dedup", "write"])
    }

    func testShippedPipelinesParse() throws {
        let root = URL(fileURLWithPath: packageRoot())
        let dir = root.appendingPathComponent("Pipelines").path
        let files = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".yaml") }
        XCTAssertTrue(files.contains("news.yaml"))
        for f in files { XCTAssertNoThrow(try PipelineConfig.load(path: dir + "/" + f), f) }
    }
}
