import XCTest
@testable import WinnowPipeline

/// A headline-less page opening on a two-sentence paragraph under the page's header
/// (`BoundaryTwoSentenceLede.swift`): the line is that page's lede, not its title; with a byline of
/// its own below it, the same line is the page's headline.
final class SplitTwoSentenceLedeTests: XCTestCase {
    static let lede = "It's bad enough when critics sneer at modern music. I hate it more when composers do it, too."
    static let header = ["", "Updated 7 hours ago", "Share",
                         "The opinions expressed by columnists are their own and do not represent the views of the Tribune.", ""]

    func testTwoSentencesUnderAPageHeaderAreTheLede() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let text = (SplitStructureTests.harbour + Self.header + [Self.lede, ""] + SplitStructureTests.orchestra).joined(separator: "\n")
        let stories = splitter.split(classifier.classify(text))
        XCTAssertEqual(stories.count, 2)
        XCTAssertNil(stories.last?.title)
        XCTAssertTrue(stories.last?.text.hasPrefix(Self.lede) ?? false)
    }

    func testTwoSentencesOverTheirOwnBylineAreTheHeadline() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let text = (SplitStructureTests.harbour + Self.header + [Self.lede, "", "By Jane Doe and John Roe", ""]
                    + SplitStructureTests.orchestra).joined(separator: "\n")
        let stories = splitter.split(classifier.classify(text))
        XCTAssertEqual(stories.count, 2)
        XCTAssertEqual(stories.last?.title, Self.lede)
        XCTAssertTrue(stories.last?.text.hasPrefix(SplitStructureTests.orchestra[0]) ?? false)
    }

    /// Title Case, or a header of its own below (a credit, a byline, a dateline lede), keeps the
    /// headline reading alone.
    func testOnlyASentenceCaseLineWithoutAHeaderOfItsOwn() {
        let w = FeatureWeights(SplitConfig.defaultWeights)
        var s = ScoredLine()
        s.twoSentences = true
        XCTAssertTrue(BoundaryPlanner.mayBeTwoSentenceLede(s))
        for f in [SplitFeature.titleCase, .creditAfter, .bylineAfter, .datelineAfter, .widgetAfter] {
            var t = s
            t.add(f, w)
            XCTAssertFalse(BoundaryPlanner.mayBeTwoSentenceLede(t), "\(f)")
        }
        var one = ScoredLine()
        one.twoSentences = false
        XCTAssertFalse(BoundaryPlanner.mayBeTwoSentenceLede(one))
    }
    /// A two-sentence line is read as a two-sentence headline only up to a headline's length: a
    /// joined 30-word paragraph of two sentences (within `max_words`) is not one.
    func testTwoSentencesOnlyUpToAHeadlinesLength() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let scorer = try CleaningFixtures.scorer()
        let long = "Consider that about 35 million people have filed for unemployment benefits, with millions more unemployed but not counted. Hundreds of thousands of small businesses have closed, never to open again."
        func twoSentences(_ line: String) throws -> Bool {
            let text = (SplitStructureTests.harbour + ["", line, ""] + SplitStructureTests.orchestra).joined(separator: "\n")
            let lines = classifier.classify(text).lines
            let i = try XCTUnwrap(lines.firstIndex { $0.content == line })
            return scorer.headline(i, in: lines, facts: scorer.facts(lines))?.twoSentences ?? false
        }
        XCTAssertEqual(long.split(separator: " ").count, 30)
        XCTAssertFalse(try twoSentences(long))
        XCTAssertTrue(try twoSentences(Self.lede))
    }
}
