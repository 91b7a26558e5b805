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

    func testFlushLeftHeadlineAfterAParagraphEndIsNoContinuation() throws {
        let text = Self.paragraphs + ["ORCHESTRA NAMES A NEW CONDUCTOR", "Jane Doe, Reuters"] + Self.paragraphs
        let j = try reflowJoins(text)
        XCTAssertTrue(j[0] && j[1], "wrapped lines of a paragraph continue")
        XCTAssertFalse(j[5], "a paragraph that ended before a flush-left line does not take it")
        XCTAssertFalse(j[6], "a byline is not the tail of the headline above it")
    }

    /// A flush-left line after a line the next word would not have fitted on still continues it.
    func testWrappedLineStillContinues() throws {
        XCTAssertTrue(try reflowJoins(Self.paragraphs)[4])
    }

    /// A flush-left headline that continues nothing (no paragraph opens flush left in indent
    /// style) does not take the flush-left dek below it; the dek's own wrapped lines still join.
    func testFlushLeftHeadlineOverItsDekIsNoParagraph() throws {
        let dek = ["Container vessels with deeper hulls will dock at the terminal once the",
                   "channel floor is dredged, the authority said on Tuesday."]
        let text = Self.paragraphs + ["Harbour approves dredging plan"] + dek + Self.paragraphs
        let j = try reflowJoins(text)
        XCTAssertFalse(j[6], "the headline does not take the dek as its tail")
        XCTAssertTrue(j[7], "the dek's wrapped lines join")
    }

    /// A flush-left headline after a paragraph whose last line is full (the headline's first word
    /// would not have fitted on it): the line ends open and an indented paragraph follows, so it
    /// is a line of its own, not that paragraph's tail.
    func testFlushLeftHeadlineAfterAFullLastLine() throws {
        let full = ["    The harbour authority approved a plan on Tuesday to dredge the northern",
                    "shipping channel, allowing deeper hulls to dock at the container terminal."]
        let headline = "Orchestra names Vienna conductor for its autumn season"
        let j = try reflowJoins(full + [headline] + Self.paragraphs)
        XCTAssertTrue(j[0], "the paragraph's wrapped line continues")
        XCTAssertFalse(j[1], "the full last line does not take the headline")
        // Over a flush-left byline (no indented line below it) too.
        let withByline = try reflowLines(full + [headline, "Jane Doe, Reuters"] + Self.paragraphs)
        XCTAssertTrue(Reflow.standsAloneInIndentStyle(withByline, 1, [Bool](repeating: false, count: withByline.count)))
    }

    /// A line ending on a full stop inside a paragraph, with the paragraph going on flush left
    /// below it: the next line still continues (it is no line of its own: the line below it is
    /// flush left too).
    func testSentenceEndInsideAParagraphStillContinues() throws {
        let para = ["    The harbour authority approved a plan on Tuesday to dredge the channel.",
                    "Dredging crews will remove sediment from the channel floor over eighteen",
                    "months, and the authority expects container traffic at the terminal to",
                    "grow by a third."]
        let j = try reflowJoins(para + Self.paragraphs)
        XCTAssertTrue(j[0] && j[1] && j[2], "a sentence end at a wrap is no paragraph end")
    }
}
