import XCTest
@testable import WinnowPipeline

/// Record edges (`BoundaryRecordEdge.swift`): where `PageJoiner` joined records of one url, the
/// first content line of each later record is a weak start reading (`record_edge`), and opens a
/// story on its own where the story above closed (`record_edge_opening`); a page cut between an
/// article's paragraphs opens nothing.
final class SplitRecordEdgeTests: XCTestCase {
    static let headline = "Harbour authority approves dredging of northern shipping channel"

    /// The harbour story, then `between`, then the orchestra story's paragraphs with no headline;
    /// the text as `PageJoiner` joins it, and the line index of the orchestra lede.
    static func joined(_ between: [String]) -> (text: String, lede: Int) {
        let head = [headline] + SplitRecordStyleTests.header + SplitStructureTests.harbour + between
        let text = (head + SplitStructureTests.orchestra).joined(separator: "\n\n")
        return (text, head.count * 2)
    }

    func classified(_ text: String, edges: [Int], _ classifier: LineClassifier) -> ClassifiedText {
        var c = classifier.classify(text)
        c.recordEdges = edges
        return c
    }

    func testRecordEdgeUnderATrailerOpensAStory() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let (text, lede) = Self.joined(["Jane Roe contributed reporting."])
        // A lede of headline length under the trailer: a start candidate the edge lifts.
        let stories = splitter.split(classified(text, edges: [lede], classifier), record: true)
        XCTAssertEqual(stories.count, 2)
        XCTAssertFalse(stories.first?.text.contains(SplitStructureTests.orchestra[1]) ?? true)
        let fates = splitter.explain(classified(text, edges: [lede], classifier), record: true)
        XCTAssertTrue(fates.contains { $0.features.fired("record_edge_closed") })
        // Without the edge the record stays one story.
        XCTAssertEqual(splitter.split(classifier.classify(text), record: true).count, 1)
        XCTAssertFalse(splitter.explain(classifier.classify(text), record: true).contains { f in ["record_edge", "record_edge_closed", "record_edge_opening"].contains { f.features.fired($0) } })
    }

    func testRecordEdgeUnderATrailerOpensAStoryOnALongLede() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let o = SplitStructureTests.orchestra
        let head = [Self.headline] + SplitRecordStyleTests.header + SplitStructureTests.harbour + ["Jane Roe contributed reporting."]
        // A lede no headline could be (too long): opened by `record_edge_opening` alone.
        let text = (head + [o[0] + " " + o[1]] + o.dropFirst(2)).joined(separator: "\n\n")
        let edged = classified(text, edges: [head.count * 2], classifier)
        let stories = splitter.split(edged, record: true)
        XCTAssertEqual(stories.count, 2)
        XCTAssertTrue(stories.count == 2 && stories[1].text.hasPrefix(o[0]))
        XCTAssertTrue(splitter.explain(edged, record: true).contains { $0.features.fired("record_edge_opening") })
        // Off, the edge opens nothing of its own.
        let (c0, s0) = try CleaningFixtures.stages { $0.weights[.recordEdgeOpening] = 0 }
        let off = s0.explain(classified(text, edges: [head.count * 2], c0), record: true)
        XCTAssertFalse(off.contains { $0.features.fired("record_edge_opening") })
    }

    func testPageCutBetweenParagraphsUnderOneWidgetOpensNothing() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        // One article cut into two pages between paragraphs, an inline widget at the cut.
        let paragraphs = SplitStructureTests.harbour
        let head = [Self.headline] + SplitRecordStyleTests.header + Array(paragraphs.prefix(2)) + ["Advertisement"]
        let text = (head + paragraphs.dropFirst(2)).joined(separator: "\n\n")
        let stories = splitter.split(classified(text, edges: [head.count * 2], classifier), record: true)
        XCTAssertEqual(stories.count, 1)
        let fates = splitter.explain(classified(text, edges: [head.count * 2], classifier), record: true)
        XCTAssertFalse(fates.contains { $0.features.fired("record_edge_opening") })
    }

    /// An edge inside a merged (hard-wrapped) paragraph flags nothing; one over blank lines flags
    /// the first content line below.
    func testEdgeLinesMapToMergedContentLines() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let lines = classifier.classify("Alpha line one.\n\nBeta line two.\nGamma line three.").lines
        let spans = [0..<1, 1..<2, 2..<4]
        let merged = [lines[0], lines[1], lines[2]]
        XCTAssertEqual(BoundaryPlanner.recordEdgeLines([1], spans: spans, lines: merged), [false, false, true])
        XCTAssertEqual(BoundaryPlanner.recordEdgeLines([3], spans: spans, lines: merged), [false, false, false])
        XCTAssertEqual(BoundaryPlanner.recordEdgeLines([], spans: spans, lines: merged), [])
    }
}
