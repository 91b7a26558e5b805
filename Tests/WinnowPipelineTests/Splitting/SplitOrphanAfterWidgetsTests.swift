import XCTest
@testable import WinnowPipeline

/// In a dump whose stories open at dateline ledes, a headline between page widgets (a breadcrumb
/// above, a byline below) and the next dateline lede is that lede's title, as one after a
/// story's trailer is (`adoptOrphanHeadlines`); it used to end the story above.
final class SplitOrphanAfterWidgetsTests: XCTestCase {
    func testHeadlineBetweenWidgetsTitlesTheLedeBelow() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
        var text: [String] = []
        for place in ["ROTTERDAM", "ANTWERP", "HAMBURG"] {
            text += ["News > Business", "Written by Anna Berg", "", "\(place): " + h[0]] + h[1...]
                + ["", "Sign up for the Harbour Daily Digest", ""]
        }
        text += ["News > Culture", "", "City orchestra cuts student tickets to five pounds", "", "Written by Tom Lee", "",
                 "HELSINKI: " + o[0]] + o[1...]
        let stories = splitter.split(classifier.classify(text.joined(separator: "\n")))
        XCTAssertEqual(stories.count, 4)
        XCTAssertEqual(stories.map(\.title), [nil, nil, nil, "City orchestra cuts student tickets to five pounds"])
        XCTAssertFalse(stories[2].text.contains("City orchestra"), "the headline left the story above")
        XCTAssertEqual(stories[3].metadata["dateline"], .string("HELSINKI"))
    }
}
