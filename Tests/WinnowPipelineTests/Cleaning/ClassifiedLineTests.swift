import XCTest
@testable import WinnowPipeline

/// `ClassifiedLine` holds byte ranges of its block: its bytes, slices and rule fields must read
/// back exactly what was classified, and a changed copy must not change the line it came from.
final class ClassifiedLineTests: XCTestCase {
    private func classify(_ text: String) throws -> [ClassifiedLine] {
        let config = try PipelineConfig.load(path: CleaningFixtures.root.appendingPathComponent("Pipelines/news.yaml").path)
        return try LineClassifier(config: XCTUnwrap(config.clean)).classify(text).lines
    }

    func testBytesAndSlicesAreTheLinesOfTheBlock() throws {
        let text = "  Indented “quoted” line  \n\nPlain line\n\tTabbed — dash\nlast"
        let lines = try classify(text)
        let raw = text.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines.count, raw.count)
        for (k, (line, expected)) in zip(lines, raw).enumerated() {
            XCTAssertEqual(String(line.text), String(expected), "line \(k)")
            XCTAssertEqual(line.withTextBytes { Array($0) }, Array(expected.utf8), "line \(k)")
            XCTAssertEqual(lines.withTextBytes(k) { Array($0) }, Array(expected.utf8), "line \(k)")
            XCTAssertEqual(lines.withContentBytes(k) { Array($0) }, Array(line.content.utf8), "line \(k)")
            XCTAssertEqual(line.textByteCount, expected.utf8.count)
            XCTAssertEqual(line.contentByteCount, line.content.utf8.count)
            if line.kind == .body {
                XCTAssertTrue(expected.contains(line.content), "line \(k): the content is a piece of the line")
                XCTAssertEqual(line.key, LineKey.hash(line.content))
            }
        }
        XCTAssertEqual(String(lines[0].content), "Indented “quoted” line")
        XCTAssertEqual(lines[1].kind, .blank)
        XCTAssertEqual(lines[1].contentByteCount, 0)
    }

    /// Lines over Strings of every kind read their own bytes in place (`Array.withContentBytes`):
    /// a small String (15 bytes or fewer, held in the value), a large one of their own, and a
    /// block's text shared by many lines; the content after the text (a prefix cut) too.
    func testInPlaceBytesOfSmallLargeAndSharedStorage() {
        let block = "First line of a shared block of text\nSecond, with “quotes”\nx"
        var offset = 0
        var lines: [ClassifiedLine] = []
        for part in block.split(separator: "\n", omittingEmptySubsequences: false) {
            let n = part.utf8.count
            lines.append(ClassifiedLine(storage: block, text: offset..<(offset + n), content: offset..<(offset + n),
                                        kind: .body, key: 0, words: 1))
            offset += n + 1
        }
        lines.append(ClassifiedLine(text: "Short", content: "Short", kind: .body, key: 0, words: 1))
        lines.append(ClassifiedLine(text: "Exactly15bytes!", content: "15bytes!", kind: .body, key: 0, words: 1))
        lines.append(ClassifiedLine(text: "By Jane Doe: A longer story line", content: "Another story", kind: .body, key: 0, words: 3))
        let expected: [(text: String, content: String)] = [
            ("First line of a shared block of text", "First line of a shared block of text"),
            ("Second, with “quotes”", "Second, with “quotes”"), ("x", "x"), ("Short", "Short"),
            ("Exactly15bytes!", "15bytes!"), ("By Jane Doe: A longer story line", "Another story")]
        XCTAssertEqual(lines.count, expected.count)
        for (k, e) in expected.enumerated() {
            XCTAssertEqual(lines.withTextBytes(k) { Array($0) }, Array(e.text.utf8), "line \(k)")
            XCTAssertEqual(lines.withContentBytes(k) { Array($0) }, Array(e.content.utf8), "line \(k)")
            XCTAssertEqual(lines.withContentBytes(k) { Array($0) }, lines[k].withContentBytes { Array($0) }, "line \(k)")
        }
    }

    func testStringInitKeepsContentThatIsNotTheTextsEnd() {
        let cut = ClassifiedLine(text: "By Jane Doe: The story", content: "The story", kind: .body, key: 1, words: 2)
        XCTAssertEqual(String(cut.text), "By Jane Doe: The story")
        XCTAssertEqual(String(cut.content), "The story")
        let other = ClassifiedLine(text: "UPDATED 3 May", content: "3 May 2024", kind: .body, key: 1, words: 3)
        XCTAssertEqual(String(other.text), "UPDATED 3 May")
        XCTAssertEqual(String(other.content), "3 May 2024")
        XCTAssertEqual(other.withContentBytes { Array($0) }, Array("3 May 2024".utf8))
    }

    func testRuleFieldsAreCopiedOnWrite() {
        let line = ClassifiedLine(text: "Photo: AP", content: "Photo: AP", kind: .stripped(rule: "credit", role: nil),
                                  detail: "credit line", metadata: ["credits": .array([.string("AP")])], key: 7, words: 2,
                                  linkRule: nil)
        var copy = line
        copy.detail = "changed"
        copy.metadata["credits"] = nil
        copy.linkRule = "promo"
        XCTAssertEqual(line.detail, "credit line")
        XCTAssertEqual(line.metadata["credits"], .array([.string("AP")]))
        XCTAssertNil(line.linkRule)
        XCTAssertTrue(line.isMetadataBearing)
        XCTAssertEqual(copy.detail, "changed")
        XCTAssertFalse(copy.isMetadataBearing)
        XCTAssertEqual(copy.linkRule, "promo")
        let plain = ClassifiedLine(text: "Prose.", content: "Prose.", kind: .body, key: 1, words: 1)
        XCTAssertEqual(plain.detail, "")
        XCTAssertTrue(plain.metadata.isEmpty)
        XCTAssertNil(plain.linkRule)
    }
}
