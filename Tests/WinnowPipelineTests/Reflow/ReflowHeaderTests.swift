import XCTest
@testable import WinnowPipeline

/// Hard-wrapped copy with an unwrapped page header: a headline wider than the wrap width is no
/// wrapped line, and does not widen its neighbours' wrap width; a headline as wide as the wrap
/// width keeps its time stamp and byline as lines of their own, while a wrapped caption keeps its
/// credit tail (`… 2015. Jane Doe / AP`); a `date` prefixed headline ends its block.
final class ReflowHeaderTests: XCTestCase {
    static let paragraph = ReflowCapitalsTests.paragraph

    func testHeadlineWiderThanTheWrapIsNoWrappedLine() throws {
        // 94 columns in a text wrapped at 73: as the widest line of its window it also used to
        // set the lede's width, and the lede's lines then failed the reflow test.
        let headline = "Harbour authority approves dredging plan for northern channel despite worries over shellfish"
        // Enough lines that the text's wrap width (its 97th percentile) is the prose's, not the headline's.
        let above = Array(repeating: Self.paragraph, count: 8).flatMap { $0 }
        let (j, _) = try reflowed(above + [headline] + Self.paragraph)
        let h = above.count
        XCTAssertFalse(j[h - 1], "the headline is not the tail of the paragraph above")
        XCTAssertFalse(j[h], "the unwrapped headline does not take the lede's first line")
        XCTAssertTrue(j[h + 1] && j[h + 2] && j[h + 3], "the lede below wraps at the text's width, not the headline's")
    }

    func testStampAndBylineUnderAWrapWideHeadlineAreNoTails() throws {
        let headline = "Harbour authority approves dredging plan for the northern shipping lane"
        for header in ["Published May 21, 2020 12:34am EST", "Written by Priya Delgado"] {
            let (j, lines) = try reflowed(Self.paragraph + ["", headline, header] + Self.paragraph)
            guard case .stripped = lines[6].kind else { return XCTFail("`\(header)` is stripped by the rules") }
            XCTAssertFalse(j[5], "the headline does not take `\(header)` as its tail")
            XCTAssertTrue(j[7] && j[8], "the paragraph below still wraps")
        }
    }

    func testCreditFinishingAWrappedCaptionStillJoins() throws {
        let caption = "Crews work on the channel floor near the terminal in the northern harbour on"
        let (j, lines) = try reflowed(Self.paragraph + ["", caption, "Dec. 23, 2015. Jane Doe / AP", ""] + Self.paragraph)
        guard case .stripped = lines[6].kind else { return XCTFail("the credit tail is stripped by the rules") }
        XCTAssertTrue(j[5], "the credit ends the caption's sentence: it is the caption's tail")
    }

    func testInnerSentenceEnd() {
        let yes = ["Dec. 23, 2015. Jane Doe / AP", "the terminal. Photo by X"]
        let no = ["By Jane Q. Doe, Reuters", "Posted: 21/05/2020 12.34 GMT", "Published May 21, 2020"]
        for s in yes { XCTAssertTrue(SplitText.withBytes(s, Reflow.hasInnerSentenceEnd), s) }
        for s in no { XCTAssertFalse(SplitText.withBytes(s, Reflow.hasInnerSentenceEnd), s) }
    }

    func testDatePrefixedHeadlineEndsItsBlock() throws {
        let headline = " date 2020-01-17 Harbour authority approves dredging plan for the lane"
        let (j, lines) = try reflowed(Self.paragraph + ["", headline, "The plan allows container vessels with deeper hulls to dock at the"] + Self.paragraph)
        XCTAssertTrue(lines[5].isMetadataBearing, "the prefix is read to metadata")
        XCTAssertFalse(j[5], "the headline does not take the line below")
    }
}
