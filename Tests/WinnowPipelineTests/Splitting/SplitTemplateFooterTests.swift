import XCTest
@testable import WinnowPipeline

/// A page template's footer (a template directive next to a tag list, `BoundaryTemplateFooter.swift`)
/// over a paragraph too long to be scored as a headline (800+ bytes, unwrapped): the next page's lede.
final class SplitTemplateFooterTests: XCTestCase {
    /// The orchestra story as one unwrapped paragraph of 800+ bytes.
    static let longLede = SplitStructureTests.orchestra.joined(separator: " ") + " The season opens in September."

    func text(_ footer: [String]) -> String {
        (SplitStructureTests.harbour.flatMap { [$0, ""] } + footer + ["", "[]", "&nbsp;", "", Self.longLede])
            .joined(separator: "\n")
    }

    func testDirectiveByTagListOverLongLedeStartsAStory() throws {
        XCTAssertGreaterThan(Self.longLede.utf8.count, 800)
        let (classifier, splitter) = try CleaningFixtures.stages()
        for footer in [["{{ related_articles | limit: 3 }}", "Tags: Politics, Health, Tech"],
                       ["Tags: Politics, Health, Tech", "", "{% include \"partials/share.html\" %}"]] {
            let stories = splitter.split(classifier.classify(text(footer)))
            XCTAssertEqual(stories.count, 2, "\(footer)")
            XCTAssertTrue(stories.last?.text.hasPrefix(SplitStructureTests.orchestra[0]) ?? false, "\(footer)")
        }
    }

    /// A directive alone, or a tag list alone, is one page edge: the long paragraph under it stays
    /// in the story above (a lone trailer over such a paragraph is a caption's `©` as often).
    func testOneEdgeAloneKeepsTheLongParagraph() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        for footer in [["{{ related_articles | limit: 3 }}"], ["Tags: Politics, Health, Tech"]] {
            let stories = splitter.split(classifier.classify(text(footer)))
            XCTAssertEqual(stories.count, 1, "\(footer)")
            XCTAssertTrue(stories.first?.text.contains(SplitStructureTests.orchestra[0]) ?? false, "\(footer)")
        }
    }

    func testDirectiveShape() {
        func directive(_ s: String) -> Bool { Array(s.utf8).withUnsafeBufferPointer(BoundaryScorer.isTemplateDirective) }
        XCTAssertTrue(directive("{{ related_articles | limit: 3 }}"))
        XCTAssertTrue(directive("{% include \"partials/share.html\" %}"))
        XCTAssertFalse(directive("{{ broken %}"))
        XCTAssertFalse(directive("{The council met on Tuesday.}"))
    }
}
