import XCTest
@testable import WinnowPipeline

/// A slash between a name and a capital ends a photo credit (`REUTERS/Jane Doe`), but a sentence
/// that names a poll or a pair with one and runs on in lower case (`… a Reuters/Ipsos opinion poll
/// released on Tuesday.`) is prose, not a caption (`SplitText.endsWithCredit`).
final class SplitSlashProseTests: XCTestCase {
    func testSlashCreditShapes() {
        XCTAssertTrue(SplitText.endsWithCredit("Trump speaks in the Roosevelt Room. REUTERS/Carlos Barria/File Photo"))
        XCTAssertTrue(SplitText.endsWithCredit("A man waves a flag in Kabul [Mohammad Ismail/Reuters]"))
        XCTAssertTrue(SplitText.endsWithCredit("Crowds gather at the quay. Photo: AP/Jane Doe via Getty"), "a credit may run on in a word or two")
        XCTAssertTrue(SplitText.endsWithCredit("A man waves a flag in Kabul. Mohammad Ismail/Reuters."))
        XCTAssertFalse(SplitText.endsWithCredit("Voters trust the press more, according to a Reuters/Ipsos opinion poll released on Tuesday."))
        XCTAssertFalse(SplitText.endsWithCredit("Biden has widened his lead, according to a monthly Reuters/Ipsos poll."), "a sentence closed on a lower-case word")
    }

    /// A wire lede naming its poll, then the picture's caption, then the story: one story whose
    /// lede is no caption, so the caption under it is not the text's first headline.
    func testPollLedeIsNoCaption() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lede = "LONDON (Reuters) - Harbour users are more confident in the port authority than a year ago, according to a Reuters/Ipsos opinion poll released on Tuesday."
        let caption = "FILE PHOTO: Trawlers are moored at the quay near the northern channel in Lowestoft, Britain, on August 2, 2017. REUTERS/Jane Doe/File Photo"
        let text = ([lede, caption] + SplitStructureTests.harbour).joined(separator: "\n\n")
        let stories = splitter.split(classifier.classify(text), record: true)
        XCTAssertEqual(stories.count, 1, stories.map { $0.title ?? "-" }.joined(separator: " | "))
        XCTAssertTrue(stories.first?.text.contains(SplitStructureTests.harbour[0]) ?? false, "the body stays (prose negative)")
    }
}
