import XCTest
@testable import WinnowPipeline

/// A subhead over a later slide of the story's own gallery (`7 / 7`, `Imagen 7 de 7` and a credit)
/// read as a headline over header furniture and started a story mid-article. A counter past the
/// first slide says the gallery began above: the subhead stays a line of the story.
final class SplitGallerySlideTests: XCTestCase {
    static let headline = "Harbour authority approves plan to dredge the northern channel"
    static let subhead = "Confusion over how to respond to a shocking request was taken as a signal that nothing happened"

    static func gallery(counter: String) -> String {
        let h = SplitStructureTests.harbour
        return ([headline, "", "By Anna Berg", "Updated 5 hours ago", "", h[0], "", "2 / 7", "Jane Doe/AP", "", h[1], "", h[2], "",
                 subhead, "", counter, "Pierre Dubois/AFP via Getty Images", "", h[3], "", h[4], ""]).joined(separator: "\n")
    }

    func split(_ text: String) throws -> [ExtractedStory] {
        let (classifier, splitter) = try CleaningFixtures.stages()
        return splitter.split(classifier.classify(text))
    }

    func testSubheadOverLaterSlideStaysInTheStory() throws {
        for counter in ["7 / 7", "Imagen 7 de 7", "Photo 7 of 7"] {
            let stories = try split(Self.gallery(counter: counter))
            XCTAssertEqual(stories.count, 1, counter)
            XCTAssertEqual(stories.first?.title, Self.headline, counter)
            XCTAssertTrue(stories.first?.text.contains(Self.subhead) ?? false, "the subhead stays text (\(counter))")
            XCTAssertTrue(stories.first?.text.contains(SplitStructureTests.harbour[4]) ?? false, "the last paragraph stays (\(counter))")
        }
    }

    func testSlideCounterShape() {
        func later(_ s: String) -> Bool { SplitText.withBytes(s) { BoundaryPlanner.laterSlideCounter($0) } }
        XCTAssertTrue(later("4 / 11"))
        XCTAssertTrue(later("7/7"))
        XCTAssertTrue(later("Imagen 7 de 7"))
        XCTAssertTrue(later("Photo 3 of 12"))
        XCTAssertFalse(later("1 / 7"), "a gallery's first slide may open a new article")
        XCTAssertFalse(later("Page 3 of 7"), "a page counter parts a story printed over several pages")
        XCTAssertFalse(later("Página 2 de 5"))
        XCTAssertFalse(later("8 / 7"), "no slide past the last")
        XCTAssertFalse(later("Won 3 of 4 games"), "a phrase, not a counter")
        XCTAssertFalse(later("The vote was 89 to 8"), "prose")
    }
}
