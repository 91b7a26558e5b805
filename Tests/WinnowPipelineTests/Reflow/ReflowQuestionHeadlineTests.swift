import XCTest
@testable import WinnowPipeline

/// Hard-wrapped copy: a headline ending in `?`, a character wider than every wrapped line near it,
/// stays a line of its own over a dek that opens a sentence (`Reflow+QuestionHeadline.swift`); a
/// paragraph's first line that ends in `?` within the wrap width still wraps onto the sentence
/// below.
final class ReflowQuestionHeadlineTests: XCTestCase {
    static let paragraph = ReflowCapitalsTests.paragraph

    func testQuestionHeadlineWiderThanTheWrapDoesNotWrapOntoItsDek() throws {
        let block = ["Will dredging the northern channel at last bring the big ships back again?",
                     "This time, the authority has promised to publish its survey of the",
                     "channel floor before the work begins."]
        let j = try reflowJoins(Self.paragraph + [""] + block + [""] + Self.paragraph)
        XCTAssertFalse(j[5], "the question is a headline of its own")
        XCTAssertTrue(j[6], "the dek itself wraps")
    }

    /// Prose negative: the question ends a paragraph's first line inside the wrap width.
    func testQuestionInsideTheWrapStillWraps() throws {
        let prose = ["Why would the authority dredge the channel now, after years of delay?",
                     "The answer lies in the container traffic the port expects next year,",
                     "and in the fees it hopes to charge the shipping lines."]
        let j = try reflowJoins(Self.paragraph + [""] + prose + [""] + Self.paragraph)
        XCTAssertTrue(j[5], "a wrapped paragraph's line ending a question goes on")
        XCTAssertTrue(j[6])
    }
}
