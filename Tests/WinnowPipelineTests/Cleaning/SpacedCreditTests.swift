import XCTest
@testable import WinnowPipeline

/// A credit with a spaced slash (`Name Surname / Agency`) ends a caption (`BoundarySpacedCredit.swift`).
final class SpacedCreditTests: XCTestCase {
    func testSpacedSlashCreditsEndCaptions() {
        XCTAssertTrue(SplitText.endsWithCredit("World Bank Group President Jim Yong Kim at a Berlin press conference. Tobia Schwarz / Getty Images"))
        XCTAssertTrue(SplitText.endsWithCredit("Voters line up in Nashville. Mark Humphrey / AP"))
        XCTAssertTrue(SplitText.endsWithCredit("Robyn Beck / AFP via Getty Images"))
    }

    func testHeadlineChoicesAndProseAreNoCredits() {
        XCTAssertFalse(SplitText.endsWithCredit("The Senate vote: Yes / No"))
        XCTAssertFalse(SplitText.endsWithCredit("Markets swing between fear and greed / Left / Right"))
        XCTAssertFalse(SplitText.endsWithCredit("Officials at Big Pharma / say prices will rise"))
        XCTAssertFalse(SplitText.endsWithCredit("Jane Doe / Reuters. Then the rally went on."))
    }

    /// The name opens the line or follows `.`, `:` or `(`; a Title Case headline's last two words
    /// before ` / Live Updates` follow another capitalised word and are no name.
    func testCreditNameOpensLineOrFollowsStopColonOrBracket() {
        XCTAssertTrue(SplitText.endsWithCredit("Photo: Jane Doe / Reuters"))
        XCTAssertTrue(SplitText.endsWithCredit("Jane Doe / AFP"))
        XCTAssertTrue(SplitText.endsWithCredit("  Jane Doe / AFP"))
        XCTAssertTrue(SplitText.endsWithCredit("Crowds gather in the square (Jane Doe / AFP"))
        XCTAssertTrue(SplitText.endsWithCredit("Crowds gather in the square ( Jane Doe / AFP"))
        XCTAssertFalse(SplitText.endsWithCredit("Storm Batters Coast / Live Updates"))
        XCTAssertFalse(SplitText.endsWithCredit("Markets Rally As Jane Doe / Live Updates"))
        XCTAssertFalse(SplitText.endsWithCredit("Photo:Jane Doe and Tobia Schwarz / Live Updates"))
    }

    /// A hard-wrapped caption ending on such a credit between two paragraphs of one story is not
    /// a headline: the story stays whole.
    func testWrappedCaptionWithSpacedCreditIsNoHeadline() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let h = SplitStructureTests.harbour
        let text = (Array(h[0...2]) + ["", "Harbour authority chair Jane Roe at a press", "conference in the port. Tobia Schwarz / Getty Images", ""]
                    + Array(h[3...4])).joined(separator: "\n")
        let lines = classifier.classify(text)
        XCTAssertEqual(splitter.split(lines).count, 1)
        XCTAssertFalse(splitter.explain(lines).contains { $0.kind == .boundary && lines.lines[$0.line].content.hasPrefix("Harbour authority chair") })
    }
}
