import XCTest
@testable import WinnowPipeline

/// The long-story prior in a dense dump (`BoundaryDenseDump.swift`, `dense_long_story_*`): with
/// no blank line between its paragraphs, no spacing marks a glued story's headline, so a story
/// somewhat longer than the dump's others, with the topic changing moderately across a held
/// headline, is split there; the same text spaced with blank lines keeps the ordinary bounds.
final class SplitDenseLongStoryTests: XCTestCase {
    /// Starts after the prior for 40 paragraphs (joined by one newline, or by a blank line when
    /// `spaced`) with starts at paragraphs `starts` and paragraph 20 rejected one point under the
    /// threshold with `features`, `cohesion` and `affinity`.
    func run(spaced: Bool, starts: [Int] = [0, 8, 32], cohesion: Double, affinity: Double? = 0,
             features: [SplitFeature] = [.openEnding, .headlineLength, .cohesion, .headlineAffinity],
             lengthDropped: Bool = false, edit: (inout SplitConfig) -> Void = { _ in }) throws -> [Int] {
        let planner = try CleaningFixtures.planner(editing: edit)
        let (classifier, _) = try CleaningFixtures.stages()
        let step = spaced ? 2 : 1
        let lines = classifier.classify((0..<40).map { "Paragraph \($0) of the long article says something new about the topic at hand." }
            .joined(separator: spaced ? "\n\n" : "\n")).lines
        var words = [Int](repeating: 0, count: lines.count + 1)
        for (i, l) in lines.enumerated() { words[i + 1] = words[i] + (l.kind == .body ? l.words : 0) }
        var candidates: [BoundaryPlanner.Candidate] = starts.map {
            .init($0 * step, .init(isTitle: true, scored: .fixture(8, [.openEnding, .headlineLength])))
        }
        var plan = BoundaryPlanner.Plan()
        plan.rejected = LineSlots(count: lines.count)
        var s = ScoredLine.fixture(planner.config.threshold - 1, features)
        s.values = [(.cohesion, cohesion)] + (affinity.map { [(.headlineAffinity, $0)] } ?? [])
        plan.rejected[20 * step] = s
        if lengthDropped { plan.lengthDropped.insert(20 * step) }
        planner.applyLongStoryPrior(&candidates, lines, words, &plan)
        return candidates.map { $0.line / step }
    }

    func testDetectsDumpsWithoutBlankLinesBetweenBodyLines() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        XCTAssertTrue(BoundaryPlanner.isDense(classifier.classify("One paragraph here.\nAnother one there.\n\n").lines),
                      "blank lines after the last body line do not space the text")
        XCTAssertFalse(BoundaryPlanner.isDense(classifier.classify("One paragraph here.\n\nAnother one there.").lines))
        XCTAssertFalse(BoundaryPlanner.isDense(classifier.classify("\n\n").lines))
    }

    /// Two stories on one beat glued together (cohesion 0.05, over the ordinary 0.03; no headline
    /// affinity): split in the dense dump, not in the spaced one, nor with the dense values off.
    func testModerateTopicShiftSplitsAnOverlongDenseStory() throws {
        XCTAssertEqual(try run(spaced: false, cohesion: 0.05), [0, 8, 20, 32])
        XCTAssertEqual(try run(spaced: true, cohesion: 0.05), [0, 8, 32])
        XCTAssertEqual(try run(spaced: false, cohesion: 0.05) { $0.clearDenseLongStory() }, [0, 8, 32])
    }

    /// A story 1.4 × the dump's mean (starts 0, 12, 27, 37: 14 paragraphs under the headline at 12, mean 10):
    /// long enough in a dense dump (dense_long_story_factor), not under the ordinary factor.
    func testSomewhatLongerStoryIsEnoughInADenseDump() throws {
        XCTAssertEqual(try run(spaced: false, starts: [0, 12, 27, 37], cohesion: 0.01), [0, 12, 20, 27, 37])
        XCTAssertEqual(try run(spaced: true, starts: [0, 12, 27, 37], cohesion: 0.01), [0, 12, 27, 37])
    }

    /// Prose negatives: a paragraph line (a sentence with no header block, trailer or dateline lede
    /// backing it) stays inside however low the cohesion, and a line sharing a story's words
    /// (cohesion 0.2) stays inside, dense or not.
    func testParagraphOrOneTopicLineStaysInsideADenseStory() throws {
        XCTAssertEqual(try run(spaced: false, cohesion: 0.01,
                               features: [.sentenceEnding, .headlineLength, .afterSentence, .cohesion]), [0, 8, 32])
        XCTAssertEqual(try run(spaced: false, cohesion: 0.2, affinity: 0.3), [0, 8, 32])
    }

    /// In the dense band (cohesion over the ordinary bound), a question or exclamation whose words
    /// were not measured coming back below it (too few to measure, or more of them above) is an
    /// author's remark closing a paragraph (`As Walterson says, “Enough is enough already!”`); a
    /// question headline's words come back below it. Under the ordinary bound, as before.
    func testRemarkEndingInAQuestionStaysInsideTheDenseBand() throws {
        let question: [SplitFeature] = [.questionEnding, .headlineLength, .afterSentence, .cohesion]
        XCTAssertEqual(try run(spaced: false, cohesion: 0.05, affinity: nil, features: question), [0, 8, 32])
        XCTAssertEqual(try run(spaced: false, cohesion: 0.05, affinity: -0.3, features: question), [0, 8, 32])
        XCTAssertEqual(try run(spaced: false, cohesion: 0.05, affinity: 0.0, features: question + [.headlineAffinity]),
                       [0, 8, 20, 32])
        XCTAssertEqual(try run(spaced: false, cohesion: 0.02, affinity: nil, features: question), [0, 8, 20, 32])
    }

    /// A start the story-length prior dropped (its story too short) is not lifted back: the two
    /// priors would undo each other (SplitHeaderStyleTieTests' short dense fixture).
    func testStartDroppedByTheShortStoryPriorStaysDropped() throws {
        XCTAssertEqual(try run(spaced: false, cohesion: 0.01, lengthDropped: true), [0, 8, 32])
        XCTAssertEqual(try run(spaced: false, cohesion: 0.01), [0, 8, 20, 32])
    }
}
