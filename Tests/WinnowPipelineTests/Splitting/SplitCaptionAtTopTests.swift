import XCTest
@testable import WinnowPipeline

/// A picture's caption at the top of a text, over the first dateline lede (a Reuters page:
/// `… REUTERS/Jane Doe` over `DAVOS, Switzerland (Reuters) - …`), is that story's: the text's top
/// counts as the start above the lede for `caption_only_above`.
final class SplitCaptionAtTopTests: XCTestCase {
    static let h = SplitStructureTests.harbour
    static let caption = "Dredgers work in the northern shipping channel as the harbour authority's chairman speaks to reporters during a visit to the terminal in Rotterdam, Netherlands, January 22, 2020, before the vote on the plan. REUTERS/Jane Doe"

    func testCaptionOverTheFirstLedeJoinsItsStory() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let text = ([Self.caption, "", "ROTTERDAM, Netherlands (Reuters) - " + Self.h[0], ""] + Self.h.dropFirst().flatMap { [$0, ""] })
            .joined(separator: "\n")
        for record in [true, false] {
            let stories = splitter.split(classifier.classify(text), record: record)
            XCTAssertEqual(stories.count, 1, "record \(record)")
            XCTAssertTrue(stories.first?.text.hasPrefix(Self.caption) == true)
        }
    }

    /// Prose negative: a paragraph of the text's own over the lede is no caption, and the dateline
    /// lede under it still starts a story.
    func testParagraphOverTheFirstLedeStaysApart() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let o = SplitStructureTests.orchestra
        let text = (o.flatMap { [$0, ""] } + ["ROTTERDAM, Netherlands (Reuters) - " + Self.h[0], ""] + Self.h.dropFirst().flatMap { [$0, ""] })
            .joined(separator: "\n")
        XCTAssertEqual(splitter.split(classifier.classify(text)).count, 2)
    }
}
