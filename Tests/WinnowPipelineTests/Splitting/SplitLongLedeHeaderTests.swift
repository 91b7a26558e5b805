import XCTest
@testable import WinnowPipeline

/// A lede too long to be scored as a headline (an unwrapped paragraph of `max_chars` × 4 bytes or
/// more) under a block of three kinds of furniture, one of them a page edge (a syndication note, a
/// navigation row and `Back to top`, a photo credit): the next page's header, as for a shorter
/// lede (`isLedePageHeader`). Under an ad slot and a photo credit alone (no page edge), the long
/// paragraph stays in its story.
final class SplitLongLedeHeaderTests: XCTestCase {
    static let long = (SplitStructureTests.orchestra + SplitTrailerEdgeTests.orchestra.suffix(1)).joined(separator: " ")
    static let block = ["This story was originally published by Tribune Online.", "Home | World | Politics | Business | Opinion",
                        "Back to top", "Ines Nakamura | Tribune Online"]

    func text(_ between: [String]) -> String {
        (Array(SplitStructureTests.harbour.prefix(3)) + between + [Self.long]).joined(separator: "\n\n")
    }

    func testLongLedeUnderThreeKindsStartsAStory() throws {
        XCTAssertGreaterThan(Self.long.utf8.count, 800)
        let (classifier, splitter) = try CleaningFixtures.stages { _ in }
        let stories = splitter.split(classifier.classify(text(Self.block)))
        XCTAssertEqual(stories.count, 2)
        XCTAssertEqual(stories.last?.text, Self.long)
    }

    func testLongParagraphUnderAnAdAndACreditStays() throws {
        let (classifier, splitter) = try CleaningFixtures.stages { _ in }
        let stories = splitter.split(classifier.classify(text(["Advertisement", "Ines Nakamura/Reuters"])))
        XCTAssertEqual(stories.count, 1)
        XCTAssertTrue(stories.first?.text.contains(Self.long) ?? false)
    }
}
