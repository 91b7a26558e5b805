import XCTest
@testable import WinnowPipeline

/// A board's reply (`Re: <thread title>` over its poster line) heads a comment as a handle and an
/// age do (`CommentThread`): the reply's text, buttons and signature under it, up to a blank
/// line, are a reader's, stripped as `comment_thread`. They were kept and glued to the story.
final class CleaningReplyThreadTests: XCTestCase {
    func testAReplyUnderItsSubjectIsAComment() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let text = ["Re: Harbour Approves Dredging Plan", "Post by bob » Thu Dec 12, 2019 5:31 pm",
                    "Same story, different year. Nothing will change.", "Reply  Quote  Like 13",
                    "Posting from the break room again.", "", SplitStructureTests.harbour[0]].joined(separator: "\n")
        let lines = classifier.classify(text).lines
        XCTAssertEqual(lines[2].strippedRule, CommentThread.rule)
        XCTAssertEqual(lines[4].strippedRule, CommentThread.rule)
        XCTAssertNil(lines[6].strippedRule)
    }

    /// Prose negative: a story pasted under a reply header, paragraphs of prose length with no
    /// blank line between, is left alone (where the reply ends is not known).
    func testAStoryUnderAReplyHeaderStays() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let text = (["Re: Harbour Approves Dredging Plan", "Post by bob » Thu Dec 12, 2019 5:31 pm"] + SplitStructureTests.harbour
                    + SplitStructureTests.orchestra.prefix(2)).joined(separator: "\n")
        let lines = classifier.classify(text).lines
        for k in 2..<lines.count { XCTAssertNil(lines[k].strippedRule, String(lines[k].content)) }
    }
}
