import XCTest
@testable import WinnowPipeline

/// A headline-less page opening on a sentence of a few words under the page's header
/// (`BoundaryShortLede.swift`, `isShortSentenceLede`): the line opens the story's text, it is not
/// its title; over a byline of its own the same line stays the title.
final class SplitShortSentenceLedeTests: XCTestCase {
    static let header = SplitTwoSentenceLedeTests.header

    func testShortSentenceUnderAPageHeaderIsTheFirstLine() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let text = (SplitStructureTests.harbour + Self.header + ["Musicians rehearse.", ""] + SplitStructureTests.orchestra)
            .joined(separator: "\n")
        let stories = splitter.split(classifier.classify(text))
        XCTAssertEqual(stories.count, 2)
        XCTAssertNil(stories.last?.title)
        XCTAssertTrue(stories.last?.text.hasPrefix("Musicians rehearse.") ?? false)
    }

    func testShortSentenceOverItsOwnBylineStaysTheTitle() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let text = (SplitStructureTests.harbour + Self.header + ["Musicians rehearse.", "", "By Jane Doe and John Roe", ""]
                    + SplitStructureTests.orchestra).joined(separator: "\n")
        let stories = splitter.split(classifier.classify(text))
        XCTAssertEqual(stories.count, 2)
        XCTAssertEqual(stories.last?.title, "Musicians rehearse.")
    }
}
