import XCTest
import Yams
@testable import WinnowPipeline

/// Story overlap (`HeadlineAffinity.storyShare`, feature `story_overlap`): a subhead's words are
/// already in the story it sits in, back to that story's start; a headline's are not in the story
/// before it.
final class SplitStoryOverlapTests: XCTestCase {
    func testSubheadReusesItsStorysWordsAndAHeadlineDoesNot() throws {
        let (lines, headline, subhead) = try SplitAffinityTests.harbourAfterOrchestra()
        var affinity = HeadlineAffinity(lines, window: 80)
        // The headline against the orchestra story before it: nothing shared.
        XCTAssertEqual(try XCTUnwrap(affinity.storyShare(headline, from: 0)), 0)
        // The subhead against its own story since the headline: its words are there.
        let sub = try XCTUnwrap(affinity.storyShare(subhead, from: headline))
        XCTAssertGreaterThan(sub, 0)
        // Only lines from `from` on count: from the subhead's own line there is nothing before it.
        XCTAssertNil(affinity.storyShare(subhead, from: subhead))
        // Measuring leaves no marks behind: the same answer twice.
        XCTAssertEqual(affinity.storyShare(subhead, from: headline), sub)
    }

    func testStoryOverlapFromMustBeAShare() {
        XCTAssertThrowsError(try YAMLDecoder().decode(SplitConfig.self, from: "story_overlap_from: 1.5"))
        XCTAssertEqual(try YAMLDecoder().decode(SplitConfig.self, from: "story_overlap_from: 0.2").storyOverlapFrom, 0.2)
        XCTAssertThrowsError(try YAMLDecoder().decode(SplitConfig.self, from: "story_overlap_one_topic_from: -0.1"))
        XCTAssertEqual(try YAMLDecoder().decode(SplitConfig.self, from: "story_overlap_one_topic_from: 0.5").storyOverlapOneTopicFrom, 0.5)
    }
}
