import XCTest
@testable import WinnowPipeline

/// A title tag whose headline has two words (`Bernie's not-so-secret-weapon | The City Post`):
/// too short to take the text after the pipe as a site's name on its own, but the headline
/// printed again alone under it is the evidence. The repeat is stripped and the title drops the
/// site's name (g113 055 kept `… | The City Post` as the title and the headline in the text).
final class SplitShortTitleTagRepeatTests: XCTestCase {
    private static func page(tag: String, again: String) -> String {
        SplitSiteSuffixRepeatTests.ampPage(repeat: again)
            .replacingOccurrences(of: "Harbour inquiry may force council to reveal its tenders | The Harbour Times", with: tag)
    }

    func testTwoWordHeadlineRepeatIsStripped() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let stories = splitter.split(classifier.classify(Self.page(tag: "Dredging showdown | The Harbour Times", again: "Dredging showdown")))
        XCTAssertEqual(stories.map(\.title), ["Dredging showdown"])
        XCTAssertFalse(stories[0].text.contains("Dredging showdown"), stories[0].text)
    }

    /// Without the repeat, a two-word title tag is not read as headline plus site: it stays whole.
    func testTwoWordTitleTagWithoutRepeatKeepsItsText() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let other = "Councillors say the tenders were scored fairly and the papers will be published"
        let stories = splitter.split(classifier.classify(Self.page(tag: "Dredging showdown | The Harbour Times", again: other)))
        XCTAssertTrue(stories.contains { $0.text.contains(other) || $0.title == other })
        XCTAssertFalse(stories.contains { $0.title == "Dredging showdown" })
    }

    /// A one-word headline is still too short (`Opinion | The Harbour Times` is a section's page).
    func testOneWordHeadlineIsNotBared() {
        XCTAssertNil(StorySplitter.bareTitleKey("Opinion | The Harbour Times", minWords: StorySplitter.minRepeatedHeadlineWords))
        XCTAssertNil(StorySplitter.bareTitleKey("Dredging showdown | The Harbour Times"))
        XCTAssertNotNil(StorySplitter.bareTitleKey("Dredging showdown | The Harbour Times", minWords: StorySplitter.minRepeatedHeadlineWords))
    }
}
