import XCTest
@testable import WinnowPipeline

/// A headline-shaped line whose whole text stands again inside a paragraph below it is a sentence
/// its article quotes (`quoted_below`); at the start of the text it stays a headline.
final class SplitQuotedBelowTests: XCTestCase {
    static let quote = "Who will pay for a channel this deep, and when will the dredging end?"

    private func explained(_ paragraphs: [String]) throws -> (fired: Bool, stories: Int) {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(paragraphs.joined(separator: "\n\n"))
        let fired = splitter.explain(lines).contains { $0.features.fired("quoted_below", .negative) }
        return (fired, splitter.split(lines).count)
    }

    /// Between paragraphs, over an in-article widget, and quoted again at the end of the next paragraph.
    func testSentenceQuotedBelowIsNoHeadline() throws {
        let h = SplitStructureTests.harbour
        let r = try explained([h[0], h[1], Self.quote, "Advertisement", h[2] + " " + Self.quote, h[3], h[4]])
        XCTAssertTrue(r.fired)
        XCTAssertEqual(r.stories, 1)
    }

    /// The same line not quoted below is not asked about.
    func testLineNotQuotedBelowIsNotScoredDown() throws {
        let h = SplitStructureTests.harbour
        XCTAssertFalse(try explained([h[0], h[1], Self.quote, "Advertisement", h[2], h[3], h[4]]).fired)
    }

    /// The text's first line is a headline whatever its story quotes (`quotedBelowExempt`).
    func testFirstLineQuotedBelowStaysAHeadline() throws {
        let h = SplitStructureTests.harbour
        let r = try explained([Self.quote, h[0], h[1], h[2] + " " + Self.quote, h[3], h[4]])
        XCTAssertFalse(r.fired)
        XCTAssertEqual(r.stories, 1)
    }

    /// A lede that opens on the line's words (after a dateline) repeats a headline, not a quote.
    func testLedeOpeningOnTheLineIsNoQuote() throws {
        let h = SplitStructureTests.harbour
        let headline = "Harbour authority approves a plan to dredge the northern channel"
        let lede = "LONDON - " + headline + " on Tuesday, allowing container vessels with deeper hulls to dock."
        XCTAssertFalse(try explained([h[0], h[1], h[2], headline, lede, h[3], h[4]]).fired)
    }
}
