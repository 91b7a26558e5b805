import XCTest
@testable import WinnowPipeline

/// Starts that cohesion held under the threshold where two stories of one beat meet: a headline
/// over a short byline (`short_byline_after`), a lede under a lone page edge whose words overlap
/// the story above a little (`edge_topic_shift`).
final class SplitOutsiderRecallTests: XCTestCase {
    static let headline = "Orchestra Announces an Autumn Season of Sibelius Symphonies"

    /// The headline's score with `below` between it and its lede.
    func headline(over below: String, line: String = SplitOutsiderRecallTests.headline, above: String? = nil) throws -> ScoredLine? {
        let (classifier, _) = try CleaningFixtures.stages()
        let text = (SplitStructureTests.harbour + (above.map { [$0] } ?? []) + [line, below] + SplitStructureTests.orchestra).joined(separator: "\n\n")
        let lines = classifier.classify(text).lines
        let i = try XCTUnwrap(lines.firstIndex { $0.content == line })
        let s = try CleaningFixtures.scorer()
        return s.headline(i, in: lines, facts: s.facts(lines))
    }

    func testShortBylineUnderAHeadline() throws {
        for byline in ["Jane Doe, Reuters", "By Jane Doe", "BY JANE DOE"] {
            let h = try XCTUnwrap(try headline(over: byline))
            XCTAssertTrue(h.fired.contains(.shortBylineAfter), byline)
            XCTAssertFalse(h.fired.contains(.bylineAfter), byline)
        }
        // A story's last paragraph (a sentence) over the next story's byline: no headline.
        let last = try XCTUnwrap(try headline(over: "By Jane Doe", line: "No other details about the harbour plan were released."))
        XCTAssertFalse(last.fired.contains(.shortBylineAfter))
        // A list of names, each `Name, Firm`: the line under another is no headline.
        let listed = try XCTUnwrap(try headline(over: "Andy Beal, Beal Bank", line: "Dan Dimicco, Former Chief Executive of Nucor",
                                                above: "Stephen Calk, Federal Savings"))
        XCTAssertFalse(listed.fired.contains(.shortBylineAfter))
        // A short line of another shape is furniture, no byline.
        let h = try XCTUnwrap(try headline(over: "Photo gallery inside"))
        XCTAssertFalse(h.fired.contains(.shortBylineAfter))
        XCTAssertTrue(h.fired.contains(.furnitureAfter))
    }

    /// The harbour story, `edge` alone between, then the orchestra story: the lines, and the
    /// index of the orchestra lede.
    func glued(_ edge: String) throws -> ([ClassifiedLine], Int) {
        let (classifier, _) = try CleaningFixtures.stages()
        let text = (SplitStructureTests.harbour + ["", edge, ""] + SplitStructureTests.orchestra).joined(separator: "\n")
        let lines = classifier.classify(text).lines
        return (lines, try XCTUnwrap(lines.firstIndex { $0.content == SplitStructureTests.orchestra[0] }))
    }

    func testEdgeTopicShiftUnderALoneByline() throws {
        let s = try CleaningFixtures.scorer()
        let (lines, i) = try glued("By Jane Doe and John Roe")
        let facts = s.facts(lines)
        var edge = s.weakBlockStart(.lonePageEdge)
        s.addEdgeTopicShift(i, in: lines, facts: facts, similarity: 0.07, &edge)
        XCTAssertTrue(edge.fired.contains(.edgeTopicShift), "overlap of one beat across a byline")
        var same = s.weakBlockStart(.lonePageEdge)
        s.addEdgeTopicShift(i, in: lines, facts: facts, similarity: s.config.sameTopicAbove, &same)
        XCTAssertFalse(same.fired.contains(.edgeTopicShift), "one topic across the byline")
        var headline = ScoredLine()
        headline.add(.openEnding, s.weights)
        s.addEdgeTopicShift(i, in: lines, facts: facts, similarity: 0.07, &headline)
        XCTAssertFalse(headline.fired.contains(.edgeTopicShift), "only a lede under a lone page edge")
    }

    /// A section rule is no byline: an article sets one between its own paragraphs.
    func testNoEdgeTopicShiftUnderASeparator() throws {
        let s = try CleaningFixtures.scorer()
        let (lines, i) = try glued("* * *")
        var edge = s.weakBlockStart(.lonePageEdge)
        s.addEdgeTopicShift(i, in: lines, facts: s.facts(lines), similarity: 0.07, &edge)
        XCTAssertFalse(edge.fired.contains(.edgeTopicShift))
    }

    /// Two paragraphs of one story across a byline share most of their words: no start.
    func testLoneBylineInsideOneStoryStaysNoStart() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let h = SplitStructureTests.harbour
        let text = (Array(h[0...2]) + ["", "By Jane Doe", ""] + Array(h[3...])).joined(separator: "\n")
        XCTAssertEqual(splitter.split(classifier.classify(text)).count, 1)
    }

    /// `wide_gap_headline` only on a line of headline length: a short section head under a wide
    /// gap (`ROUND 2`) keeps `wide_gap` alone.
    func testWideGapHeadlineNeedsHeadlineLength() throws {
        let planner = try CleaningFixtures.planner()
        var whole = ScoredLine()
        whole.add(.headlineLength, planner.scorer.weights)
        planner.addWideGapHeadline(&whole)
        XCTAssertTrue(whole.fired.contains(.wideGapHeadline))
        var sentence = ScoredLine()
        sentence.add(.sentenceEnding, planner.scorer.weights)
        sentence.add(.headlineLength, planner.scorer.weights)
        planner.addWideGapHeadline(&sentence)
        XCTAssertFalse(sentence.fired.contains(.wideGapHeadline), "a short paragraph under a wide gap")
        var short = ScoredLine()
        short.add(.tooFewWords, planner.scorer.weights)
        planner.addWideGapHeadline(&short)
        XCTAssertFalse(short.fired.contains(.wideGapHeadline))
    }

    /// Stories set two blank lines apart, paragraphs one: a headline under the story gap carries
    /// both `wide_gap` and `wide_gap_headline`.
    func testHeadlineUnderTheStoryGap() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let text = ["Harbour Authority Approves Dredging of the Northern Shipping Channel", ""]
            + SplitStructureTests.harbour.flatMap { [$0, ""] } + ["", Self.headline, ""]
            + SplitStructureTests.orchestra.flatMap { [$0, ""] }
        let lines = classifier.classify(text.joined(separator: "\n"))
        let i = try XCTUnwrap(lines.lines.firstIndex { $0.content == Self.headline })
        let fate = try XCTUnwrap(splitter.explain(lines).first { $0.line == i })
        XCTAssertTrue(fate.features.contains { $0.hasPrefix("wide_gap_headline=") }, "\(fate.features)")
        XCTAssertEqual(splitter.split(lines).count, 2)
    }
}
