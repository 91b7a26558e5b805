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

    /// Two short tweets close the story above a page header with a summary box: the tweet over the
    /// last one, stopping open on its attribution, is no headline whose dek the last one would be
    /// (the box then the lede's header), so the lede under the box opens the next story.
    func testLedeUnderABoxAfterTwoTweetsOpensTheNextStory() throws {
        let o = SplitStructureTests.orchestra
        let tweets = ["\"The dredging will ruin the oyster beds for a generation.\" https://t.co/4JCAqBjNa2 — Jane Doe (@janedoe) October 11, 2019",
                      "Dredging a channel is now a \"civil right.\" https://t.co/0HhID2QEhF — Tom Roe (@tomroe) October 11, 2019"]
        let header = ["By Marcus Alvarez and Grace Okafor", "Published March 25, 2020", "What to know", "- \(o[2])", "- \(o[1])"]
        let text = (Array(SplitStructureTests.harbour.prefix(3)) + tweets + header + o).joined(separator: "\n")
        let stories = try CleaningFixtures.split(text.components(separatedBy: "\n"))
        XCTAssertEqual(stories.count, 2)
        guard stories.count == 2 else { return }
        XCTAssertTrue(stories[0].text.contains(tweets[1]))
        XCTAssertTrue(stories[1].text.hasPrefix(o[0]), "the lede opens the second story")
    }

    func testAttributionShapes() {
        func ends(_ s: String) -> Bool { Array(s.utf8).withUnsafeBufferPointer(BoundaryScorer.endsOnTweetAttribution) }
        XCTAssertTrue(ends(Self.tweet))
        XCTAssertTrue(ends("Moulitsas (@markos) January 11, 2017"))
        XCTAssertFalse(ends("The harbour authority was founded in 1887"))
        XCTAssertFalse(ends("Harbour Dredging Plan Wins Approval (@harbourtimes)"))
    }
}
