import XCTest
@testable import WinnowPipeline

/// A caption with its agency credit and a glued headline after a bar opens its story untitled
/// and stays its first text (`BoundaryCaptionGlue.swift`); a headline over its site's name after a
/// bar (no sentence before it, nothing after the credit) is no such line.
final class SplitCaptionGlueTests: XCTestCase {
    static let glued = "The conductor said the season would open with Sibelius. | REUTERS Orchestra bets on Sibelius"

    func testGluedCaptionOpensItsStoryUntitled() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
        let text = (h.prefix(3) + ["Reuter", Self.glued] + o.prefix(3)).joined(separator: "\n\n")
        let stories = splitter.split(classifier.classify(text))
        XCTAssertEqual(stories.count, 2)
        XCTAssertNil(stories.last?.title)
        XCTAssertTrue(stories.last?.text.contains(Self.glued) == true)
        // Prose negative: the paragraphs stay in their stories.
        XCTAssertTrue(stories.last?.text.contains(o[0]) == true)
        XCTAssertTrue(stories.first?.text.contains(h[0]) == true)
    }

    func testGlueNeedsASentenceACreditAndMoreWords() {
        func glue(_ s: String) -> Bool { Array(s.utf8).withUnsafeBufferPointer(BoundaryPlanner.isCaptionCreditGlue) }
        XCTAssertTrue(glue(Self.glued))
        XCTAssertTrue(glue("Some of the claims were, at best, half true. | Brett Flashnick/ for POLITICO Checking the facts"))
        XCTAssertTrue(glue("This isn’t your typical Congress. | AP Photos Small ball too much for Congress"))
        XCTAssertFalse(glue("Orchestra bets on Sibelius | Reuters"))                       // a headline and its site
        XCTAssertFalse(glue("The season opens with Sibelius. | AP Photo"))                  // a credit alone
        XCTAssertFalse(glue("Orchestra bets on Sibelius | Reuters/Ipsos poll of listeners")) // no sentence before the bar
    }
}
