import XCTest
@testable import WinnowPipeline

/// A paragraph ending on a stray opening quote (`… or capitalism. “`) has ended on the sentence
/// before it (`BoundaryStrayQuote.swift`): the page header under it is a page edge over the lede.
final class SplitStrayQuoteTests: XCTestCase {
    static let ending = "Harbour Watch concluded its statement about the dredging by demanding “a harbour free of sediment” and “a channel without plumes, spills, or dredgers. “"
    static let header = ["By Diego Silva and David Brennan\nPosted October 22, 2017\nShare via Email\nShare"]

    func testPageHeaderUnderAStrayQuoteIsAPageEdge() throws {
        XCTAssertNotEqual(try ledeKinds([Self.ending] + Self.header), 0)
    }

    /// Negative: under a headline-length line that stops open (no sentence before the quote) the
    /// header is that headline's, no page edge.
    func testPageHeaderUnderAnOpenQuoteIsNoPageEdge() throws {
        XCTAssertEqual(try ledeKinds(["Harbour Watch concluded its statement about the dredging by demanding a channel without plumes, spills, or “"] + Self.header), 0)
    }

    func testQuoteShapes() {
        func ends(_ s: String) -> Bool { Array(s.utf8).withUnsafeBufferPointer(BoundaryScorer.endsOnStrayQuote) }
        XCTAssertTrue(ends(Self.ending))
        XCTAssertTrue(ends("The vote was close. “ "))
        XCTAssertFalse(ends("Harbour Master Says “"))
        XCTAssertFalse(ends("The vote was close. “Not"))
        XCTAssertFalse(ends("The vote was close."))
    }
}
