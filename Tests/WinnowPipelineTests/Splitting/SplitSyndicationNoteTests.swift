import XCTest
@testable import WinnowPipeline

/// A headline right under a syndication note (`This article originally appeared on …`, then a
/// read-time promo) opens the next page however many words the two pieces share: cohesion is not
/// asked of it (`BoundarySyndicationNote.swift`). Two pieces one outlet republishes on one beat
/// share their topic's words.
final class SplitSyndicationNoteTests: XCTestCase {
    static let headline = "Fishermen Press Harbour Authority to Delay Dredging"
    /// A second piece on the harbour's dredging: the same topic's words as `harbour`.
    static let second = [
        "Fishermen asked the harbour authority on Friday to delay the dredging of the northern channel until the shellfish beds near the harbour mouth have been surveyed.",
        "The authority said sediment from the channel would be carried to a disposal site offshore, far from the shellfish beds the fishermen depend on for their catch.",
        "Container terminal operators said any delay to the dredging would cost the harbour business, as the largest vessels would call at rival ports instead.",
        "Engineers will monitor sediment plumes daily once dredging begins, and the authority promised to publish the readings for fishermen and terminal operators alike.",
    ]

    func testHeadlineUnderASyndicationNoteStartsAStoryOnOneTopic() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let text = (SplitStructureTests.harbour + ["This article originally appeared on The Harbour Times.", "Reading time: 1 minutes", Self.headline]
                    + Self.second).joined(separator: "\n")
        let lines = classifier.classify(text)
        // Before, cohesion (the one topic) held the headline under the threshold.
        XCTAssertFalse(splitter.explain(lines).contains { $0.line == SplitStructureTests.harbour.count + 2 && $0.features.fired("cohesion", .negative) })
        let stories = splitter.split(lines)
        XCTAssertEqual(stories.count, 2)
        XCTAssertEqual(stories.last?.title, Self.headline)
        XCTAssertTrue(stories.last?.text.hasPrefix(Self.second[0]) ?? false)
    }

    /// Prose negative: a `Source: …` line under a figure mid-article is no syndication note; the
    /// subhead under it stays in its story, cohesion asked.
    func testSubheadUnderASourceLineStaysInItsStory() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let h = SplitStructureTests.harbour
        let text = (Array(h[..<3]) + ["Source: Harbour Authority annual report", Self.headline] + Array(h[3...]) + Self.second)
            .joined(separator: "\n")
        let stories = splitter.split(classifier.classify(text))
        XCTAssertEqual(stories.count, 1)
        XCTAssertTrue(stories[0].text.contains(Self.headline))
    }

    func testSaysOriginally() {
        func says(_ s: String) -> Bool { Array(s.utf8).withUnsafeBufferPointer(BoundaryPlanner.saysOriginally) }
        XCTAssertTrue(says("This article originally appeared on The Harbour Times."))
        XCTAssertTrue(says("This story was ORIGINALLY published by ProPublica"))
        XCTAssertFalse(says("Source: Harbour Authority annual report"))
    }
}
