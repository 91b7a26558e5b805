import XCTest
@testable import WinnowPipeline

/// Hard-wrapped copy in indent style: a flush-left headline after a paragraph's last line, and a
/// byline under a headline, are not continuations.
final class ReflowIndentBreakTests: XCTestCase {
    static let paragraphs = [
        "    The harbour authority approved a plan on Tuesday to dredge the northern",
        "shipping channel, allowing container vessels with deeper hulls to dock at",
        "the terminal.",
        "    Dredging crews will remove sediment from the channel floor over eighteen",
        "months, and the authority expects container traffic at the terminal to",
        "grow by a third.",
    ]

    func joins(_ text: [String]) throws -> [Bool] {
        let (classifier, _) = try CleaningFixtures.stages()
        return Reflow.continuations(classifier.classify(text.joined(separator: "\n")).lines)
    }

    func testFlushLeftHeadlineAfterAParagraphEndIsNoContinuation() throws {
        let text = Self.paragraphs + ["ORCHESTRA NAMES A NEW CONDUCTOR", "Jane Doe, Reuters"] + Self.paragraphs
        let j = try joins(text)
        XCTAssertTrue(j[0] && j[1], "wrapped lines of a paragraph continue")
        XCTAssertFalse(j[5], "a paragraph that ended before a flush-left line does not take it")
        XCTAssertFalse(j[6], "a byline is not the tail of the headline above it")
    }

    /// A flush-left line after a line the next word would not have fitted on still continues it.
    func testWrappedLineStillContinues() throws {
        XCTAssertTrue(try joins(Self.paragraphs)[4])
    }

    /// A flush-left headline that continues nothing (no paragraph opens flush left in indent
    /// style) does not take the flush-left dek below it; the dek's own wrapped lines still join.
    func testFlushLeftHeadlineOverItsDekIsNoParagraph() throws {
        let dek = ["Container vessels with deeper hulls will dock at the terminal once the",
                   "channel floor is dredged, the authority said on Tuesday."]
        let text = Self.paragraphs + ["Harbour approves dredging plan"] + dek + Self.paragraphs
        let j = try joins(text)
        XCTAssertFalse(j[6], "the headline does not take the dek as its tail")
        XCTAssertTrue(j[7], "the dek's wrapped lines join")
    }
}
