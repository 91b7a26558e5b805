import XCTest
@testable import WinnowPipeline

/// A long credited caption between a byline and the headline's repeat opens the story's text
/// (`StorySplitter+CaptionOverRepeat.swift`); a caption crediting a sentence the story repeats below
/// (a pull quote) and a short credit stay stripped.
final class SplitCaptionOverRepeatTests: XCTestCase {
    let h = SplitStructureTests.harbour
    let headline = "Harbour Authority Approves Dredging of the Northern Channel"

    func split(_ lines: [String]) throws -> [ExtractedStory] { try CleaningFixtures.split(lines, separator: "\n\n") }

    func page(_ caption: String) -> [String] {
        [headline, "By Jane Doe", caption, headline] + h
    }

    func testLongCreditedCaptionOverTheRepeatedHeadlineOpensTheText() throws {
        let caption = "Dredgers work at the mouth of the northern channel near the main container terminal on May 1, 2020. (Jane Doe/Harbour Times)"
        let stories = try split(page(caption))
        XCTAssertEqual(stories.count, 1)
        guard stories.count == 1 else { return }
        XCTAssertEqual(stories[0].title, headline)
        XCTAssertTrue(stories[0].text.hasPrefix(caption), "the caption paragraph opens the text")
        XCTAssertTrue(stories[0].text.contains(h[0]))
        XCTAssertFalse(stories[0].text.contains(headline), "the headline's repeat still leaves")
    }

    func testCaptionRepeatingASentenceBelowStaysStripped() throws {
        let caption = "\(h[2]) (Jane Doe/Harbour Times)"
        let stories = try split(page(caption))
        XCTAssertEqual(stories.count, 1)
        guard stories.count == 1 else { return }
        XCTAssertTrue(stories[0].text.hasPrefix(h[0]), "the lede opens the text")
        XCTAssertFalse(stories[0].text.contains("Jane Doe/Harbour Times"))
    }

    func testShortCreditStaysStripped() throws {
        let stories = try split(page("Dredgers at work near the terminal. (Jane Doe/Harbour Times)"))
        XCTAssertEqual(stories.count, 1)
        guard stories.count == 1 else { return }
        XCTAssertTrue(stories[0].text.hasPrefix(h[0]), "the lede opens the text")
    }
}
