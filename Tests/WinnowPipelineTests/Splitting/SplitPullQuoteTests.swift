import XCTest
@testable import WinnowPipeline

/// A line that is one quotation from mark to mark is an article's pull quote (`pull_quote`); a
/// headline that quotes with words of its own around the quote is not.
final class SplitPullQuoteTests: XCTestCase {
    func testWholeQuotationIsAPullQuote() {
        XCTAssertTrue(SplitText.withBytes("“Literally, we have systems that are 40 years-plus old”", BoundaryScorer.isPullQuote))
        XCTAssertTrue(SplitText.withBytes("\"I was trolling before anyone knew what trolling was\"", BoundaryScorer.isPullQuote))
        XCTAssertFalse(SplitText.withBytes("‘Absurd, Immoral and Offensive’: UN Member-States Hand Maduro Regime Seat", BoundaryScorer.isPullQuote))
        XCTAssertFalse(SplitText.withBytes("Trump: “We will win” as rally crowds return", BoundaryScorer.isPullQuote))
        XCTAssertFalse(SplitText.withBytes("“We will win,” Trump said. “They will lose.”", BoundaryScorer.isPullQuote), "two quotations")
    }

    /// Between two paragraphs of one story, a quotation of headline shape gets `pull_quote`.
    func testPullQuoteBetweenParagraphsIsScoredDown() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let h = SplitStructureTests.harbour
        let text = (h[..<3] + ["“Deeper berths will let us compete with the largest ports in the region”"] + h[3...])
            .joined(separator: "\n\n")
        let lines = classifier.classify(text)
        XCTAssertTrue(splitter.explain(lines).contains { $0.features.fired("pull_quote", .negative) })
        XCTAssertEqual(splitter.split(lines).count, 1)
    }
}
