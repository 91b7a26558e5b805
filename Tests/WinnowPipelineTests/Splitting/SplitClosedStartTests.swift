import XCTest
@testable import WinnowPipeline

/// A headline right after a stripped trailer (the story above signed off) opens the next story;
/// a dateline-shaped paragraph a few short lines below it is that story's lede, not a story of
/// its own, even when it scores a little higher: the story-length prior keeps the headline
/// (`closed_start_bonus`).
final class SplitClosedStartTests: XCTestCase {
    func text() -> String {
        let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
        return (["Harbour Board Backs Dredging Plan"] + h + ["Source - example.org", "The Season Ahead", "Music matters.", "We all know that.",
                 "OSLO, May 3 (AP) - " + o[0]] + o.dropFirst()).joined(separator: "\n")
    }

    /// The pipeline's split config with the dateline lede scoring above the short headline (5.4
    /// against 5.22), so the two starts, too close for the story-length prior, are decided by it.
    func stages(bonus: Double?) throws -> (LineClassifier, StorySplitter) {
        try CleaningFixtures.stages { split in
            split.weights[.datelineStart] = 4.9
            if let b = bonus { split.closedStartBonus = b }
        }
    }

    func testHeadlineAfterATrailerKeepsItsDatedLede() throws {
        let (classifier, splitter) = try stages(bonus: nil)
        let stories = splitter.split(classifier.classify(text()))
        XCTAssertEqual(stories.map(\.title), ["Harbour Board Backs Dredging Plan", "The Season Ahead"])
        XCTAssertTrue(stories[1].text.hasPrefix("Music matters.\nWe all know that.\nOSLO, May 3 (AP) - "))
    }

    /// Without the bonus the higher-scoring dateline lede wins: the headline and the two short
    /// lines stay glued to the story above.
    func testWithoutTheBonusTheDatelineWins() throws {
        let (classifier, splitter) = try stages(bonus: 0)
        let stories = splitter.split(classifier.classify(text()))
        XCTAssertEqual(stories.count, 2)
        XCTAssertNil(stories[1].title)
        XCTAssertTrue(stories[1].text.hasPrefix("OSLO, May 3 (AP) - "))
    }
}
