import XCTest
@testable import WinnowPipeline

/// Two-sentence shift (`BoundaryTwoSentenceShift.swift`): a short two-sentence headline with a
/// topic shift below it, held just under the threshold, starts its story; a long two-sentence
/// paragraph or a quotation does not.
final class SplitTwoSentenceShiftTests: XCTestCase {
    static let lines = [
        "The town's budget passed on Tuesday after a long night of votes and a walkout by two members.",
        "The mayor's problem isn't the budget. It's that he won't say what he wants.",
        "Such projects need to be done whether they generate a return or not. Thus, those goals would be better met through plain spending by the state.",
        "\"We go on walks around the city. Sometimes I feel like I can't do anything,\" she said.",
    ]

    func planner(weight: Double) throws -> BoundaryPlanner {
        try CleaningFixtures.planner { $0.weights[.twoSentenceShift] = weight }
    }

    func testAShortTwoSentenceHeadlineOverATopicShiftIsLifted() throws {
        let lines = try CleaningFixtures.stages().0.classify(Self.lines.joined(separator: "\n")).lines
        let p = try planner(weight: 1.5)
        let held = p.config.threshold - 1
        let shaped: [SplitFeature] = [.sentenceEnding, .twoSentenceHeadline, .topicShift]
        var s = ScoredLine.fixture(held, shaped)
        p.addTwoSentenceShift(1, lines, &s)
        XCTAssertTrue(s.fired.contains(.twoSentenceShift))
        XCTAssertEqual(s.score, held + 1.5)
        // Longer than a headline, or a quotation: not lifted.
        for i in [2, 3] {
            var other = ScoredLine.fixture(held, shaped)
            p.addTwoSentenceShift(i, lines, &other)
            XCTAssertFalse(other.fired.contains(.twoSentenceShift), "line \(i)")
        }
        // Without the topic shift, or without two sentences: nothing.
        for f in [SplitFeature.twoSentenceHeadline, .topicShift] {
            var other = ScoredLine.fixture(held, shaped.filter { $0 != f })
            p.addTwoSentenceShift(1, lines, &other)
            XCTAssertFalse(other.fired.contains(.twoSentenceShift), "\(f)")
        }
        // Too far under the threshold for the weight, or off: nothing.
        var far = ScoredLine.fixture(held - 1, shaped)
        p.addTwoSentenceShift(1, lines, &far)
        XCTAssertFalse(far.fired.contains(.twoSentenceShift))
        var off = ScoredLine.fixture(held, shaped)
        try planner(weight: 0).addTwoSentenceShift(1, lines, &off)
        XCTAssertFalse(off.fired.contains(.twoSentenceShift))
    }

    func testOpensWithDoubleQuote() {
        for (t, q) in [("\"We won,\" he said.", true), ("“We won,” he said.", true), ("‘Deep State’ Canard Spreads", false), ("We won.", false)] {
            XCTAssertEqual(SplitText.withBytes(t) { BoundaryPlanner.opensWithDoubleQuote($0) }, q, t)
        }
    }

    /// A two-sentence line in Title Case is set as a headline even when its words do not come back
    /// below it (no headline affinity); the same line in sentence case is a remark.
    func testTitleCaseTwoSentencesNeedNoAffinity() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
        let headline = "We Spent a Year Driving Across Canada. Here Is What We Learned."
        let text = ([h[0], h[1], h[2], h[3], headline] + o).joined(separator: "\n")
        XCTAssertEqual(splitter.split(classifier.classify(text)).map(\.title), [nil, headline])
        let remark = "We spent a year driving across Canada. Here is what we learned."
        let plain = ([h[0], h[1], h[2], h[3], remark] + o).joined(separator: "\n")
        XCTAssertFalse(splitter.split(classifier.classify(plain)).contains { $0.title == remark })
    }
}
