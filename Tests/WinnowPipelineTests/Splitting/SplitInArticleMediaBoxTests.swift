import XCTest
@testable import WinnowPipeline

/// A media box the text's articles set between their own paragraphs (a gallery's button over its
/// caption and photo credit) is the article's own: under a subhead, its credit is no page header's
/// lead photo (`credit_after`) and its button no header widget (`widget_after`), so cohesion reads
/// the subhead (portal gallery style: a subhead over such a box scored out of cohesion's reach and
/// started a story mid-article). A lone credit right under a link label is no media box.
final class SplitInArticleMediaBoxTests: XCTestCase {
    static let headline = "Harbour authority approves plan to dredge the northern channel"
    static let subhead = "Fishermen fear the dredging will drive shellfish from the harbour beds"
    static let other = "City orchestra unveils autumn season of Sibelius symphonies"

    /// A harbour story with a gallery box between two paragraphs, then `candidate` over another
    /// gallery box and the paragraphs `below`.
    static func text(candidate: String, below: [String]) -> String {
        let h = SplitStructureTests.harbour
        return ([headline, "", "By Anna Berg", "Updated 5 hours ago", "", h[0], "",
                 "View gallery", "Cranes unload a container vessel at the terminal. (Reuters)", "Jane Doe/AP", "", h[1], "",
                 candidate, "", "View gallery", "Trawlers moored near the channel. (Reuters)", "Pierre Dubois/AFP via Getty Images", ""]
                + below.flatMap { [$0, ""] }).joined(separator: "\n")
    }

    func split(_ text: String) throws -> [ExtractedStory] {
        let (classifier, splitter) = try CleaningFixtures.stages()
        return splitter.split(classifier.classify(text))
    }

    private func fired(_ text: String, at line: String) throws -> FiredFeatures {
        let (classifier, _) = try CleaningFixtures.stages()
        let scorer = try CleaningFixtures.scorer()
        let lines = classifier.classify(text).lines
        let i = try XCTUnwrap(lines.firstIndex { $0.content == line })
        let facts = scorer.facts(lines)
        return try XCTUnwrap(scorer.headline(i, in: lines, facts: facts, inArticle: scorer.inArticleWidgets(lines, facts: facts))).fired
    }

    /// The subhead over the story's own gallery box stays a line of the story, with the paragraphs below.
    func testSubheadOverInArticleGalleryStaysInTheStory() throws {
        let h = SplitStructureTests.harbour
        let text = Self.text(candidate: Self.subhead, below: [h[2], h[3], h[4]])
        let f = try fired(text, at: Self.subhead)
        XCTAssertFalse(f.contains(.creditAfter), "the box's credit is the article's own picture")
        XCTAssertFalse(f.contains(.widgetAfter))
        XCTAssertTrue(f.contains(.inArticleWidgetAfter))
        let stories = try split(text)
        XCTAssertEqual(stories.count, 1)
        XCTAssertEqual(stories.first?.title, Self.headline)
        XCTAssertTrue(stories.first?.text.contains(Self.subhead) ?? false, "the subhead stays text")
        XCTAssertTrue(stories.first?.text.contains(h[4]) ?? false, "the prose below stays in the story")
    }

    /// Another story's headline over the same kind of box still starts its story: its words leave
    /// the harbour's (cohesion now reads it), and the harbour story keeps all its prose.
    func testNextStoryHeadlineOverGalleryStillStarts() throws {
        let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
        let stories = try split(Self.text(candidate: Self.other, below: [o[0], o[1], o[2]]))
        XCTAssertEqual(stories.map(\.title), [Self.headline, Self.other])
        XCTAssertTrue(stories.first?.text.contains(h[1]) ?? false)
        XCTAssertTrue(stories.last?.text.contains(o[2]) ?? false)
    }

    /// A lone credit right under a link label (`Read more:`) set between paragraphs elsewhere is no
    /// media box: under a headline it still credits a page header's lead photo.
    func testLoneCreditUnderLinkLabelStaysCreditAfter() throws {
        let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
        let text = ([Self.headline, "", h[0], "", "Read more:", "", h[1], "", h[2], "",
                     Self.other, "", "Read more:", "Jane Doe/AP", "", o[0], "", o[1], ""]).joined(separator: "\n")
        let f = try fired(text, at: Self.other)
        XCTAssertTrue(f.contains(.creditAfter))
    }
}
