import XCTest
@testable import WinnowPipeline

/// A start set as a sentence or a question reads as its story's headline when the page's byline
/// or time stamp is right under it (`StorySplitter+PageHeadSentence.swift`); under widgets or a
/// caption, or over prose, it stays the story's first paragraph.
final class SplitPageHeadSentenceTests: XCTestCase {
    /// Whether `line`, set between two stories over `header`, reads as its story's headline.
    func reads(_ line: String, header: [String]) throws -> Bool {
        let (classifier, _) = try CleaningFixtures.stages()
        let (_, config) = try CleaningFixtures.configs()
        let scorer = try CleaningFixtures.scorer(config)
        let text = (SplitStructureTests.harbour + ["=====", line] + header + SplitStructureTests.orchestra).joined(separator: "\n")
        let lines = classifier.classify(text).lines
        let i = try XCTUnwrap(lines.firstIndex { $0.content == line })
        return StorySplitter.readsAsStartHeadline(i, in: lines, facts: scorer.facts(lines), config: config)
    }

    let sentence = "Many people disagree with the orchestra's new season. That doesn't make them philistines."
    let question = "OPINION: Why won't anyone admit the orchestra has lost its audience?"

    func testSentenceOverATimeStampIsAHeadline() throws {
        XCTAssertTrue(try reads(sentence, header: ["Last Updated: 10/6/2016 6:45 pm", "Tweet", "Share"]))
    }

    func testSentenceOverABylineIsAHeadline() throws {
        XCTAssertTrue(try reads(sentence, header: ["By Maria Lindqvist", "Published 2 days ago"]))
    }

    func testLabelledQuestionOverATimeStampIsAHeadline() throws {
        XCTAssertTrue(try reads(question, header: ["", "Posted: October 19, 2016", "", "By Aisha Moreau"]))
    }

    /// Negatives: a sentence over widgets or a caption, or over prose, is a lede; so is a
    /// wire dateline lede over a time stamp (a place with its date and agency, not a bare label).
    func testSentenceOverWidgetsIsALede() throws {
        XCTAssertFalse(try reads(sentence, header: ["419 Comments", "Share"]))
    }

    func testSentenceOverProseIsALede() throws {
        XCTAssertFalse(try reads(sentence, header: []))
    }

    func testQuestionOverProseIsALede() throws {
        XCTAssertFalse(try reads(question, header: []))
    }

    func testDatelineQuestionOverATimeStampIsALede() throws {
        XCTAssertFalse(try reads("HELSINKI, Oct. 19 (Reuters) - Will the orchestra ever find the audience it has lost?",
                                 header: ["Posted: October 19, 2016"]))
    }

    /// End to end: the sentence titles the second story and leaves its text.
    func testSentenceTitlesItsStory() throws {
        let stories = try CleaningFixtures.split(SplitStructureTests.harbour + ["=====", sentence, "Last Updated: 10/6/2016 6:45 pm", "Share"]
                                                 + SplitStructureTests.orchestra)
        XCTAssertEqual(stories.count, 2)
        guard stories.count == 2 else { return }
        XCTAssertEqual(stories[1].title, sentence)
        XCTAssertTrue(stories[1].text.hasPrefix(SplitStructureTests.orchestra[0]))
    }
}
