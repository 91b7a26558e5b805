import XCTest
@testable import WinnowPipeline

/// A comment section whose headers sit over two lines, the commenter's name over the comment's
/// age (`CommentByline`): the name, the age, the comment and its buttons are a reader's, stripped.
/// They were kept (a lower-case age read as the end of the name line) and the section became a
/// story titled by a commenter's name.
final class CleaningCommentBylineTests: XCTestCase {
    func testNameOverAgeHeadsAComment() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let text = [SplitStructureTests.harbour[0], "", "Sort by: Newest", "",
                    "Maya Ortiz", "a week ago", "Dredge it twice and the silt still comes back every winter.", "Reply", "",
                    "dock_rat77", "3 hours ago", "Somebody should ask who pays for the plumes.", "Like (12)", "Report", "",
                    SplitStructureTests.orchestra[0]].joined(separator: "\n")
        let lines = classifier.classify(text).lines
        for k in [2, 4, 5, 6, 7, 9, 10, 11, 12, 13] { XCTAssertNotNil(lines[k].strippedRule, String(lines[k].content)) }
        XCTAssertEqual(lines[6].strippedRule, CommentThread.rule)
        XCTAssertEqual(lines[11].strippedRule, CommentThread.rule)
        XCTAssertNil(lines[0].strippedRule)
        XCTAssertNil(lines[15].strippedRule)
    }

    /// Negative: one byline over an age over the lede is an article's header, not a comment section.
    func testOneBylineOverAnAgeStays() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let text = (["Harbour Approves Dredging Plan", "", "Maya Ortiz", "2 hours ago"] + SplitStructureTests.harbour)
            .joined(separator: "\n")
        let lines = classifier.classify(text).lines
        XCTAssertNil(lines[2].strippedRule)
        for k in 4..<lines.count { XCTAssertNil(lines[k].strippedRule, String(lines[k].content)) }
    }
}
