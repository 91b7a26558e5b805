import XCTest
@testable import WinnowPipeline

/// The wrap width comes from lines that run on into a body line (`Reflow.wrapEvidence`): a lone
/// line between blanks set wider than the wrap (a related link) does not make the next word seem
/// to fit on a wrapped line near it.
final class ReflowWrapEvidenceTests: XCTestCase {
    // Wrapped at 64 columns; the second line ends a sentence and `Speaker` would not have fitted.
    static let paragraph = [
        "House Republicans last year passed two bills that would reduce",
        "domestic spending enough to avoid the automatic military cuts,",
        "although those bills expired with the last Congress. Speaker",
        "John A. Boehner on Tuesday called their proposals common-sense",
        "cuts and reforms that the president and his Democratic allies",
        "in the Senate could immediately accept.",
    ]

    func testLoneWideLineNearbySetsNoWrapWidth() throws {
        let link = "Donald Trump's presidency of broken promises is further dividing America"
        XCTAssertGreaterThan(link.count, 70)
        let j = try reflowJoins(Self.paragraph + ["", link, ""])
        XCTAssertTrue(j[0] && j[1] && j[2] && j[3] && j[4], "\(j)")
        XCTAssertFalse(j[5])
        // A wide line that runs on into the paragraph is a wrapped line: the wrap is that wide, and
        // `John` would have fitted after `Speaker`.
        XCTAssertFalse(try reflowJoins([link] + Self.paragraph)[3])
    }
}
