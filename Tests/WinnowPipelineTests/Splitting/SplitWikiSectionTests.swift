import XCTest
@testable import WinnowPipeline

/// A line ending with a wiki's edit link (`Early American science [ edit ]`) is a section heading
/// of the article around it (`wiki_section_head`), however far its section's topic strays; a
/// headline that only mentions editing, or a bracketed note, is not one.
final class SplitWikiSectionTests: XCTestCase {
    func testEditLinkMarksASectionHeading() {
        XCTAssertTrue(SplitText.withBytes("Early American science [ edit ]", BoundaryScorer.endsWithEditLink))
        XCTAssertTrue(SplitText.withBytes("Medicine and health care[edit]", BoundaryScorer.endsWithEditLink))
        XCTAssertTrue(SplitText.withBytes("The Space Age [edit] ", BoundaryScorer.endsWithEditLink))
        XCTAssertFalse(SplitText.withBytes("Editors edit the mayor's budget speech", BoundaryScorer.endsWithEditLink))
        XCTAssertFalse(SplitText.withBytes("Council approves budget [updated]", BoundaryScorer.endsWithEditLink))
        XCTAssertFalse(SplitText.withBytes("[edit]", BoundaryScorer.endsWithEditLink), "no section title")
    }

    /// A wiki article's section on another matter: the section heading stays in the one article,
    /// kept as a body line, and scores `wiki_section_head`.
    func testSectionHeadingOverANewTopicStaysInTheArticle() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let head = "City Orchestra Names a New Conductor for Its Autumn Season [ edit ]"
        let text = (["Harbour authority approves dredging of northern shipping channel"] + SplitStructureTests.harbour + [head]
            + SplitStructureTests.orchestra).joined(separator: "\n\n")
        let lines = classifier.classify(text)
        XCTAssertTrue(splitter.explain(lines).contains { $0.features.fired("wiki_section_head", .negative) })
        let stories = splitter.split(lines)
        XCTAssertEqual(stories.count, 1)
        XCTAssertTrue(try XCTUnwrap(stories.first).text.contains(head))
        // Without the edit link the same line opens a story of its own on shape and topic shift.
        let plain = classifier.classify(text.replacingOccurrences(of: " [ edit ]", with: ""))
        XCTAssertEqual(splitter.split(plain).count, 2)
    }
}
