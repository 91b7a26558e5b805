import XCTest
@testable import WinnowPipeline

/// A section label over a page's title tag over its headline (`Fact check` / `Headline :: Site` /
/// `Headline` / byline): the title tag takes the title from the label, and the bare headline
/// under it is the headline printed again, stripped as under any title tag, the site's name
/// dropped from the title.
final class SplitKickerTitleTagTests: XCTestCase {
    static let headline = "Harbour board puts heat on the mayor over dredging"

    func testBareRepeatUnderAKickedTitleTagIsTheHeadline() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let text = (["Orchestra Names New Conductor"] + SplitStructureTests.orchestra
                    + ["The Associated Press contributed to this report.", "You have 1 free articles left this month.",
                       "Fact check", Self.headline + " :: The Evening Review", Self.headline, "Written by Jane Doe",
                       "Updated 7:22 p.m. ET", "5 min read", "8 comments", "Copy link", "A view of the scene earlier this week.", "Credit: AP"]
                    + SplitStructureTests.harbour).joined(separator: "\n")
        let stories = splitter.split(classifier.classify(text))
        XCTAssertEqual(stories.map(\.title), ["Orchestra Names New Conductor", Self.headline])
        XCTAssertFalse(stories.last?.text.contains(Self.headline) ?? true, "\(stories.map(\.text))")
    }
}
