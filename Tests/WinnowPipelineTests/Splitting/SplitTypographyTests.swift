import XCTest
@testable import WinnowPipeline

/// Typography shift (`BoundaryTypography.swift`): where the quote style flips from curly to
/// straight (two sites' pages meet), a headline candidate held just under the threshold starts
/// its story; where it holds, nothing changes.
final class SplitTypographyTests: XCTestCase {
    static let curly = [
        "The council voted on Tuesday to close the “old” library, and the mayor said it’s “time to move on” from the building.",
        "Residents who use the library’s reading room said they weren’t consulted, and one called the vote “a betrayal” of the town.",
        "The council’s plan moves the collection to the school, which the librarian called “too small” for the town’s readers.",
    ]
    static let straight = [
        "The city orchestra said its \"autumn season\" will open with three symphonies, and the conductor said it's \"a fresh start\" for the players.",
        "Students won't pay more than five pounds for a ticket, a change the orchestra's manager called \"overdue\" for weekday concerts.",
        "The orchestra's violin soloist said she's \"thrilled\" to play the new concerto, which a composer from Helsinki wrote for her.",
    ]

    func classified(_ paragraphs: [String]) throws -> [ClassifiedLine] {
        try CleaningFixtures.stages().0.classify(paragraphs.joined(separator: "\n")).lines
    }

    func planner(weight: Double) throws -> BoundaryPlanner {
        try CleaningFixtures.planner { $0.weights[.typographyShift] = weight }
    }

    func testQuoteStylesOfEachSide() throws {
        let lines = try classified(Self.curly + ["Sibelius Comes Home"] + Self.straight)
        let shape = try CleaningFixtures.scorer().facts(lines).shape
        XCTAssertEqual(BoundaryPlanner.quoteStyle(lines, shape, from: 2, step: -1), true)
        XCTAssertEqual(BoundaryPlanner.quoteStyle(lines, shape, from: 4, step: 1), false)
        // Too few quote marks: undecided.
        let plain = try classified(["A line with no quotes at all in it, long enough to read as a paragraph of prose."])
        XCTAssertNil(BoundaryPlanner.quoteStyle(plain, [.body], from: 0, step: 1))
    }

    func testAShiftLiftsAHeadlineHeldUnderTheThreshold() throws {
        let lines = try classified(Self.curly + ["Sibelius Comes Home"] + Self.straight)
        let p = try planner(weight: 3.0)
        let shape = p.scorer.facts(lines).shape
        let held = p.config.threshold - 1
        var s = ScoredLine.fixture(held, [.openEnding, .tooFewWords])
        p.addTypographyShift(3, lines, shape, &s)
        XCTAssertTrue(s.fired.contains(.typographyShift))
        XCTAssertEqual(s.score, held + 3.0)
        // A line ending like a sentence, or one inside a topic (`same_topic`), is not lifted.
        for f in [SplitFeature.sentenceEnding, .sameTopic] {
            var other = ScoredLine.fixture(held, [f])
            p.addTypographyShift(3, lines, shape, &other)
            XCTAssertFalse(other.fired.contains(.typographyShift), "\(f)")
        }
        // Off (weight 0): nothing.
        var off = ScoredLine.fixture(held, [.openEnding])
        try planner(weight: 0).addTypographyShift(3, lines, shape, &off)
        XCTAssertFalse(off.fired.contains(.typographyShift))
    }

    func testOneStyleOnBothSidesLiftsNothing() throws {
        let lines = try classified(Self.curly + ["Sibelius Comes Home"] + Self.curly)
        let p = try planner(weight: 3.0)
        var s = ScoredLine.fixture(p.config.threshold - 1, [.openEnding, .tooFewWords])
        p.addTypographyShift(3, lines, p.scorer.facts(lines).shape, &s)
        XCTAssertFalse(s.fired.contains(.typographyShift))
    }
}
