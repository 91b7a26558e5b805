import XCTest
@testable import WinnowPipeline

/// A board post's header (`ForumPostHeader`): the post's number, the poster and the poster's fields
/// are stripped; a reply's text (post 2 on) up to its button row goes too, the opening post's
/// pasted article stays. They were kept, glued into the story and titled records.
final class CleaningForumPostHeaderTests: XCTestCase {
    func testPostHeadersAndARepliesTextAreStripped() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let text = (["Harbour Approves Dredging Plan", "", "#1", "dock_rat77", "Join Date: Mar 2009", "Posts: 12,345", ""]
                    + SplitStructureTests.harbour
                    + ["Reply With Quote", "", "#2", "Maya Ortiz", "Join Date: Jan 2011", "Posts: 87", "",
                       "Same old story, nothing will change until people vote.", "", "Reply With Quote"])
            .joined(separator: "\n")
        let lines = classifier.classify(text).lines
        for k in [2, 3, 4, 5] { XCTAssertNotNil(lines[k].strippedRule, String(lines[k].text)) }
        for k in 7..<(7 + SplitStructureTests.harbour.count) { XCTAssertNil(lines[k].strippedRule, String(lines[k].content)) }
        let reply = 7 + SplitStructureTests.harbour.count + 2
        for k in reply..<(reply + 4) { XCTAssertEqual(lines[k].strippedRule, ForumPostHeader.rule, String(lines[k].text)) }
        XCTAssertEqual(lines[reply + 5].strippedRule, ForumPostHeader.rule)
    }

    /// Negative: a ranked list's `#1` over an item's title and its prose has no poster's fields.
    func testARankedItemStays() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let text = (["#1", "The Northern Channel"] + SplitStructureTests.harbour.prefix(2)).joined(separator: "\n")
        let lines = classifier.classify(text).lines
        for k in 1..<lines.count { XCTAssertNotEqual(lines[k].strippedRule, ForumPostHeader.rule, String(lines[k].text)) }
    }
}
