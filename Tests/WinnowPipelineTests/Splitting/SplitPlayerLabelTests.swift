import XCTest
@testable import WinnowPipeline

/// A clip's title under its player's label and running time (`Play Video 1:02 …`) is a video the
/// article embeds, no headline: `clip_running_time` fires on it (`BoundaryPlayerLabel.swift`).
final class SplitPlayerLabelTests: XCTestCase {
    static let h1 = SplitArticlePartsTests.h1
    static let harbour = SplitArticlePartsTests.harbour
    static let orchestra = SplitArticlePartsTests.orchestra

    func testPlayerLabelShapes() {
        for s in ["Play Video 1:02 Drone footage shows motorists fleeing the storm – video",
                  "Play Video 12:40 Conductor explains the new season", "Watch 2:31 Conductor explains the new season",
                  "VIDEO 1:05:09 The full hearing", "Listen 0:59 The mayor on the closures"] {
            XCTAssertTrue(SplitText.withBytes(s, BoundaryScorer.opensWithPlayerLabel), s)
        }
        // No player word, a clock time (no running time: seconds over 59, a zone), the label alone.
        for s in ["1:02 Drone footage shows motorists fleeing the storm", "Play Video 1:72 Drone footage",
                  "Watch 10:30 ET: the mayor speaks at the council", "Play Video 1:02", "Playground 1:02 reopens",
                  "Watch the 2:31 mark of the debate", "Video shows the 1:02 moment"] {
            XCTAssertFalse(SplitText.withBytes(s, BoundaryScorer.opensWithPlayerLabel), s)
        }
    }

    /// Between two unrelated stories' paragraphs, the clip line starts no story; with the weight
    /// at 0 it does.
    func testPlayerLabelLineStartsNoStory() throws {
        let x = "Play Video 2:31 Conductor explains the new Sibelius season in Helsinki – video"
        let text = ([Self.h1] + Self.harbour + [x] + Self.orchestra).joined(separator: "\n\n")
        try CleaningFixtures.assertFeature(.clipRunningTime, fires: .negative, where: { $0 == x }, in: text, stories: 1, without: 2)
    }
}
