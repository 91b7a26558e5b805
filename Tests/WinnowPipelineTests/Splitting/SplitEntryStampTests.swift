import XCTest
@testable import WinnowPipeline

/// Page edges that are not: a live blog's entry stamp (`BoundaryEntryStamp.swift`) and a paragraph
/// with a caption glued under it (`BoundaryScorer.isCaptionedParagraph`).
final class SplitEntryStampTests: XCTestCase {
    func bytes(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        Array(s.utf8).withUnsafeBufferPointer(body)
    }

    func testEntryStampShape() {
        for s in ["Updated at 3:20 p.m. -- A little more about the candidates", "Updated at 8:50 p.m. – Cautious optimism at the party",
                  "Posted 10:05 — Polls close across the state"] {
            XCTAssertTrue(bytes(s, BoundaryScorer.isEntryStamp), s)
        }
        for s in ["Updated 9:39 a.m. ET", "Posted 3 March 2024 — 10:15", "Updated at 3:20 p.m. -- Polls",
                  "Published Nov. 3, 2024 | Updated Nov. 4, 2024", "Posted March 3 - Updated March 4, 2024",
                  "Updated -- A little more about the candidates"] {
            XCTAssertFalse(bytes(s, BoundaryScorer.isEntryStamp), s)
        }
    }

    /// An ad row and an entry stamp between two paragraphs make no block; an ad row and a page's
    /// stamp do (a widget and a time stamp: two kinds, one a page edge).
    func testEntryStampIsNoPageEdge() throws {
        let ad = "If you want more detail on how the campaigns spent their money, click here."
        XCTAssertEqual(try ledeKinds([ad, "Updated at 3:20 p.m. -- A little more about the candidates"]), 0)
        XCTAssertNotEqual(try ledeKinds([ad, "Updated at 3:20 p.m. ET"]), 0)
    }

    /// A paragraph far longer than a caption that ends on a caption's credit (reflow glued a
    /// hard-wrapped caption to it) is the paragraph that ended, not furniture: with a speaker's
    /// `Name, Role` label over it, it made a byline and a credit, a page header.
    func testParagraphWithAGluedCaptionIsNoCredit() throws {
        let h = SplitStructureTests.harbour
        let paragraph = h[1] + " " + h[2] + " " + h[3] + " Jane Doe speaks at a rally outside the harbour on April 10. (John Roe/WBEZ)"
        let caption = "Jane Doe speaks at a rally outside the harbour on April 10. (John Roe/WBEZ)"
        XCTAssertEqual(try ledeKinds(["Jane Doe, Nurse", paragraph]), 0)
        XCTAssertNotEqual(try ledeKinds(["Jane Doe, Nurse", caption]), 0)
    }
}
