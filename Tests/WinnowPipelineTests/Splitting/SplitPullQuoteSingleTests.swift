import XCTest
@testable import WinnowPipeline

/// A pull quote in single curly quotes (`BoundaryPullQuoteSingle.swift`) scores `pull_quote` as
/// one in double quotes does; a headline quoting with words of its own around the quote, and one
/// in straight quotes, does not.
final class SplitPullQuoteSingleTests: XCTestCase {
    func testSingleCurlyQuotationIsAPullQuote() {
        XCTAssertTrue(SplitText.withBytes("‘It’s kind of hard to pick one accomplishment’", BoundaryScorer.isSinglePullQuote))
        XCTAssertTrue(SplitText.withBytes("‘Rebuilding America’s leadership and prestige overseas’ ", BoundaryScorer.isSinglePullQuote))
        XCTAssertFalse(SplitText.withBytes("‘Absurd, Immoral and Offensive’: UN Member-States Hand Maduro Regime Seat", BoundaryScorer.isSinglePullQuote))
        XCTAssertFalse(SplitText.withBytes("'Never go into these things without a plan'", BoundaryScorer.isSinglePullQuote), "straight quotes")
        XCTAssertFalse(SplitText.withBytes("‘Yes’ and ‘no’", BoundaryScorer.isSinglePullQuote), "two quotations")
        XCTAssertFalse(SplitText.withBytes("Council’s budget vote’", BoundaryScorer.isSinglePullQuote), "no opening mark")
    }

    /// Between two paragraphs of one story, a single-quoted line of headline shape gets `pull_quote`
    /// and stays in the story's text.
    func testSingleQuotedPullQuoteStaysInTheStory() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let h = SplitStructureTests.harbour
        let quote = "‘Deeper Berths Will Let Us Compete With the Largest Ports in the Region’"
        let lines = classifier.classify((h[..<3] + [quote] + h[3...]).joined(separator: "\n\n"))
        XCTAssertTrue(splitter.explain(lines).contains { $0.features.fired("pull_quote", .negative) })
        let stories = splitter.split(lines)
        XCTAssertEqual(stories.count, 1)
        XCTAssertTrue(try XCTUnwrap(stories.first).text.contains(quote))
    }
}
