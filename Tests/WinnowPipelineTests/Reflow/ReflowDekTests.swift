import XCTest
@testable import WinnowPipeline

/// Hard-wrapped copy: a sentence-case headline as wide as the wrap width stays a line of its own
/// over a dek that opens a new sentence (`Reflow+Dek.swift`); a sentence running on over a name
/// that opens with `The`, and a Title Case headline wrapped over two lines, still wrap.
final class ReflowDekTests: XCTestCase {
    static let paragraph = ReflowCapitalsTests.paragraph

    func testSentenceCaseHeadlineDoesNotWrapOntoItsDek() throws {
        let block = ["Harbour authority approves dredging plan for the northern channel",
                     "The decision follows two years of talks with the fishing fleet and the",
                     "shipping lines."]
        let j = try reflowJoins(Self.paragraph + [""] + block + Self.paragraph)
        XCTAssertFalse(j[5], "the headline is a line of its own")
        XCTAssertTrue(j[6], "the dek itself wraps")
    }

    func testSentenceRunningOnOverANameStillWraps() throws {
        let prose = ["The dredging plan drew fresh criticism on Monday, according to a report by",
                     "The Harbour Gazette, which cited two officials at the port authority."]
        let j = try reflowJoins(Self.paragraph + [""] + prose)
        XCTAssertTrue(j[5], "`by` runs on onto the name")
    }

    func testTitleCaseWrapStillWraps() throws {
        let headline = ["Harbour Master Says Dredging Plan Is Sound, But His Critics",
                        "They Say Were Never Consulted Before The Vote"]
        XCTAssertFalse(Reflow.sentenceOpeners.isEmpty)
        let lines = try reflowLines(Self.paragraph + [""] + headline + Self.paragraph)
        XCTAssertFalse(Reflow.endsHeadlineOverSentence(lines, 5), "the line below goes on in Title Case")
    }
}
