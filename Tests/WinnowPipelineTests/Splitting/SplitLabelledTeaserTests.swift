import XCTest
@testable import WinnowPipeline

/// A headline repeated below under a link label (`Watch: <headline>`, BoundaryLabelledTeaser.swift)
/// is a teaser for its page, not a sentence its article quotes: `quoted_below` does not fire.
final class SplitLabelledTeaserTests: XCTestCase {
    private let headline = "Senate leaders bring the harbour dredging bill out of the shadows"

    private func quotedBelowFires(_ paragraphs: [String]) throws -> Bool {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(paragraphs.joined(separator: "\n\n"))
        return splitter.explain(lines).contains { $0.features.fired("quoted_below", .negative) }
    }

    func testHeadlineUnderALabelBelowIsNoQuote() throws {
        let h = SplitStructureTests.harbour
        XCTAssertFalse(try quotedBelowFires([h[0], h[1], headline, h[2], h[3], "Watch: " + headline]))
        XCTAssertFalse(try quotedBelowFires([h[0], h[1], headline, h[2], h[3], "Up next: " + headline + " (video)"]))
    }

    /// Negative: the headline's words inside a sentence below are still a quote.
    func testHeadlineInsideProseBelowIsAQuote() throws {
        let h = SplitStructureTests.harbour
        XCTAssertTrue(try quotedBelowFires([h[0], h[1], headline, h[2], h[3],
                                            "The mayor told reporters: " + headline + ", and the port welcomed it."]))
    }

    func testTeaserShapes() {
        func teaser(_ hay: String) -> Bool {
            Array(headline.utf8).withUnsafeBufferPointer { n in
                Array(hay.utf8).withUnsafeBufferPointer { BoundaryScorer.isLabelledTeaser(of: n, in: $0) }
            }
        }
        XCTAssertTrue(teaser("Watch: " + headline))
        XCTAssertTrue(teaser("Listen: " + headline + " (audio)"))
        XCTAssertFalse(teaser("He said. Then: " + headline))
        XCTAssertFalse(teaser("Watch: " + headline + " before the vote on Friday"))
        XCTAssertFalse(teaser(headline))
    }
}
