import XCTest
@testable import WinnowPipeline

/// A headline the story-length prior dropped for the lede under its own header block heads that
/// lede's story (`BoundaryDroppedHeadline.swift`): a headline set as two sentences, over a byline,
/// a stamp, widgets and a disclaimer a rule stripped with the lede's dateline on it. A caption of
/// one sentence over its credit there does not title the story below, and stays text.
final class SplitDroppedHeadlineTests: XCTestCase {
    static let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
    static let headline = "Cheaper, Yes. Emptier Halls? No."
    static let disclaimer = "LOS ANGELES, November 9 (Capitol) - The opinions expressed by columnists are their own and do not represent the views of Example.com."

    /// A page: headline, byline, stamp, widgets, the disclaimer, then the lede's paragraphs.
    static func page(_ top: String) -> [String] {
        [top, "", "Written by Tom Lee", "", "Updated 7 hours ago", "", "Print", "Email", "", disclaimer, "",
         o[0], "", o[1], "", o[2], "", o[3], "", o[4]]
    }

    func testSentenceHeadlineOverTheHeaderOfTheTextsFirstLedeTitlesIt() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let stories = splitter.split(classifier.classify(Self.page(Self.headline).joined(separator: "\n")))
        XCTAssertEqual(stories.map(\.title), [Self.headline])
        XCTAssertTrue(stories[0].text.contains(Self.o[0]) && stories[0].text.contains(Self.o[4]))
    }

    /// Under a story closed by its trailer the same page was titled before (the trailer holds the
    /// headline's start against the prior); it must stay so.
    func testSentenceHeadlineUnderAStoryTitlesTheLedeBelowItsHeader() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let text = ["(ROTTERDAM) — " + Self.h[0], "", Self.h[1], "", Self.h[2], "", Self.h[3], "", Self.h[4], "",
                    "(Reporting by Anna Berg; Editing by Tom Lee)", ""] + Self.page(Self.headline)
        let stories = splitter.split(classifier.classify(text.joined(separator: "\n")))
        XCTAssertEqual(stories.map(\.title), [nil, Self.headline])
        XCTAssertFalse(stories[0].text.contains("Cheaper, Yes"), "the headline left the story above")
        XCTAssertTrue(stories[1].text.hasPrefix(Self.o[0]))
    }

    /// One sentence in sentence case over a credit is a photo caption: no title, and its text stays.
    func testCaptionSentenceOverItsCreditDoesNotTitleTheLede() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let caption = "In a letter to the orchestra board on Monday, the mayor asked the musicians to reconsider the schedule."
        let text = ["(ROTTERDAM) — " + Self.h[0], "", Self.h[1], "", Self.h[2], "", Self.h[3], "", Self.h[4], "",
                    "Sign up for our newsletter — The Ledger Daily", "", caption, "", "— AP", "", "Updated 7 hours ago", "",
                    "Photograph: Chen Brennan/EPA-EFE", "", Self.o[0], "", Self.o[1], "", Self.o[2], "", Self.o[3], "", Self.o[4]]
        let stories = splitter.split(classifier.classify(text.joined(separator: "\n")))
        XCTAssertFalse(stories.contains { $0.title == caption })
        XCTAssertTrue(stories.contains { $0.text.contains(caption) }, "the caption sentence stays text")
        XCTAssertTrue(stories.contains { $0.text.contains(Self.o[4]) })
    }
}
