import XCTest
@testable import WinnowPipeline

/// A headline-less page opening under its header on a question in sentence case or on a sentence
/// of a headline's length closing on a full stop (`BoundaryPageHeaderLede.swift`,
/// `isOpeningUnderPageHeader`): the line opens the story's text, it is not its title. A question
/// in Title Case, or over a byline of its own, stays the title.
final class SplitPageHeaderLedeTests: XCTestCase {
    static let header = SplitTwoSentenceLedeTests.header

    func stories(_ opening: [String]) throws -> [ExtractedStory] {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let text = (SplitStructureTests.harbour + Self.header + opening + SplitStructureTests.orchestra).joined(separator: "\n")
        return splitter.split(classifier.classify(text))
    }

    func testQuestionUnderAPageHeaderIsTheFirstLine() throws {
        let stories = try stories(["Who decides what the orchestra plays next?", ""])
        XCTAssertEqual(stories.count, 2)
        XCTAssertNil(stories.last?.title)
        XCTAssertTrue(stories.last?.text.hasPrefix("Who decides what the orchestra plays next?") ?? false)
    }

    func testSentenceOfHeadlineLengthUnderAPageHeaderIsTheFirstLine() throws {
        let stories = try stories(["Rehearsals begin today for the orchestra's new conductor.", ""])
        XCTAssertEqual(stories.count, 2)
        XCTAssertNil(stories.last?.title)
        XCTAssertTrue(stories.last?.text.hasPrefix("Rehearsals begin today for the orchestra's new conductor.") ?? false)
    }

    func testTitleCaseQuestionStaysTheTitle() throws {
        let stories = try stories(["Who Decides What The Orchestra Plays Next?", ""])
        XCTAssertEqual(stories.count, 2)
        XCTAssertEqual(stories.last?.title, "Who Decides What The Orchestra Plays Next?")
    }

    func testQuestionOverItsOwnBylineStaysTheTitle() throws {
        let stories = try stories(["Who decides what the orchestra plays next?", "", "By Jane Doe and John Roe", ""])
        XCTAssertEqual(stories.count, 2)
        XCTAssertEqual(stories.last?.title, "Who decides what the orchestra plays next?")
    }
}
