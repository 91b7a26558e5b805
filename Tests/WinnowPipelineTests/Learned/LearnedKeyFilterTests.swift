import XCTest
@testable import WinnowPipeline

/// The bitmap in front of the learned table may only ever turn away keys that are not learned.
final class LearnedKeyFilterTests: XCTestCase {
    func testEveryLearnedKeyPassesAndMostOthersAreTurnedAway() {
        var rng = SeededGenerator()
        for count in [0, 1, 100, 17_000, 40_000] {
            let keys = (0..<count).map { _ in UInt64.random(in: 0...UInt64.max, using: &rng) }
            let filter = LearnedKeyFilter(keys: keys, count: keys.count)
            for key in keys { XCTAssertTrue(filter.mayContain(key)) }
            let others = (0..<20_000).map { _ in UInt64.random(in: 0...UInt64.max, using: &rng) }
            let passed = others.filter { filter.mayContain($0) }.count
            // 32 bits per key up to the 2^19-bit cap: a few percent pass; 40k keys fill it more.
            XCTAssertLessThan(passed, count <= 17_000 ? 1_000 : 3_000, "count \(count)")
        }
    }

    func testLearnedCountsAreThoseOfTheTable() {
        var config = LearnedConfig()
        config.minDocuments = 2; config.minSources = 1; config.minContexts = 1
        let learner = BoilerplateLearner(config: config)
        let topics = ["cats", "dogs", "rain", "snow", "trade", "votes"]
        for d in 0..<6 {
            let text = "Sign up for our newsletter\nA story about \(topics[d]) that is different\nFollow us on Twitter\n"
            learner.observe(TextBlock(source: "f\(d)", sourceIndex: d, blockIndex: 0, isLastBlock: true,
                                      position: InputPosition(line: 1, byteOffset: 0), text: text))
        }
        let learned = learner.finish()
        XCTAssertEqual(learned.documentCount(LineKey.hash("Sign up for our newsletter")), 6)
        XCTAssertEqual(learned.documentCount(LineKey.hash("Follow us on Twitter")), 6)
        XCTAssertEqual(learned.documentCount(LineKey.hash("A story about rain that is different")), 0)
        XCTAssertEqual(learned.documentCount(LineKey.hash("never seen")), 0)
    }
}
