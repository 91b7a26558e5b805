import XCTest
@testable import WinnowPipeline

/// A ticker box flattened into one line (three signed percentages and more) is data, never a
/// headline candidate (`BoundaryQuoteStrip.swift`); a sentence or headline quoting a change or two
/// still is one.
final class SplitQuoteStripTests: XCTestCase {
    static let strip = "Ticker Security Last Change Change % HBR HARBOUR PORTS INC. 27.59 +0.10 +0.33% DRG DREDGE GROUP 30.04 +2.20 +7.07% SHL SHELLFISH CO. 8.10 -0.99 -0.05%"

    func quoteStrip(_ s: String) -> Bool {
        var bytes = Array(s.utf8)
        return bytes.withUnsafeMutableBufferPointer { BoundaryScorer.isQuoteStrip(UnsafeBufferPointer($0)) }
    }

    func testSignedPercentagesMakeAStrip() {
        XCTAssertTrue(quoteStrip(Self.strip))
        XCTAssertTrue(quoteStrip("-1.03 -0.08% FB FACEBOOK INC. 193.19 -1.28 -0.66% CAG CONAGRA 28.31 +0.73 +2.65%"))
        // Prose and headlines quote a change or two, or unsigned ones.
        XCTAssertFalse(quoteStrip("Harbour shares rose +2.5% on Monday and fell -1.2% on Tuesday"))
        XCTAssertFalse(quoteStrip("Dow falls 2.1%, S&P 500 drops 1.8% and Nasdaq sheds 3% as shutdown looms"))
        XCTAssertFalse(quoteStrip("Scores were 3-1, 4-2 and 5-0% of the time"))
    }

    /// Inside a story over a newsletter box the strip was scored as a headline (widget_after,
    /// prose_after); now it is no candidate and stays in the story's text.
    func testStripInsideAStoryIsNoCandidate() throws {
        let h = SplitStructureTests.harbour
        let text = ["Harbour Board Backs Dredging Plan", "", h[0], "", h[1], "", h[2], "", Self.strip, "",
                    "Sign up for our Evening newsletter", "Get the best of The Valley Tribune delivered to your inbox every morning.",
                    "Enter your email address", "", h[3], "", h[4]]
        let (classifier, splitter) = try CleaningFixtures.stages()
        let classified = classifier.classify(text.joined(separator: "\n"))
        let fates = splitter.explain(classified)
        let k = try XCTUnwrap(classified.lines.firstIndex { $0.text == Self.strip })
        let fate = try XCTUnwrap(fates.first { $0.line == k })
        XCTAssertNil(fate.score, "a quote strip is scored as no start")
        let stories = splitter.split(classified)
        XCTAssertEqual(stories.count, 1)
        XCTAssertTrue(stories[0].text.contains(Self.strip), "the strip stays in the story's text")
        // Prose negative: a sentence with one signed change is still scored.
        let prose = "Harbour shares rose +2.5% on Monday after the board backed the plan"
        let t2 = text.map { $0 == Self.strip ? prose : $0 }
        let c2 = classifier.classify(t2.joined(separator: "\n"))
        let p = try XCTUnwrap(c2.lines.firstIndex { $0.text == prose })
        XCTAssertNotNil(splitter.explain(c2).first { $0.line == p }?.score)
    }
}
