import XCTest
@testable import WinnowPipeline

/// A headline over a social sign-off line (`Follow @TheLedger`) and a dateline lede titles the
/// lede's story (`BoundaryTrailerUnderHeadline.swift`); a wire sign-off there, or a paragraph's
/// last sentence over the sign-off, still ends the story above.
final class SplitTrailerUnderHeadlineTests: XCTestCase {
    static let headline = "Orchestra names Helsinki conductor to lead its autumn season"
    static let lede = "HELSINKI, Dec. 12 (Reuters) - " + SplitStructureTests.orchestra[0]

    func split(_ between: [String]) throws -> [ExtractedStory] {
        try CleaningFixtures.split(SplitStructureTests.harbour + between + [Self.lede] + SplitStructureTests.orchestra.dropFirst())
    }

    func testHeadlineOverFollowLineTitlesTheLede() throws {
        let stories = try split([Self.headline, "Follow @TheLedger"])
        XCTAssertEqual(stories.count, 2)
        guard stories.count == 2 else { return }
        XCTAssertEqual(stories[1].title, Self.headline)
        XCTAssertFalse(stories[0].text.contains(Self.headline))
        XCTAssertTrue(stories[1].text.hasPrefix(Self.lede))
    }

    /// Negative: an agency's sign-off closes the story above whatever line is over it.
    func testWireSignOffStillEndsTheStoryAbove() throws {
        let stories = try split([Self.headline, "dpa"])
        XCTAssertEqual(stories.count, 2)
        guard stories.count == 2 else { return }
        XCTAssertNotEqual(stories[1].title, Self.headline)
    }

    /// Negative: a paragraph's last sentence over the follow line stays the story above's.
    func testSentenceOverFollowLineStaysAbove() throws {
        let last = "The orchestra's board said it would announce the full programme later this month."
        let stories = try split([last, "Follow @TheLedger"])
        XCTAssertEqual(stories.count, 2)
        guard stories.count == 2 else { return }
        XCTAssertNil(stories[1].title)
        XCTAssertTrue(stories[0].text.contains(last))
    }
}
