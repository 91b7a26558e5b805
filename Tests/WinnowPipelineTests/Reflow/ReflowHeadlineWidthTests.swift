import XCTest
@testable import WinnowPipeline

/// A short wrapped record whose unwrapped headlines are more than 3% of its lines still reflows.
final class ReflowHeadlineWidthTests: XCTestCase {
    static let paragraph = [
        "     The harbour authority approved a plan on Tuesday to",
        "dredge the northern shipping channel, allowing container",
        "vessels with deeper hulls to dock at the new terminal and",
        "ending years of delays for the shipping lines.",
        "     Dredging crews will remove sediment from the channel",
        "floor over eighteen months, and the authority expects the",
        "container traffic at the terminal to grow by a third.",
    ]

    func testWrapWidthBelowUnwrappedHeadlines() {
        // 30 lines wrapped at 58 (ragged right), 3 headlines of 80-90 columns: 10% of the lines.
        let wrapped = (0..<30).map { 44 + ($0 * 7) % 15 }
        let widths = wrapped + [84, 88, 90]
        XCTAssertNil(Reflow.wrapWidth(bodyWidths: widths), "the 97th percentile lands on a headline")
        XCTAssertEqual(Reflow.headlineTolerantWrapWidth(bodyWidths: widths), wrapped.max())
    }

    func testSpreadWidthsHaveNoWrapWidth() {
        // Short unwrapped lines of every width (a list, a page of short items): no wrap width.
        let widths = (0..<40).map { 20 + ($0 * 13) % 80 }
        XCTAssertNil(Reflow.headlineTolerantWrapWidth(bodyWidths: widths))
        XCTAssertNil(Reflow.headlineTolerantWrapWidth(bodyWidths: [50, 52, 55]), "too few lines")
    }

    func testShortRecordWithHeadlinesReflows() throws {
        let headline = "HARBOUR AUTHORITY SAYS NEW TERMINAL WILL OPEN TO CONTAINER SHIPS NEXT SPRING"
        let text = Self.paragraph + ["", headline, ""] + Self.paragraph + ["", headline + " AGAIN", ""] + Self.paragraph
        let j = try reflowJoins(text)
        XCTAssertTrue(j[0] && j[1] && j[2], "the first paragraph's wrapped lines join")
        XCTAssertFalse(j[3], "the paragraph ends at its short last line")
        XCTAssertTrue(j[4] && j[5], "the second paragraph's wrapped lines join")
        XCTAssertTrue(j[10] && j[11], "so do the third paragraph's, below the headline")
    }
}
