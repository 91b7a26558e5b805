import XCTest
@testable import WinnowPipeline

/// A label in capitals before a headline (`OPINION: …`, `ANALYSIS — …`) has a dateline's shape;
/// the line is still its story's headline. A real dateline opens a sentence and stays a lede.
final class SplitKickerTests: XCTestCase {
    func testKickerHeadlineIsTheTitleNotALede() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
        let text = (["(ROTTERDAM) — " + h[0], h[1], h[2], h[3], h[4],
                     "Anna Berg contributed to this report.",
                     "OPINION: The orchestra's cheap seats are a gift to the city", o[0], o[1], o[2], o[3], o[4]])
            .joined(separator: "\n")
        let stories = splitter.split(classifier.classify(text))
        XCTAssertEqual(stories.count, 2)
        XCTAssertEqual(stories.map(\.title), [nil, "OPINION: The orchestra's cheap seats are a gift to the city"])
        XCTAssertEqual(stories.last?.metadata["dateline"], nil, "a kicker is not a place")
        XCTAssertTrue(stories.last?.text.hasPrefix(o[0]) ?? false, "the headline is not in the body")
    }

    func testDatelineLedesStayLedes() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
        // A question after the place, and a wire dateline with a date and agency: both ledes.
        let text = (["HELSINKI: Will the harbour plan survive the fishermen's protest?", h[0], h[1], h[2], h[3], h[4],
                     "Anna Berg contributed to this report.",
                     "HELSINKI, May 24 (Reuters) - " + o[0], o[1], o[2], o[3], o[4]])
            .joined(separator: "\n")
        let stories = splitter.split(classifier.classify(text))
        XCTAssertEqual(stories.count, 2)
        XCTAssertEqual(stories.map(\.title), [nil, nil])
        XCTAssertEqual(stories.map { $0.metadata["dateline"] }, ["HELSINKI", "HELSINKI"])
    }
}
