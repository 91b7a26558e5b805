import XCTest
@testable import WinnowPipeline

/// A headline set again over the text (right under it, or past stripped header furniture) stands
/// alone in hard-wrapped copy: it is no wrapped paragraph's first line, nor the headline's tail.
final class ReflowRepeatedLineTests: XCTestCase {
    static let story = ReflowDatelineLedeTests.story
    static let headline = "Harbour authority approves a plan to dredge the northern channel"
    /// The story's lede from its second paragraph (a line that opens no sentence of its own).
    static let lede = Array(story[3...])

    func testCopyPastStrippedFurnitureStandsAlone() throws {
        let text = Self.story + ["", Self.headline, "Advertisement", Self.headline] + Self.lede
        let (j, lines) = try reflowed(text)
        let copy = Self.story.count + 3
        guard case .stripped = lines[copy - 1].kind else { return XCTFail("the furniture line is stripped") }
        XCTAssertTrue(j[0], "the story's wrapped lines continue")
        XCTAssertFalse(j[copy], "the headline's copy is not joined to the lede")
        XCTAssertTrue(j[copy + 1], "the lede's wrapped lines still continue")
    }

    func testCopyRightUnderTheHeadlineStandsAlone() throws {
        let text = Self.story + ["", Self.headline, Self.headline] + Self.lede
        let j = try reflowJoins(text)
        let first = Self.story.count + 1
        XCTAssertFalse(j[first], "the headline does not run on into its copy")
        XCTAssertFalse(j[first + 1], "the copy is not joined to the lede")
        XCTAssertTrue(j[first + 2], "the lede's wrapped lines still continue")
    }

    func testRepeatedShortLineIsNoCopy() throws {
        let lines = try reflowLines(["Yes", "Yes"])
        XCTAssertFalse(Reflow.repeatsLineAbove(lines, 1), "a line of fewer than three words repeats nothing")
        let two = try reflowLines([Self.headline, "", Self.headline])
        XCTAssertTrue(Reflow.repeatsLineAbove(two, 2))
        // One key (digits fold to 0), not the same line: a carousel's wrapped caption counters.
        let counters = try reflowLines(["Photos: What the harbour looks like Hide Caption 4 of 11",
                                        "Photos: What the harbour looks like Hide Caption 5 of 11"])
        XCTAssertFalse(Reflow.repeatsLineAbove(counters, 1), "lines differing in a number are no copy")
        let tail = try reflowLines(["the northern channel and the harbour basin", "the northern channel and the harbour basin"])
        XCTAssertFalse(Reflow.repeatsLineAbove(tail, 1), "a line in lower case is a wrapped tail, no headline's copy")
    }

    /// A page sets its headline again past its header's furniture (a stamp, a comment count, a
    /// blank line around each), right over a photo's credit: the copy is a line of its own, so the
    /// credit stays a line of its own and is stripped, not joined to the copy as a wrapped tail.
    func testCopyOverACreditPastTheHeaderStandsAlone() throws {
        let headline = "The harbour authority approves a plan for the northern channel"
        let header = ["", headline, "", "Feb. 17, 2015 2:48 PM", "", "Comments (138)", "", headline, "toggle caption Jane Doe/Xinhua", ""]
        let (j, lines) = try reflowed(Self.story + header + Self.lede)
        let copy = Self.story.count + 7
        XCTAssertEqual(String(lines[copy].content), headline)
        guard case .stripped = lines[copy + 1].kind else { return XCTFail("the credit is stripped") }
        XCTAssertFalse(Reflow.repeatsLineAbove(lines, copy), "past the plain window (four lines)")
        XCTAssertTrue(Reflow.repeatsLineAbove(lines, copy, window: Reflow.repeatOverStrippedWindow))
        XCTAssertFalse(j[copy], "the copy does not run on into the credit")
        XCTAssertTrue(j[0], "the story's wrapped lines continue")
    }

    /// Prose negative: a wrapped paragraph's line that repeats nothing still runs on into a tail
    /// that looks like boilerplate on its own (`24.` read as a sign-off).
    func testWrappedLineOverABoilerplateTailStillJoins() throws {
        let text = ["The harbour authority approved a plan on Tuesday to dredge the",
                    "northern shipping channel, and the vote in favour was carried by",
                    "24.", ""] + Self.lede
        let j = try reflowJoins(text)
        XCTAssertTrue(j[1], "the paragraph runs on into its tail")
    }
}
