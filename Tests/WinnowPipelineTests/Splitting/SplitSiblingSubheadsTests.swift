import XCTest
import Yams
@testable import WinnowPipeline

/// An article's subheads share one shape: a bare headline candidate with `sibling_subhead_lines` lines
/// of its own shape between the confident starts around it loses `sibling_subheads` weight.
final class SplitSiblingSubheadsTests: XCTestCase {
    func scored(_ score: Double, _ features: [SplitFeature]) -> ScoredLine { .fixture(score, features) }

    func run(siblingLines: [Int], siblingScore: Double = 3.0, siblingLength: SplitFeature = .tooFewWords) throws -> (kept: [Int], rejected: ScoredLine?) {
        let (classifier, _) = try CleaningFixtures.stages()
        let config = try CleaningFixtures.configs().1
        XCTAssertEqual(config.siblingSubheadLines, 4)
        let planner = BoundaryPlanner(scorer: try CleaningFixtures.scorer(config))
        let lines = classifier.classify((0..<14).map { "Paragraph \($0) of the long article says something new." }.joined(separator: "\n")).lines
        let shape: [SplitFeature] = [.openEnding, .tooFewWords, .capitalised, .titleCase, .proseAfter, .afterSentence]
        var plan = BoundaryPlanner.Plan()
        plan.rejected = LineSlots(count: lines.count)
        let siblingShape = shape.map { $0 == .tooFewWords ? siblingLength : $0 }
        for j in siblingLines { plan.rejected[j] = scored(siblingScore, siblingShape) }
        var candidates: [BoundaryPlanner.Candidate] = [
            .init(0, .init(isTitle: true, scored: scored(9.0, [.openEnding, .headlineLength, .startOfText]))),
            .init(3, .init(isTitle: true, scored: scored(5.0, shape))),
            .init(12, .init(isTitle: true, scored: scored(9.0, [.openEnding, .headlineLength, .trailerBefore]))),
        ]
        planner.applySiblingSubheads(&candidates, lines, &plan)
        return (candidates.map(\.line), plan.rejected[3])
    }

    func testSubheadWithSiblingsIsDropped() throws {
        let r = try run(siblingLines: [5, 7, 9, 11])
        XCTAssertEqual(r.kept, [0, 12])
        XCTAssertTrue(r.rejected?.fired.contains(.siblingSubheads) ?? false)
    }

    func testHeadlineWithoutSiblingsStays() throws {
        // Three of its shape, and one past the next confident start (another story's line).
        let r = try run(siblingLines: [5, 7, 9, 13])
        XCTAssertEqual(r.kept, [0, 3, 12])
    }

    /// A set of subheads varies in length (`The Odds`, `What the Fishermen Fear Most This Season`):
    /// siblings of headline length count for a short one, as they share its ending and case.
    func testSiblingsOfAnotherLengthCount() throws {
        let r = try run(siblingLines: [5, 7, 9, 11], siblingLength: .headlineLength)
        XCTAssertEqual(r.kept, [0, 12])
        XCTAssertTrue(r.rejected?.fired.contains(.siblingSubheads) ?? false)
    }

    /// Lines of its shape scoring far under the threshold (below its cohesion band: a caption, a
    /// short prose line that ends open) could not pass for headlines: they are not sibling subheads.
    func testLinesFarUnderTheThresholdAreNotSiblings() throws {
        let config = try CleaningFixtures.configs().1
        let r = try run(siblingLines: [5, 7, 9, 11], siblingScore: config.threshold - config.cohesionMargin - 0.5)
        XCTAssertEqual(r.kept, [0, 3, 12])
    }

    /// The line-count knob is `sibling_subhead_lines`; pipeline files that spell it as the weight
    /// (`sibling_subheads`) keep working, and giving both is an error rather than a silent choice.
    func testLineCountKnobReadsItsFormerName() throws {
        XCTAssertEqual(try YAMLDecoder().decode(SplitConfig.self, from: "sibling_subhead_lines: 3").siblingSubheadLines, 3)
        XCTAssertEqual(try YAMLDecoder().decode(SplitConfig.self, from: "sibling_subheads: 5").siblingSubheadLines, 5)
        XCTAssertEqual(try YAMLDecoder().decode(SplitConfig.self, from: "threshold: 4.5").siblingSubheadLines, 0)
        XCTAssertThrowsError(try YAMLDecoder().decode(SplitConfig.self, from: "sibling_subheads: 5\nsibling_subhead_lines: 3"))
    }
}
