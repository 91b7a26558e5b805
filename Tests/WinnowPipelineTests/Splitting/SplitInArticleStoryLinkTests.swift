import XCTest
@testable import WinnowPipeline

/// A labelled link to another story (`Read also: <title>`) under a line is in-article furniture
/// wherever it stands (`BoundaryInArticleStoryLink.swift`): a record's own subhead over one is no
/// page start, while other widgets only under the line still read as a header's.
final class SplitInArticleStoryLinkTests: XCTestCase {
    static let subhead = "Pilots warn of risky night crossings"
    static let link = "Read also: City council approves new budget for parks"

    private func fired(_ paragraphs: [String]) throws -> FiredFeatures {
        let (classifier, _) = try CleaningFixtures.stages()
        let scorer = try CleaningFixtures.scorer()
        let lines = classifier.classify(paragraphs.joined(separator: "\n\n")).lines
        let i = try XCTUnwrap(lines.firstIndex { $0.content == Self.subhead })
        let facts = scorer.facts(lines)
        return try XCTUnwrap(scorer.headline(i, in: lines, facts: facts, inArticle: scorer.inArticleWidgets(lines, facts: facts))).fired
    }

    /// The only such link in the text, under the subhead: in-article all the same.
    func testStoryLinkUnderASubheadIsInArticle() throws {
        let h = SplitStructureTests.harbour
        let f = try fired([h[0], h[1], Self.subhead, Self.link, h[2], h[3], h[4]])
        XCTAssertTrue(f.contains(.inArticleWidgetAfter), "\(f)")
        XCTAssertFalse(f.contains(.widgetAfter), "\(f)")
    }

    /// A share row under the line is still a header's widget.
    func testShareRowStaysWidgetAfter() throws {
        let h = SplitStructureTests.harbour
        let f = try fired([h[0], h[1], Self.subhead, "Share on Facebook", h[2], h[3], h[4]])
        XCTAssertTrue(f.contains(.widgetAfter), "\(f)")
    }

    /// In a JSONL record the subhead over the link stays in the record's story, with the
    /// paragraphs under it; the link leaves the text.
    func testSubheadOverAStoryLinkStaysInTheRecord() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        var h = SplitStructureTests.harbour
        h[2] = "Pilots warn that night crossings are risky: the lit lane closes for the winter, and pilots would steer night crossings without the lit lane markers."
        let headline = "Harbour authority approves dredging of northern shipping channel"
        let text = ([headline, "By Jane Doe", "March 3, 2024", h[0], h[1], Self.subhead, Self.link, h[2], h[3], h[4]]).joined(separator: "\n\n")
        let stories = splitter.split(classifier.classify(text), record: true)
        XCTAssertEqual(stories.map(\.title), [headline])
        XCTAssertTrue(stories.first?.text.contains(h[2]) ?? false)
        XCTAssertFalse(stories.first?.text.contains(Self.link) ?? true)
    }
}
