import XCTest
@testable import WinnowPipeline

/// Hard-wrapped copy: a stripped line of a few words that ends nothing (`928 Shares`) under a
/// line of its own (a wrap-wide headline) is a page widget, not the headline's wrapped tail; under
/// a wrapped paragraph's last line it is still read as that paragraph's tail (`… Post` / `Email`).
final class ReflowCounterTests: XCTestCase {
    func testCounterUnderAHeadlineIsNoTail() throws {
        let headline = "Small firm hit by three-year hacking campaign puts a face on cyber threat"
        let (j, lines) = try reflowed(ReflowCapitalsTests.paragraph + ["", headline, "928 Shares"] + ReflowCapitalsTests.paragraph)
        guard case .stripped = lines[6].kind else { return XCTFail("the counter is stripped by the rules") }
        XCTAssertFalse(j[5], "the headline does not take the counter as its tail")
        XCTAssertTrue(j[7] && j[8], "the paragraph below still wraps")
    }

    func testStrippedTailOfAWrappedParagraphStillJoins() throws {
        let paragraph = [
            "Dredging crews will remove sediment from the channel floor over eighteen",
            "months, says the authority. Read more opinion. Share Tweet Post and also",
            "Email",
        ]
        let (j, lines) = try reflowed(ReflowCapitalsTests.paragraph + paragraph)
        guard case .stripped = lines[6].kind else { return XCTFail("`Email` is stripped by the rules") }
        XCTAssertTrue(j[4], "the paragraph wraps")
        XCTAssertTrue(j[5], "its stripped tail is still its tail")
    }
}
