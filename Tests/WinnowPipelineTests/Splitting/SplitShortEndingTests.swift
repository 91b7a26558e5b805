import XCTest
@testable import WinnowPipeline

/// A story's short last paragraph over the next page's header (`BoundaryShortEnding.swift`).
final class SplitShortEndingTests: XCTestCase {
    let h = SplitStructureTests.harbour
    let o = SplitStructureTests.orchestra
    let block = ["Published May 3, 2019 10:00 AM", "Facebook Twitter Email"]

    /// A nine-word last paragraph under the story's prose, then a stamp and a share row: the
    /// headline-less story below starts at its lede.
    func testShortLastParagraphEndsItsStory() throws {
        let ending = "The authority did not respond to requests for comment."
        let stories = try CleaningFixtures.split(h + [ending] + block + o, separator: "\n\n")
        XCTAssertEqual(stories.count, 2)
        guard stories.count == 2 else { return }
        XCTAssertTrue(stories[0].text.hasSuffix(ending))
        XCTAssertTrue(stories[1].text.hasPrefix(o[0]))
    }

    /// A wire credit under an ad slot's scroll prompt, then a follow line, then a lede of another
    /// topic: the credit ended the story above, and the lede opens the next one (w3).
    func testShortEndingUnderAScrollPromptEndsItsStory() throws {
        let credit = "Material from Reuters was used in this article."
        let stories = try CleaningFixtures.split(h + ["Scroll to continue with content", credit, "Follow @HarbourDesk"] + o,
                                                 separator: "\n\n")
        XCTAssertEqual(stories.count, 2)
        guard stories.count == 2 else { return }
        XCTAssertTrue(stories[0].text.hasSuffix(credit))
        XCTAssertTrue(stories[1].text.hasPrefix(o[0]))
    }

    /// A short sentence right under a headline is its dek, and the block under it the headline's
    /// header: one story, the dek in it.
    func testDekUnderAHeadlineIsNoEnding() throws {
        let dek = "The plan still needs a permit from the state."
        let stories = try CleaningFixtures.split(["Harbour authority approves dredging of the northern channel", dek] + block + h,
                                                 separator: "\n\n")
        XCTAssertEqual(stories.count, 1)
        XCTAssertEqual(stories.first?.title, "Harbour authority approves dredging of the northern channel")
    }

    func testShortEndingShapes() throws {
        let scorer = try CleaningFixtures.scorer()
        let (classifier, _) = try CleaningFixtures.stages()
        func shortEnding(_ text: [String], _ line: Int) -> Bool {
            let lines = classifier.classify(text.joined(separator: "\n\n")).lines
            return scorer.isShortEnding(line, in: lines, facts: scorer.facts(lines))
        }
        XCTAssertTrue(shortEnding([h[0], "The authority did not respond."], 2))
        XCTAssertFalse(shortEnding(["Harbour authority approves dredging plan", "The authority did not respond."], 2), "under a headline: a dek")
        XCTAssertFalse(shortEnding([h[0], "No comment."], 2), "too short for a paragraph")
        // An ad slot's scroll prompt between the paragraph and the short line is the article's own.
        XCTAssertTrue(shortEnding([h[0], "Scroll to continue with content", "The authority did not respond."], 4))
        XCTAssertTrue(shortEnding([h[0], "Advertisement", "The authority did not respond."], 4))
        XCTAssertFalse(shortEnding([h[0], "Updated 10:42 GMT", "The authority did not respond."], 4), "a time stamp heads a page")
        XCTAssertFalse(shortEnding(["Harbour authority approves dredging plan", "Advertisement", "The authority did not respond."], 4),
                       "under a headline: a dek")
        XCTAssertFalse(shortEnding([h[0], "The authority did not respond"], 2), "no sentence")
    }
}
