import XCTest
@testable import WinnowPipeline

/// A JSONL record that names its own title in a field (`BoundaryTitledRecord.swift`) is one
/// extracted article: no start inside it stands (`titled_record`). A record without that field,
/// or a unit joined from pages of one url, keeps every reading.
final class SplitTitledRecordTests: XCTestCase {
    static let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra

    /// The harbour paragraphs, then a wire dateline lede: a start in any record.
    static let dated = (h + ["VIENNA (AP) — " + o[0]] + o.dropFirst()).joined(separator: "\n\n")

    /// A labelled link in capitals between an article's paragraphs (`RELATED VIDEO: …`), read as
    /// a kicker over a headline.
    static let labelled = (h + ["RELATED VIDEO: How the City Orchestra Chose Its New Conductor"] + o)
        .joined(separator: "\n\n")

    func titled(_ text: String, _ classifier: LineClassifier) -> ClassifiedText {
        var c = classifier.classify(text)
        c.titledRecord = true
        return c
    }

    /// The rule on, as a user of single-article JSONL sets it (`titled_record: -50`).
    static func on() throws -> (LineClassifier, StorySplitter) { try CleaningFixtures.stages { $0.weights[.titledRecord] = -50 } }

    /// Shipped off: a scrape dump's JSONL page may carry its page title and still glue several
    /// stories, so a title field alone does not make a record one story.
    func testShippedPipelineLeavesTitledRecordsToTheOtherEvidence() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        XCTAssertEqual(splitter.split(titled(Self.dated, classifier), record: true).count, 2)
    }

    func testStartInsideATitledRecordIsDemoted() throws {
        let (classifier, splitter) = try Self.on()
        // Without a title field the dateline lede opens a second story of the record.
        XCTAssertEqual(splitter.split(classifier.classify(Self.dated), record: true).count, 2)
        let stories = splitter.split(titled(Self.dated, classifier), record: true)
        XCTAssertEqual(stories.count, 1)
        // Prose negative: the demoted lede and the paragraphs under it stay in the article.
        XCTAssertTrue(stories.first?.text.contains("VIENNA (AP) — " + Self.o[0]) ?? false)
        XCTAssertTrue(stories.first?.text.contains(Self.o[4]) ?? false)
        XCTAssertTrue(splitter.explain(titled(Self.dated, classifier), record: true)
            .contains { $0.features.fired("titled_record", .negative) })
        // Off, the titled record splits as an untitled one does; a text dump ignores the flag.
        let (c0, s0) = try CleaningFixtures.stages { $0.weights[.titledRecord] = 0 }
        XCTAssertEqual(s0.split(titled(Self.dated, c0), record: true).count, 2)
        XCTAssertEqual(splitter.split(titled(Self.dated, classifier), record: false).count, 2)
    }

    func testLabelledLinkInsideATitledRecordOpensNothing() throws {
        let (classifier, splitter) = try Self.on()
        XCTAssertEqual(splitter.split(classifier.classify(Self.labelled), record: true).count, 2)
        let stories = splitter.split(titled(Self.labelled, classifier), record: true)
        XCTAssertEqual(stories.count, 1)
        // The paragraphs on both sides of the label stay in the one article.
        let text = stories.first?.text ?? ""
        XCTAssertTrue(text.contains(Self.h[0]) && text.contains(Self.h[4]))
        XCTAssertTrue(text.contains(Self.o[0]) && text.contains(Self.o[4]))
    }

    func block(_ metadata: [String: JSONValue], id: String? = "r1", edges: [Int] = []) -> TextBlock {
        var b = TextBlock(source: "in.jsonl", sourceIndex: 0, blockIndex: 0, isLastBlock: true, recordID: id,
                          position: InputPosition(line: 1, byteOffset: 0), text: Self.dated, metadata: metadata)
        b.pageEdges = edges
        return b
    }

    func testOnlyARecordWithANonBlankTitleFieldIsTitled() throws {
        XCTAssertTrue(block(["title": .string("Harbour dredging approved")]).isTitledRecord)
        XCTAssertTrue(block(["headline": .string("Harbour dredging approved")]).isTitledRecord)
        XCTAssertFalse(block(["title": .string("  ")]).isTitledRecord)
        XCTAssertFalse(block(["title": .null, "url": .string("https://example.com/a")]).isTitledRecord)
        XCTAssertFalse(block([:]).isTitledRecord)
        // Pages of one url joined into a unit: a listing's pages can share a title.
        XCTAssertFalse(block(["title": .string("Latest news")], edges: [4]).isTitledRecord)
        // A text dump's block is no record.
        XCTAssertFalse(block(["title": .string("Harbour")], id: nil).isTitledRecord)
        // The classifier carries the flag from the block to the splitter.
        let (classifier, splitter) = try Self.on()
        let c = classifier.classify(block(["title": .string("Harbour dredging approved")]))
        XCTAssertTrue(c.titledRecord)
        XCTAssertEqual(splitter.split(c, record: true).count, 1)
        XCTAssertEqual(splitter.split(classifier.classify(block([:])), record: true).count, 2)
    }
}
