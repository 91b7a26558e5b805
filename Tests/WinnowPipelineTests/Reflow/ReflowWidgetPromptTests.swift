import XCTest
@testable import WinnowPipeline

/// A capitalised widget prompt right under a headline as wide as the wrap (`Subscribe to The
/// Ledger for $1 a week`) is a page's line of its own, not the headline's wrapped tail
/// (`Reflow+Header.swift`, `opensHeader`): the title used to take it. A promo wrapped over its
/// lines (a stop inside the stripped line), a row of buttons (no word in lower case) and a
/// sentence going on from a function word (`… register for The` / `Economist Today, …`) are left
/// to the width test.
final class ReflowWidgetPromptTests: XCTestCase {
    static let paragraph = ReflowCapitalsTests.paragraph
    static let headline = "Harbour authority approves dredging plan for the northern shipping lane"

    func testSubscribePromptUnderAWrapWideHeadlineIsNoTail() throws {
        let (j, lines) = try reflowed(Self.paragraph + ["", Self.headline, "Subscribe to The Ledger for $1 a week"] + Self.paragraph)
        guard case .stripped = lines[6].kind else { return XCTFail("the prompt is stripped by the rules") }
        XCTAssertFalse(j[5], "the headline does not take the prompt as its tail")
        XCTAssertTrue(j[7] && j[8], "the paragraph below still wraps")
    }

    func testPromptShapes() {
        for s in ["Subscribe to The Ledger for $1 a week", "Sign up for our morning newsletter"] {
            XCTAssertTrue(SplitText.withBytes(s, Reflow.hasLowercaseWord), s)
            XCTAssertFalse(SplitText.withBytes(s, Reflow.hasStopInside), s)
        }
        XCTAssertFalse(SplitText.withBytes("Share Tweet Post Email", Reflow.hasLowercaseWord))
        XCTAssertTrue(SplitText.withBytes("Tuesday results starting tonight at 6 ET! Click here to find out", Reflow.hasStopInside))
        XCTAssertTrue(SplitText.withBytes("For our latest coverage of the pandemic, register for The", Reflow.endsOnFunctionWord))
        XCTAssertFalse(SplitText.withBytes(Self.headline, Reflow.endsOnFunctionWord))
    }
}
