import XCTest
@testable import WinnowPipeline

/// A rail's last item over the portal's footer and the next page's top (masthead, menu, skip
/// link) is no headline: the headline under that top, over its byline, titles the story, and the
/// item leaves the text as the list's (`BoundaryTitleOverPageTop.swift`; p1's cms_euro and
/// regional pages). Without a page top between, a headline under a rail keeps its story.
final class SplitTitleOverPageTopTests: XCTestCase {
    static let item = "Ferry operator warns of winter cancellations"
    /// Long and punctuated: no headline candidate of its own, so only the move can title with it.
    static let headline = "Orchestra critical of council \"budget accomplished,\" as concert hall case heads to higher court"

    /// `breadcrumb`: the next page's slashed trail (`Home / Culture`), a page top of its own
    /// (`BoundaryBreadcrumb.swift`).
    static func text(pageTop: Bool, breadcrumb: Bool = true) -> String {
        var t = ["Harbour Authority Approves Plan To Dredge The Northern Channel", "By Anna Berg", ""]
            + SplitStructureTests.harbour.flatMap { [$0, ""] }
            + ["Share on Twitter", "Share on Facebook", "Most read", "Council delays vote on the new ferry timetable",
               "Mayor opens the new library wing", "Tram line extension delayed again", item, "Privacy policy", "Terms of use"]
        if pageTop { t += ["The Harbour Times", "Skip to content", "Menu"] }
        if breadcrumb { t += ["Home / Culture"] }
        t += ["Culture", headline, "By Pierre Kowalski", "Updated 11:35PM EST", "4 comments"]
            + SplitStructureTests.orchestra
        return t.joined(separator: "\n")
    }

    func testHeadlineUnderThePageTopTitlesTheStory() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let stories = splitter.split(classifier.classify(Self.text(pageTop: true)))
        XCTAssertEqual(stories.last?.title, Self.headline)
        XCTAssertFalse(stories.contains { $0.text.contains(Self.item) || $0.title == Self.item })
    }

    /// Negative: no page top between the rail and the headline: nothing moves, and the
    /// harbour story's paragraphs stay its text.
    func testWithoutAPageTopNothingMoves() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(Self.text(pageTop: false, breadcrumb: false))
        XCTAssertFalse(splitter.explain(lines).contains { $0.features.contains { $0.contains("next page's top") } })
        let stories = splitter.split(lines)
        XCTAssertTrue(stories.first?.text.contains(SplitStructureTests.harbour[2]) == true)
    }

    /// The next page's slashed breadcrumb alone tops it as its masthead and menu do.
    func testSlashedBreadcrumbAloneIsThePageTop() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let stories = splitter.split(classifier.classify(Self.text(pageTop: false)))
        XCTAssertEqual(stories.last?.title, Self.headline)
    }
}
