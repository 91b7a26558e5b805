import XCTest
@testable import WinnowPipeline

/// A line under a furniture block with a dateline lede below its own header (credit, share row) is
/// that lede's headline, even when it ends like a sentence in sentence case (`Trump vowed to cut the
/// national debt ‘very quickly.’ It just hit a record $22 trillion.`): the block's headline-less lede reading
/// (`BoundaryLoneEdge.swift`: the better of the two readings) no longer takes it, so the story
/// keeps its title.
final class SplitBlockLedeDatelineTests: XCTestCase {
    static let headline = "The orchestra chose three symphonies by Sibelius for its bold new season."

    func text(lede: String) -> String {
        (["Harbour Authority Approves Dredging of the Northern Shipping Channel"] + SplitStructureTests.harbour
         + ["Topics: Harbour, Dredging, Shipping", "————", "(Photo by Jane Doe/Getty Images)", Self.headline, "Credit: Jane Doe for The Courier", "Share", "Save",
            lede] + SplitStructureTests.orchestra.dropFirst()).joined(separator: "\n\n")
    }

    func testSentenceHeadlineOverADatelineLedeKeepsItsTitle() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let stories = splitter.split(classifier.classify(text(lede: "LONDON, June 1 (Reuters) - " + SplitStructureTests.orchestra[0])))
        XCTAssertEqual(stories.count, 2)
        XCTAssertEqual(stories.last?.title, Self.headline)
    }
}
