import XCTest
@testable import WinnowPipeline

/// In-article furniture: a widget the text's articles set between their own paragraphs is no
/// header furniture under a subhead (`in_article_widget_after`), and in a one-topic dump a
/// candidate's cohesion counts above the dump's own far similarity (`cohesion_over_far`).
final class SplitInArticleFurnitureTests: XCTestCase {
    static let question = "What will the fishermen do next?"

    private func fired(_ paragraphs: [String]) throws -> FiredFeatures {
        let (classifier, _) = try CleaningFixtures.stages()
        let scorer = try CleaningFixtures.scorer()
        let lines = classifier.classify(paragraphs.joined(separator: "\n\n")).lines
        let i = try XCTUnwrap(lines.firstIndex { $0.content == Self.question })
        let facts = scorer.facts(lines)
        return try XCTUnwrap(scorer.headline(i, in: lines, facts: facts, inArticle: scorer.inArticleWidgets(lines, facts: facts))).fired
    }

    /// An ad slot between two paragraphs elsewhere: the one under the subhead is in-article too.
    func testWidgetSetBetweenParagraphsElsewhereIsInArticle() throws {
        let h = SplitStructureTests.harbour
        let f = try fired([h[0], "Advertisement", h[1], Self.question, "Advertisement", h[2], h[3], h[4]])
        XCTAssertTrue(f.contains(.inArticleWidgetAfter))
        XCTAssertFalse(f.contains(.widgetAfter))
    }

    /// The same widget only under the candidate is still header furniture.
    func testWidgetOnlyUnderTheCandidateStaysWidgetAfter() throws {
        let h = SplitStructureTests.harbour
        let f = try fired([h[0], h[1], Self.question, "Advertisement", h[2], h[3], h[4]])
        XCTAssertTrue(f.contains(.widgetAfter))
        XCTAssertFalse(f.contains(.inArticleWidgetAfter))
    }

    /// A subhead in a dump read as one topic (cohesion left out) still pays for the words its
    /// paragraphs share beyond the dump's far similarity; without that it starts a story.
    func testOneTopicDumpWeighsCohesionOverFar() throws {
        let h = SplitStructureTests.harbour
        let subhead = "What the fishermen fear about the dredging"
        let text = ["Harbour authority approves dredging of northern shipping channel", h[0], h[1], subhead, h[2], h[3], h[4]]
            .joined(separator: "\n\n")
        // Short windows and a low bar: this one short story reads as a one-topic dump.
        func oneTopic(_ c: inout SplitConfig) { c.cohesionMaxFar = 0.001; c.cohesionWindowWords = 10 }
        let (classifier, splitter) = try CleaningFixtures.stages(editing: oneTopic)
        let lines = classifier.classify(text)
        let fate = try XCTUnwrap(splitter.explain(lines).first { lines.lines[$0.line].content == subhead })
        XCTAssertTrue(fate.features.fired("cohesion_over_far", .negative), "\(fate.features)")
        XCTAssertFalse(fate.features.fired("cohesion"), "cohesion itself is left out in a one-topic dump")
        XCTAssertEqual(splitter.split(lines).count, 1)
        let (c0, s0) = try CleaningFixtures.stages { oneTopic(&$0); $0.weights[.cohesionOverFar] = 0 }
        XCTAssertEqual(s0.split(c0.classify(text)).count, 2)
    }
}
