import XCTest
@testable import WinnowPipeline

/// A paragraph ending on an embedded tweet's attribution (`— Jane Doe (@janedoe) January 11,
/// 2017`, no full stop) has ended (`BoundaryTweetEnd.swift`): it is no headline for the sign-off
/// and stamp under it to be the byline of, and the page header under it opens the next story.
final class SplitTweetEndTests: XCTestCase {
    static let tweet = "With the channel dredged, it's about time to start using the word \"ruin\" for the shellfish beds — Jane Doe (@janedoe) January 11, 2017"
    static let harbour = Array(SplitStructureTests.harbour.prefix(2)) + [
        "Fishermen who moor their trawlers near the channel worry that sediment plumes will drive shellfish away from the harbour beds during the dredging season, and one of them wrote:",
        tweet,
    ]

    func testPageHeaderUnderATweetOpensTheNextStory() throws {
        let text = (Self.harbour + ["Reporting by Marcus Alvarez; Editing by Grace Okafor", "Posted: September 22, 2014"]
                    + Array(SplitStructureTests.orchestra.prefix(3))).joined(separator: "\n\n")
        let (classifier, splitter) = try CleaningFixtures.stages { _ in }
        let stories = splitter.split(classifier.classify(text))
        XCTAssertEqual(stories.count, 2)
        XCTAssertTrue(stories.first?.text.contains(Self.tweet) ?? false)
        XCTAssertTrue(stories.last?.text.hasPrefix(SplitStructureTests.orchestra[0]) ?? false)
    }

    func testAttributionShapes() {
        func ends(_ s: String) -> Bool { Array(s.utf8).withUnsafeBufferPointer(BoundaryScorer.endsOnTweetAttribution) }
        XCTAssertTrue(ends(Self.tweet))
        XCTAssertTrue(ends("Moulitsas (@markos) January 11, 2017"))
        XCTAssertFalse(ends("The harbour authority was founded in 1887"))
        XCTAssertFalse(ends("Harbour Dredging Plan Wins Approval (@harbourtimes)"))
    }
}
