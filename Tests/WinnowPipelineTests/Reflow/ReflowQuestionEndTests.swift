import XCTest
@testable import WinnowPipeline

/// Indent style: a paragraph whose last line ends on a question closes there as one ending on a
/// full stop does, so a flush-left headline below it is no continuation of that paragraph.
final class ReflowQuestionEndTests: XCTestCase {
    static let question = [
        "    Will the authority be able to set aside its doubts and allow the possibility",
        "that the dredging plan deserves some credit?",
    ]

    func testFlushLeftHeadlineAfterAQuestionIsNoContinuation() throws {
        let p = ReflowIndentBreakTests.paragraphs
        let text = p + Self.question + ["A Profoundly Unserious Way of Dealing With the Past"] + p
        let j = try reflowJoins(text)
        XCTAssertTrue(j[6], "the question's paragraph still wraps")
        XCTAssertFalse(j[7], "a paragraph that ended on a question does not take the flush-left headline")
    }

    /// A wrapped line that ends open still continues on a flush-left line (indent style).
    func testOpenEndStillContinues() throws {
        let p = ReflowIndentBreakTests.paragraphs
        let j = try reflowJoins(p + ["    Will the authority be able to set aside its doubts and allow the possibility",
                               "that the plan deserves", "some credit from the harbour board?"] + p)
        XCTAssertTrue(j[7], "an open-ended line goes on")
    }
}
