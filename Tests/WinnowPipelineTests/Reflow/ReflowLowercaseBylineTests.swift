import XCTest
@testable import WinnowPipeline

/// A byline whose label is in lower case (`by Jane Doe / The Courier staff`) under a headline as
/// wide as the wrap width is no tail of the headline.
final class ReflowLowercaseBylineTests: XCTestCase {
    /// A hard-wrapped story (the dateline lede tests' own).
    static let story = ReflowDatelineLedeTests.story

    func testLowercaseBylineUnderAWideHeadline() throws {
        let text = Self.story + ["", "Harbour authority approves a plan to dredge the northern channel",
                                 "by Jane Doe / The Harbour Courier staff", ""] + Self.story
        let j = try reflowJoins(text)
        XCTAssertTrue(j[0], "the story's wrapped lines continue")
        XCTAssertFalse(j[7], "the byline is not the headline's tail")
    }

    /// A wrapped sentence that goes on with `by` and a name still joins.
    func testSentenceGoingOnWithByStillContinues() throws {
        let text = ["The harbour authority approved a plan on Tuesday that was drawn up,",
                    "by Jane Doe and her staff at the port, to dredge the northern channel",
                    "and to let container vessels with deeper hulls dock at the terminal."] + Self.story
        XCTAssertTrue(try reflowJoins(text)[0], "a line that stops on a comma goes on")
    }
}
