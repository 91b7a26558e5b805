import XCTest
@testable import WinnowPipeline

/// A long-story dateline lede right under its own headline (`BoundaryLongStoryLedeHeadline.swift`):
/// the start goes to the headline, as the story's title, not to the lede below it.
final class SplitLongStoryLedeHeadlineTests: XCTestCase {
    typealias T = SplitLongStoryLedeTests

    /// Candidates after the pass for 41 lines: the topics of `SplitLongStoryLedeTests.starts`, with
    /// line 20 `above` (scored `aboveFeatures`, headline affinity `affinity`) over the vetoed
    /// dateline lede at line 21 that opens the second topic.
    static func candidates(above: String, _ aboveFeatures: [SplitFeature], affinity: Double?) throws -> [BoundaryPlanner.Candidate] {
        let config = try CleaningFixtures.configs().1
        let (classifier, _) = try CleaningFixtures.stages()
        let planner = BoundaryPlanner(scorer: try CleaningFixtures.scorer(config))
        let topicOf: (Int) -> Int = { $0 < 8 ? 0 : $0 < 21 ? 1 : $0 < 33 ? 2 : 3 }
        let text = (0..<41).map { $0 == 20 ? above : ($0 == 21 ? "TOKYO — " : "") + T.paragraph(topicOf($0), $0) }
        let lines = classifier.classify(text.joined(separator: "\n")).lines
        XCTAssertEqual(lines.count, 41)
        var words = [Int](repeating: 0, count: lines.count + 1)
        for (i, l) in lines.enumerated() { words[i + 1] = words[i] + (l.kind == .body ? l.words : 0) }
        var candidates: [BoundaryPlanner.Candidate] = [0, 8, 33].map {
            .init($0, .init(isTitle: true, scored: .fixture(8, [.openEnding, .headlineLength])))
        }
        var plan = BoundaryPlanner.Plan()
        plan.rejected = LineSlots(count: lines.count)
        plan.facts = planner.scorer.facts(lines)
        var lede = ScoredLine.fixture(config.threshold - 1, [.datelineStart, .cohesion])
        lede.values = [(.cohesion, 0.08)]
        plan.rejected[21] = lede
        var head = ScoredLine.fixture(config.threshold - 2, aboveFeatures)
        if let a = affinity { head.values = [(.headlineAffinity, a)] }
        plan.rejected[20] = head
        planner.applyLongStoryLedes(&candidates, lines, words, Cohesion(lines, window: config.cohesionWindowWords), &plan)
        return candidates
    }

    func testHeadlineOverTheLedeTakesTheStart() throws {
        let c = try Self.candidates(above: "RAILWAY SIGNALS NOBODY READS ANY MORE. HERE IS WHY.",
                                    [.sentenceEnding, .headlineLength, .datelineAfter, .headlineAffinity], affinity: 0.4)
        XCTAssertEqual(c.map(\.line), [0, 8, 20, 33])
        XCTAssertTrue(c[2].start.isTitle)
    }

    /// Prose negative: a short quote paragraph closing the story above (sentence case, its words
    /// not measured coming back below) stays there; the lede starts the story.
    func testQuoteParagraphOverTheLedeStaysAbove() throws {
        let c = try Self.candidates(above: "He added, “It is all about the signals.”",
                                    [.sentenceEnding, .headlineLength, .datelineAfter], affinity: nil)
        XCTAssertEqual(c.map(\.line), [0, 8, 21, 33])
        XCTAssertFalse(c[2].start.isTitle)
    }
}
