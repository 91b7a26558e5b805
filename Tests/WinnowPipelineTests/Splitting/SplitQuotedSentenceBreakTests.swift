import XCTest
@testable import WinnowPipeline

/// A sentence closed inside a quotation (`… ‘very quickly.’ It just hit …`): its stop sits before
/// the closing quote, and the next sentence opens after it. Read as one sentence, a two-sentence
/// headline so set under a section label lost the title to the label (portal p801 019).
final class SplitQuotedSentenceBreakTests: XCTestCase {
    static let headline = "Harbour chief vowed to dredge the channel ‘very quickly.’ It just closed for a year."

    func testStopBeforeAClosingQuoteBreaksTheSentence() {
        for s in [Self.headline, "The mayor said \"no deal.\" Then the board voted.", "He called it “a mess.” The board agreed."] {
            XCTAssertTrue(SplitText.hasInnerSentenceBreak(s), s)
        }
        for s in ["The harbour chief vowed to dredge ‘very quickly.’", "He said \"no deal.\" then left.", "Sen. “Jo” Doe backs the plan."] {
            XCTAssertFalse(SplitText.hasInnerSentenceBreak(s), s)
        }
    }

    /// After a closing quote only a capital or an opening quote starts the next sentence: an em
    /// dash there sets off the quote's attribution (an AP fact check's `TRUMP: “…” — tweet
    /// Wednesday` read as a two-sentence headline and opened a story inside its fact check).
    func testADashAfterAClosingQuoteIsTheQuotesAttribution() {
        XCTAssertFalse(SplitText.hasInnerSentenceBreak("TRUMP: “Job growth is biggest in history.” — tweet Wednesday"))
        XCTAssertTrue(SplitText.hasInnerSentenceBreak("He called it “a mess.” “We agree,” the board said."))
    }

    func testSuchAHeadlineUnderASectionLabelTakesTheTitle() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let text = (["POLÍTICA", "", Self.headline, "", "By Jane Doe", "March 3, 2024", ""] + SplitStructureTests.harbour)
            .joined(separator: "\n")
        let stories = splitter.split(classifier.classify(text))
        XCTAssertEqual(stories.map(\.title), [Self.headline])
    }
}
