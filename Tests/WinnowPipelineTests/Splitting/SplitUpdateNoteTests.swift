import XCTest
@testable import WinnowPipeline

/// An update note without a label ends its story, as the other sign-offs do (`SignOffUpdateNote.swift`).
final class SplitUpdateNoteTests: XCTestCase {
    static let note = "This article was updated on February 13, 2019 to include a response from the fishermen's association."

    func testUpdateNotesAreSignOffs() {
        for line in [Self.note, "This story has been corrected to show that the vote was on Tuesday, not Monday.",
                     "This post has been updated with comments from the harbour authority."] {
            XCTAssertTrue(SignOff.matches(line, words: line.split(separator: " ").count), line)
        }
    }

    /// Prose about the article itself is no note: it stays a body line.
    func testProseAboutTheArticleIsNoSignOff() {
        for line in ["This article was written in the spring, before the harbour authority voted on the plan.",
                     "This story begins on the northern quay, where the trawlers moor before dawn.",
                     "this article was updated every week by the volunteers who kept the harbour log."] {
            XCTAssertFalse(SignOff.matches(line, words: line.split(separator: " ").count), line)
        }
    }

    /// Under a print jump and a most-read box, the note stays the last line of its story, and the
    /// next page's headline starts the next one.
    func testNoteUnderAJumpStaysWithItsStory() throws {
        let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
        let text = (["Harbour authority approves dredging of northern shipping channel", "By Marco Whitfield", "Posted February 12, 2019", "Share", ""]
            + h.flatMap { [$0, ""] } + ["Please see HARBOUR on B2", Self.note, "", "Most Popular", "Council delays vote on new bus lanes",
            "Museum reopens its east wing after repairs", "Police name suspect in warehouse fire", "Schools extend lunch break by ten minutes", "",
            "Page A3", "City orchestra announces autumn season of Sibelius", "By Chloé Brennan", "Posted February 14, 2019", "Share", ""]
            + o.flatMap { [$0, ""] }).joined(separator: "\n")
        let (classifier, splitter) = try CleaningFixtures.stages()
        let stories = splitter.split(classifier.classify(text))
        XCTAssertEqual(stories.count, 2)
        XCTAssertTrue(stories.first?.text.contains(Self.note) ?? false)
        XCTAssertEqual(stories.last?.title, "City orchestra announces autumn season of Sibelius")
    }
}
