import XCTest
@testable import WinnowPipeline

/// A prose lede under a furniture block where two stories of one beat meet: cohesion across it in
/// [`topic_shift_below`, `same_topic_above`) and with its own words below under
/// `same_topic_above` earns `block_topic_shift` (`BoundaryBlockTopicShift.swift`).
final class SplitBlockTopicShiftTests: XCTestCase {
    func lede(_ w: FeatureWeights, start: SplitFeature = .furnitureBlock, afterSentence: Bool = true) -> ScoredLine {
        var s = ScoredLine()
        s.add(start, w)
        if afterSentence { s.add(.afterSentence, w) }
        return s
    }

    func testBlockLedeOfOneBeat() throws {
        let sc = try CleaningFixtures.scorer()
        let c = sc.config, w = sc.weights
        XCTAssertNotEqual(w[.blockTopicShift], 0, "on in the shipped pipeline")
        let mid = (c.topicShiftBelow + c.sameTopicAbove) / 2
        XCTAssertTrue(BoundaryPlanner.blockTopicShift(lede(w), across: mid, below: mid, c, w))
        XCTAssertTrue(BoundaryPlanner.blockTopicShift(lede(w), across: mid, below: nil, c, w))
        // With it, a block lede (furniture_block + after_sentence) passes at that cohesion; without, not.
        let base = w[.furnitureBlock] + w[.afterSentence] + w[.cohesion] * mid
        XCTAssertLessThan(base, c.threshold)
        XCTAssertGreaterThanOrEqual(base + w[.blockTopicShift], c.threshold)
        // Under topic_shift_below, topic_shift fires instead; at same_topic_above, one topic.
        XCTAssertFalse(BoundaryPlanner.blockTopicShift(lede(w), across: c.topicShiftBelow / 2, below: nil, c, w))
        XCTAssertFalse(BoundaryPlanner.blockTopicShift(lede(w), across: c.sameTopicAbove, below: nil, c, w))
        // The lede's own words on the side below share the story above's topic: one article.
        XCTAssertFalse(BoundaryPlanner.blockTopicShift(lede(w), across: mid, below: c.sameTopicAbove, c, w))
        XCTAssertFalse(BoundaryPlanner.blockTopicShift(lede(w), across: mid, below: -1, c, w))
    }

    func testOnlyABlockLedeAfterAParagraphThatEnded() throws {
        let sc = try CleaningFixtures.scorer()
        let c = sc.config, w = sc.weights
        let mid = (c.topicShiftBelow + c.sameTopicAbove) / 2
        XCTAssertFalse(BoundaryPlanner.blockTopicShift(lede(w, afterSentence: false), across: mid, below: nil, c, w))
        // A dateline lede is left to cohesion.
        XCTAssertFalse(BoundaryPlanner.blockTopicShift(lede(w, start: .datelineStart), across: mid, below: nil, c, w))
        // Off (weight 0): nothing.
        let off = FeatureWeights(c.weights.merging([.blockTopicShift: 0]) { $1 })
        XCTAssertFalse(BoundaryPlanner.blockTopicShift(lede(off), across: mid, below: nil, c, off))
    }

    /// Under a soft block (`soft_block`) the same reading earns `soft_block_topic_shift`, weighted so
    /// that the weaker block's lede passes at that cohesion too; not where its words below stay on
    /// the story above's topic.
    func testSoftBlockLedeOfOneBeat() throws {
        let sc = try CleaningFixtures.scorer()
        let c = sc.config, w = sc.weights
        XCTAssertNotEqual(w[.softBlockTopicShift], 0, "on in the shipped pipeline")
        let soft = lede(w, start: .softBlock)
        XCTAssertEqual(BoundaryPlanner.blockShiftFeature(soft), .softBlockTopicShift)
        XCTAssertEqual(BoundaryPlanner.blockShiftFeature(lede(w)), .blockTopicShift)
        XCTAssertNil(BoundaryPlanner.blockShiftFeature(lede(w, start: .lonePageEdge)))
        let near = c.topicShiftBelow + 0.01
        XCTAssertTrue(BoundaryPlanner.blockTopicShift(soft, across: near, below: near, c, w))
        let base = w[.softBlock] + w[.afterSentence] + w[.cohesion] * near
        XCTAssertLessThan(base, c.threshold)
        XCTAssertGreaterThanOrEqual(base + w[.softBlockTopicShift], c.threshold)
        XCTAssertFalse(BoundaryPlanner.blockTopicShift(soft, across: near, below: c.sameTopicAbove, c, w))
        XCTAssertFalse(BoundaryPlanner.blockTopicShift(lede(w, start: .softBlock, afterSentence: false), across: near, below: nil, c, w))
        let off = FeatureWeights(c.weights.merging([.softBlockTopicShift: 0]) { $1 })
        XCTAssertFalse(BoundaryPlanner.blockTopicShift(lede(off, start: .softBlock), across: near, below: nil, c, off))
    }
}
