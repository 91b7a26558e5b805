import XCTest
@testable import WinnowPipeline

/// A CMS's tag list in a block of markup debris between two headline-less pages
/// (`BoundaryTagList.swift`): the page's footer, a page edge, so the lede below opens a story.
final class SplitTagListTests: XCTestCase {
    func glued(_ footer: String, _ stories: ([String], [String]) = (SplitStructureTests.harbour, SplitStructureTests.orchestra)) -> String {
        (stories.0 + ["", footer, "", "<!-- ad slot: rail_mpu -->", "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP", "&nbsp;"] + stories.1)
            .joined(separator: "\n")
    }

    func testTagListOverMarkupDebrisEndsThePage() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        for footer in ["Tags: Health, Politics, Tech", "Filed under: Harbour, Transport", "TOPICS: Port, Council"] {
            let stories = splitter.split(classifier.classify(glued(footer)))
            XCTAssertEqual(stories.count, 2, footer)
            XCTAssertTrue(stories.last?.text.hasPrefix(SplitStructureTests.orchestra[0]) ?? false, footer)
        }
    }

    /// A share row in the same place is a widget an article carries between its paragraphs: the
    /// debris alone is one kind of furniture and no page edge.
    func testShareRowOverMarkupDebrisIsNoEdge() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        XCTAssertEqual(splitter.split(classifier.classify(glued("Share this story"))).count, 1)
    }

    /// Between two paragraphs of one story the topic holds: cohesion keeps it one story.
    func testTagListInsideOneStoryIsNoStart() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let h = SplitStructureTests.harbour
        let text = glued("Tags: Harbour, Transport", (Array(h[0...2]), Array(h[3...])))
        XCTAssertEqual(splitter.split(classifier.classify(text)).count, 1)
    }

    func testLabelNeedsTags() {
        func tagList(_ s: String) -> Bool { Array(s.utf8).withUnsafeBufferPointer(BoundaryScorer.isTagList) }
        XCTAssertTrue(tagList("Tags: Nation, Climate"))
        XCTAssertTrue(tagList("filed under: Congress"))
        XCTAssertFalse(tagList("Tags:"))
        XCTAssertFalse(tagList("Tagsmith said the harbour would reopen."))
        XCTAssertFalse(tagList("Topical creams were handed out at the shelter."))
    }
}
