import XCTest
@testable import WinnowPipeline

/// Wrapped copy below a header of unwrapped furniture lines is still read as wrapped.
final class ReflowWrappedSpanTests: XCTestCase {
    static let promo = "The committee met on Thursday in the old town hall to review the harbour budget, the dredging contract and the plans for a new container terminal."
    static let wrapped = [
        "The harbour authority approved a plan on Tuesday to dredge",
        "the northern shipping channel, allowing container vessels",
        "with deeper hulls to dock at the new terminal and ending",
        "years of delays for the shipping lines that use the port.",
    ]

    func testWideHeaderLinesAboveWrappedCopy() throws {
        let header = (0..<2).map { "\(Self.promo) Offer \($0)." }
        let text = try reflowLines(header + Array(repeating: Self.wrapped, count: 6).joined())
        XCTAssertFalse(Reflow.mostlyNarrow(text), "two wide lines in twenty-six are more than 3%")
        XCTAssertTrue(Reflow.mostlyNarrowBelowHeader(text), "counted from the wrapped run, none is wide")
        let joins = Reflow.continuations(text, datelines: try shippedDatelines())
        XCTAssertTrue(joins[2] && joins[3], "the wrapped lines below the header join")
        XCTAssertFalse(joins[0] || joins[1], "the header's lines (wider than any wrap width) do not")
    }

    func testUnwrappedTextBelowShortLinesIsNotWrapped() throws {
        // A headline, byline and date (three short lines) over unwrapped paragraphs.
        let paragraphs = (0..<6).map { "\(Self.promo) Paragraph \($0)." }
        let text = try reflowLines(["Harbour approves dredging plan", "By Jane Doe", "March 3, 2021"] + paragraphs)
        XCTAssertFalse(Reflow.mostlyNarrowBelowHeader(text))
    }
}
