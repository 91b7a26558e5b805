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

    /// A pasted headline opening with a label (`OPINION: …`) under the post's meta line titles
    /// the story too: the label is its kicker, not a dateline (a lede there ends like a sentence).
    func testLabelledHeadlineUnderThePostTitlesTheStory() throws {
        let headline = "OPINION: Harbour Dredging Plan Is a Mistake"
        let text = ["Thoughts on this?", Self.meta, "", headline, ""] + SplitStructureTests.harbour
        let stories = try CleaningFixtures.split(text)
        XCTAssertEqual(stories.map(\.title), [headline])
    }

    /// Prose negative: a dateline lede on a line of its own under the meta line stays the text.
    func testDatelineLedeUnderThePostStays() throws {
        let lede = "LONDON: The harbour authority approved the dredging plan on Tuesday."
        let text = ["Thoughts on this?", Self.meta, "", lede, ""] + SplitStructureTests.harbour
        let stories = try CleaningFixtures.split(text)
        XCTAssertEqual(stories.map(\.title), ["Thoughts on this?"])
        XCTAssertTrue(stories[0].text.hasPrefix(lede))
    }
}
