import XCTest
@testable import WinnowPipeline

/// A story pasted into a forum thread (`StorySplitter+ForumPost.swift`): under a thread retitled
/// by its poster, the article's own headline under the post's meta line titles the story.
final class SplitForumPostTitleTests: XCTestCase {
    static let meta = "348 points by ann 3 hours ago | hide | past | favorite | 35 comments"
    static let headline = "Harbour Approves Dredging Plan for the Northern Channel"

    func testPastedHeadlineUnderThePostTitlesTheStory() throws {
        XCTAssertEqual(try CleaningFixtures.strippedRule(Self.meta), "forum_widget")
        let text = ["Thoughts on this?", Self.meta, "", Self.headline, ""] + SplitStructureTests.harbour
        let stories = try CleaningFixtures.split(text)
        XCTAssertEqual(stories.map(\.title), [Self.headline])
        XCTAssertFalse(stories[0].text.contains(Self.headline))
    }

    /// Prose negatives: a thread titled with the headline keeps it, and the article's first
    /// paragraph under the meta line (a short sentence, a line of prose) stays its text.
    func testThreadTitleOverProseStays() throws {
        for first in ["The council voted on Tuesday.", SplitStructureTests.harbour[0]] {
            let text = [Self.headline, Self.meta, "", first, ""] + SplitStructureTests.harbour.dropFirst()
            let stories = try CleaningFixtures.split(text)
            XCTAssertEqual(stories.map(\.title), [Self.headline], first)
            XCTAssertTrue(stories[0].text.hasPrefix(first), first)
        }
    }
}
