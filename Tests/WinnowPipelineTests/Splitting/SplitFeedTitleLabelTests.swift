import XCTest
@testable import WinnowPipeline

/// A reader dump's title field opening with a label (`Title: OPINION: …` over `URL Source:`) is the
/// item's headline, not a colon dateline lede (`BoundaryDatelineLedes.swift`, `BoundaryFeedTitle.swift`):
/// read as a lede it lost `feed_item_title` and the `# OPINION: …` heading repeating it below, and two
/// items of one beat (cohesion ~0.3) stayed one story.
final class SplitFeedTitleLabelTests: XCTestCase {
    static let head = "Title: OPINION: The Harbour Plot Against the U.K."

    static func item(_ title: String, _ slug: String, _ body: [String]) -> [String] {
        ["Title: " + title, "URL Source: https://example.com/" + slug, "Published Time: 2018-02-01T10:30:00Z",
         "Markdown Content:", ""] + body.flatMap { [$0, ""] }
    }

    static let council = [
        "# OPINION: The Harbour Plot Against the U.K.",
        "The council's transport committee will review the harbour's dredging budget next month, after councillors questioned the cost of moving sediment from the channel.",
        "Committee members asked the harbour authority to publish its sediment monitoring reports so that fishermen could see how the shellfish beds fare.",
        "The authority said the reports would go online every week once dredging starts in the northern channel.",
    ]

    func testLabelledTitleFieldTitlesItsItem() throws {
        let text = (Self.item("Harbour Approves Dredging Plan for the Northern Channel", "harbour", Array(SplitStructureTests.harbour[..<3]))
            + Self.item("OPINION: The Harbour Plot Against the U.K.", "plot", Self.council)).joined(separator: "\n")
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(text)
        let stories = splitter.split(lines)
        XCTAssertEqual(stories.count, 2)
        XCTAssertTrue(stories.last?.text.hasPrefix(Self.council[1]) ?? false)
        XCTAssertTrue(splitter.explain(lines).contains { $0.kind == .title && $0.features.fired("feed_item_title", .positive) })
    }

    /// Prose negative: the same labelled line between an article's paragraphs, no item field under
    /// it, is no feed title and stays in its story.
    func testLabelledLineInProseStays() throws {
        let h = SplitStructureTests.harbour
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify((Array(h[..<3]) + [Self.head] + h[3...]).joined(separator: "\n\n"))
        XCTAssertFalse(splitter.explain(lines).contains { $0.features.fired("feed_item_title", .positive) })
        XCTAssertEqual(splitter.split(lines).count, 1)
    }
}
