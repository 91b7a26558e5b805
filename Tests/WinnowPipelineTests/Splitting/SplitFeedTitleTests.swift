import XCTest
@testable import WinnowPipeline

/// A flattened feed item's title field over the item's other fields opens the item and titles it
/// (`feed_item_title`, `BoundaryFeedTitle.swift`), whatever its shape; items glued with no
/// `item 3` line between.
final class SplitFeedTitleTests: XCTestCase {
    static let head = "Orchestra Names a Conductor From the U.K."

    static func item(_ title: String, _ slug: String, _ body: [String]) -> [String] {
        ["title: " + title, "link: https://example.com/" + slug, "pubDate: Tue, 07 Nov 2017 09:00:00 +0000", ""] + body + [""]
    }

    static let text = (item("Harbour Approves Dredging Plan for the Northern Channel", "harbour", SplitStructureTests.harbour)
        + item(head, "orchestra", SplitStructureTests.orchestra)).joined(separator: "\n")

    /// The title ends on an abbreviation (read as a sentence): held under the threshold, the
    /// item's fields alone started the story at its lede, untitled.
    func testTitleFieldOverItemFieldsTitlesTheItem() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(Self.text)
        let stories = splitter.split(lines)
        XCTAssertEqual(stories.count, 2)
        XCTAssertEqual(stories.last?.title, Self.head)
        XCTAssertTrue(splitter.explain(lines).contains { $0.kind == .title && $0.features.fired("feed_item_title", .positive) })
        let (c0, s0) = try CleaningFixtures.stages { $0.weights[.feedItemTitle] = 0 }
        XCTAssertNotEqual(s0.split(c0.classify(Self.text)).last?.title, Self.head)
    }

    /// Prose negative: a line opening `Title:` between an article's paragraphs (no item field under
    /// it) gets no such weight and stays in its story.
    func testTitleLabelInProseStays() throws {
        let h = SplitStructureTests.harbour
        let line = "Title: The Channel and Its Shellfish Beds Through Eighteen Months of Dredging"
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify((Array(h[..<3]) + [line] + h[3...]).joined(separator: "\n\n"))
        XCTAssertFalse(splitter.explain(lines).contains { $0.features.fired("feed_item_title", .positive) })
        XCTAssertEqual(splitter.split(lines).count, 1)
    }
}
