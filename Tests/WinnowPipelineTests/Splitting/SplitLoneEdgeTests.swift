import XCTest
@testable import WinnowPipeline

/// Headline-less pages glued with one page edge alone between them (`lone_page_edge`,
/// `BoundaryLoneEdge.swift`): a byline or a separator between a paragraph that ended and a prose
/// lede on another topic starts a story; the same edge between two paragraphs of one story does not.
final class SplitLoneEdgeTests: XCTestCase {
    func stages(_ weight: Double?) throws -> (LineClassifier, StorySplitter) {
        try CleaningFixtures.stages { if let w = weight { $0.weights[.lonePageEdge] = w } }
    }

    func glued(_ edge: String) -> String {
        (SplitStructureTests.harbour + ["", edge, ""] + SplitStructureTests.orchestra).joined(separator: "\n")
    }

    func testLoneBylineOverAnotherTopicStartsAStory() throws {
        let (classifier, splitter) = try stages(nil)
        let lines = classifier.classify(glued("By Jane Doe and John Roe"))
        let stories = splitter.split(lines)
        XCTAssertEqual(stories.count, 2)
        XCTAssertTrue(stories.last?.text.hasPrefix(SplitStructureTests.orchestra[0]) ?? false)
        XCTAssertTrue(splitter.explain(lines).contains { $0.kind == .boundary && $0.features.contains { $0.hasPrefix("lone_page_edge=") } })
        // Off, the orchestra story runs on from the harbour story.
        let (c0, s0) = try stages(0)
        XCTAssertEqual(s0.split(c0.classify(glued("By Jane Doe and John Roe"))).count, 1)
    }

    func testLoneSeparatorOverAnotherTopicStartsAStory() throws {
        let (classifier, splitter) = try stages(nil)
        let stories = splitter.split(classifier.classify(glued("+++")))
        XCTAssertEqual(stories.count, 2)
        XCTAssertTrue(stories.last?.text.hasPrefix(SplitStructureTests.orchestra[0]) ?? false)
    }

    /// A byline next to a comment count is a page's header (`page_header`): a byline heads a story.
    func testBylineWithOtherFurnitureIsAPageHeader() throws {
        let (classifier, splitter) = try stages(nil)
        let text = (SplitStructureTests.harbour + ["", "274 Comments", "", "By Jane Doe and John Roe", ""] + SplitStructureTests.orchestra)
            .joined(separator: "\n")
        let lines = classifier.classify(text)
        XCTAssertTrue(splitter.explain(lines).contains {
            $0.kind == .boundary && $0.features.contains { $0.hasPrefix("page_header=") } && $0.features.contains { $0.hasPrefix("furniture_block=") }
        })
        XCTAssertTrue(BoundaryScorer.isPageHeader(BoundaryScorer.FurnitureKind.byline.rawValue | BoundaryScorer.FurnitureKind.widget.rawValue))
        XCTAssertFalse(BoundaryScorer.isPageHeader(BoundaryScorer.FurnitureKind.credit.rawValue | BoundaryScorer.FurnitureKind.widget.rawValue))
    }

    /// A section rule or a byline between two paragraphs of one story: the words on both sides
    /// are the same topic's, so cohesion holds the edge under the threshold.
    func testLoneEdgeInsideOneStoryIsNoStart() throws {
        let (classifier, splitter) = try stages(nil)
        let h = SplitStructureTests.harbour
        for edge in ["+++", "By Jane Doe"] {
            let text = (Array(h[0...2]) + ["", edge, ""] + Array(h[3...])).joined(separator: "\n")
            XCTAssertEqual(splitter.split(classifier.classify(text)).count, 1, edge)
        }
    }
}

/// A column that opens on a short quotation under its byline, with no headline (`BoundaryShortLede.swift`).
final class SplitShortLedeTests: XCTestCase {
    func glued(_ lede: String) -> String {
        let h = SplitStructureTests.harbour
        let longEnd = h[3] + " " + h[4]  // the story above ends on a paragraph longer than a headline
        return (Array(h[0...2]) + [longEnd, "", "By Jane Doe and John Roe", "", lede, ""] + SplitStructureTests.orchestra)
            .joined(separator: "\n")
    }

    func testShortQuotationUnderABylineOpensTheStory() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lede = "\"We're going to fill every seat in the hall.\""
        let stories = splitter.split(classifier.classify(glued(lede)))
        XCTAssertEqual(stories.count, 2)
        XCTAssertTrue(stories.last?.text.hasPrefix(lede) ?? false)
    }

    /// Under a paragraph of headline length (a headline ending on a full stop over its byline), the
    /// short line is no lede of its own.
    func testShortLineUnderAHeadlineLengthParagraphIsNoLede() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify((SplitStructureTests.harbour + ["", "Orchestra names its season. Why it matters.", "",
                                          "By Jane Doe", "", "\"We're going to fill every seat in the hall.\"", ""]
                                         + SplitStructureTests.orchestra).joined(separator: "\n"))
        XCTAssertFalse(splitter.explain(lines).contains {
            $0.kind == .boundary && lines.lines[$0.line].content.hasPrefix("\"We're going") && $0.features.contains { $0.hasPrefix("furniture_block=") || $0.hasPrefix("lone_page_edge=") }
        })
    }
}
