import XCTest
@testable import WinnowPipeline

/// A breadcrumb trail is a page's top (`BoundaryBreadcrumb.swift`): a headline set as two sentences
/// right under it, over the header block, titles the story rather than the caption sentence under
/// the furniture. A related link (`» Title`) is no page top: a paragraph of two sentences under one
/// stays the story's text.
final class SplitBreadcrumbTopTests: XCTestCase {
    static let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra

    func testTwoSentenceHeadlineUnderABreadcrumbTitlesTheStory() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let headline = "The orchestra told students to buy cheaper seats. Here’s why that’s wrong."
        let caption = "The conductor’s argument pushes for younger audiences, but in the wrong way."
        let text = ["News > Business", "", headline, "", "Written by Grace Petrova", "2018-12-13T01:36:00Z", "Share", "Save", "",
                    caption, "", "Image copyright Reuters", "", o(0), "", o(1), "", o(2), "", o(3)].joined(separator: "\n")
        let stories = splitter.split(classifier.classify(text))
        XCTAssertEqual(stories.map(\.title), [headline])
        XCTAssertTrue(stories[0].text.contains(Self.o[3]))
    }

    func testParagraphUnderARelatedLinkStaysText() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let para = "After about ten minutes, I handed the programme back to him. His mood seemed worse."
        let title = "How Much Is A Concert Ticket Actually Worth?"
        let text = ["(ROTTERDAM) — " + Self.h[0], "", Self.h[1], "", Self.h[2], "",
                    "» HARBOUR PILOTS STRIKE AFTER DREDGING DISPUTE", para, title, "BY JAMES WHITFIELD",
                    "Published May 8, 2020", o(0), "", o(1), "", o(2), "", o(3)].joined(separator: "\n")
        let stories = splitter.split(classifier.classify(text))
        XCTAssertEqual(stories.map(\.title), [nil, title])
        XCTAssertTrue(stories[0].text.contains(para), "the paragraph stays with the story above")
    }

    private func o(_ k: Int) -> String { Self.o[k] }
}
