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

    /// Each record-edge feature stands on its own weight, and a closed edge (furniture under the
    /// story above) is exempt from `unlike_record_headlines` whatever `record_edge_closed` weighs.
    func testRecordEdgeFeaturesStandOnTheirOwnWeights() throws {
        let bare = SplitRecordStyleTests.bare
        let head = [Self.headline] + SplitRecordStyleTests.header + SplitStructureTests.harbour + ["Share this article"]
        let text = (head + bare + SplitStructureTests.orchestra).joined(separator: "\n\n")
        let edge = head.count * 2
        func run(_ set: (inout SplitConfig) -> Void) throws -> (stories: Int, features: [String]) {
            let (c, s) = try CleaningFixtures.stages(editing: set)
            let fates = s.explain(classified(text, edges: [edge], c), record: true)
            let line = try XCTUnwrap(fates.first { $0.line == edge })
            return (s.split(classified(text, edges: [edge], c), record: true).count, line.features)
        }
        let both = try run { _ in }
        XCTAssertEqual(both.stories, 2, "\(both.features)")
        XCTAssertTrue(both.features.fired("record_edge") && both.features.fired("record_edge_closed"), "\(both.features)")
        XCTAssertFalse(both.features.fired("unlike_record_headlines"))
        // `record_edge` at 0 does not show; the closed reading still does.
        let noEdge = try run { $0.weights[.recordEdge] = 0 }
        XCTAssertFalse(noEdge.features.fired("record_edge"), "\(noEdge.features)")
        XCTAssertTrue(noEdge.features.fired("record_edge_closed"), "\(noEdge.features)")
        // `record_edge_closed` at 0 (the plain edge weighed up to keep the line over the threshold):
        // not shown, and the closed edge is still no bare headline of the record.
        let noClosed = try run { $0.weights[.recordEdgeClosed] = 0; $0.weights[.recordEdge] = 2.5 }
        XCTAssertFalse(noClosed.features.fired("record_edge_closed"), "\(noClosed.features)")
        XCTAssertFalse(noClosed.features.fired("unlike_record_headlines"), "\(noClosed.features)")
        XCTAssertEqual(noClosed.stories, 2, "\(noClosed.features)")
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
