import XCTest
@testable import WinnowPipeline

/// A wire byline (`Jane Doe, Reuters`) is a byline: header furniture, never a title; Title Case
/// headlines with one comma are not.
final class SplitAgencyBylineTests: XCTestCase {
    func words(_ s: String) -> Int { s.split(separator: " ").count }

    func testAgencyBylineShapes() {
        let bylines = ["Jane Doe, Reuters", "Jane Doe, Associated Press", "Jane Q. Doe, The Ledger",
                       "Amélie Roux, AFP", "Seán O'Neill, Bloomberg News"]
        let other = ["The Trump Doctrine, Revealed", "Too Many Opinions, Not Enough Knowledge",
                     "Mitt Romney, Big-Government Man", "Jane Doe, Reuters and the Ledger", "Jane Doe said, Reuters",
                     "Jane Doe, 2019", "Jane Doe, Reuters.", "Jane Doe Reuters", "Jane, Reuters",
                     "Jane Doe, Reuters, Ledger"]
        for s in bylines { XCTAssertTrue(Byline.matches(s, words: words(s), ending: LineText.ending(s)), s) }
        for s in other { XCTAssertFalse(Byline.matches(s, words: words(s), ending: LineText.ending(s)), s) }
    }

    /// A headline set in capitals with one comma opens with a word no name opens with.
    func testCapitalsHeadlineWithCommaIsNoByline() {
        for s in ["IN POLITICS, HEIGHT MATTERS", "Why Reform, Why Now", "THE HARBOUR, REBORN"] {
            XCTAssertFalse(Byline.matches(s, words: words(s), ending: LineText.ending(s)), s)
        }
        for s in ["JANE DOE, REUTERS", "Anna Berg, The Ledger", "Al Jones, AFP"] {
            XCTAssertTrue(Byline.matches(s, words: words(s), ending: LineText.ending(s)), s)
        }
    }

    /// At the top of a text, a wire byline over the lede is no title: the story is untitled.
    func testAgencyBylineIsNoTitle() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let text = (["Jane Doe, Reuters"] + SplitStructureTests.harbour).joined(separator: "\n")
        let stories = splitter.split(classifier.classify(text))
        XCTAssertEqual(stories.count, 1)
        XCTAssertNil(stories[0].title)
    }
}
