import XCTest
@testable import WinnowPipeline

/// An update note kept as body (`This article was updated on … to include …`, a sign-off:
/// `SignOffUpdateNote.swift`) under a contributor trailer ends the story above: the next page's
/// dateline lede below the page furniture does not take it as its lead-in (`adoptLeadIns`). A
/// correction set without its label (`An earlier version of this article incorrectly described …`)
/// is the same note: under a trailer, no headline of the next page.
final class SplitUpdateNoteTailTests: XCTestCase {
    let h = SplitStructureTests.harbour
    let o = SplitStructureTests.orchestra
    static let note = "This article was updated on June 4, 2017 to include a response from a spokesperson."

    func testUpdateNoteUnderTrailerStaysWithItsStory() throws {
        let t = ([h[0], h[1], h[2], h[3], "The Associated Press contributed to this report.", Self.note,
                  "Share on Twitter", "Show comments", "", "WASHINGTON – " + o[0], o[1], o[2], o[3]]).joined(separator: "\n")
        let (classifier, splitter) = try CleaningFixtures.stages()
        let stories = splitter.split(classifier.classify(t))
        XCTAssertEqual(stories.count, 2)
        XCTAssertTrue(stories.first?.text.contains(Self.note) == true, "\(stories.map(\.text))")
        XCTAssertTrue(stories.last?.text.hasPrefix("WASHINGTON") == true, "\(stories.map(\.text))")
    }

    func testUnlabelledCorrectionIsASignOff() throws {
        let note = "An earlier version of this article incorrectly described a spokesperson's role."
        XCTAssertTrue(SignOff.matches(note, words: note.split(separator: " ").count))
        XCTAssertFalse(SignOff.matches("An earlier version of the plan called for a longer channel.", words: 10))
        let t = ([h[0], h[1], h[2], "The Associated Press contributed to this report.", "", note, "", "Sponsored by Acme",
                  "Orchestra names a new conductor for the autumn season", "By Jane Doe", "March 3, 2024"] + o).joined(separator: "\n")
        let (classifier, splitter) = try CleaningFixtures.stages()
        let stories = splitter.split(classifier.classify(t))
        XCTAssertFalse(stories.contains { $0.title == note }, "\(stories.map(\.title))")
    }
}
