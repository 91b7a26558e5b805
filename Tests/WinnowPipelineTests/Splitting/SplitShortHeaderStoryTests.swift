import XCTest
@testable import WinnowPipeline

/// A short last story under a page header (headline, byline, time stamp) is a story of its own
/// (`min_header_story_words`), not a fragment of the story above.
final class SplitShortHeaderStoryTests: XCTestCase {
    static let short = [
        "Congress and the media obsess endlessly over whether the harbour board should be replaced.",
        "Both ignore the bigger problems.",
    ]

    func text() -> String {
        (["Harbour Board Backs Dredging Plan"] + SplitStructureTests.harbour
            + ["----", "America's forgotten debt", "By Kwame Dubois", "2019-12-11T11:53:00Z"] + Self.short).joined(separator: "\n")
    }

    func testShortStoryUnderAHeaderAtTheEnd() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        XCTAssertEqual(splitter.split(classifier.classify(text())).map(\.title),
                       ["Harbour Board Backs Dredging Plan", "America's forgotten debt"])
        let (c0, s0) = try CleaningFixtures.stages { $0.minHeaderStoryWords = 0 }
        XCTAssertEqual(s0.split(c0.classify(text())).map(\.title), ["Harbour Board Backs Dredging Plan"])
    }

    /// Followed by another start with no trailer between, the short block is no story of its own
    /// (`min_story_words` holds, as for an introduction over an article it quotes or a teaser
    /// over a lede): the two starts around it make two stories, not three.
    func testShortBlockBeforeAnUnclosedStartIsNoStory() throws {
        let t = text() + "\n" + (["Orchestra Names Vienna Conductor For Autumn Season", "By Jane Doe"] + SplitStructureTests.orchestra).joined(separator: "\n")
        let (classifier, splitter) = try CleaningFixtures.stages()
        XCTAssertEqual(splitter.split(classifier.classify(t)).count, 2)
    }
}
