import XCTest
@testable import WinnowPipeline

/// A label over a headline (`OPINION: Should …?`) with the page's header right under it (its
/// byline, then a time stamp) is a kicker headline even where the first paragraph below is too
/// short for `prose_after` (portal p853 063: `It is a political movement devouring itself.`): a
/// dateline lede stands under its byline, never over it (`isKickerHeadline`).
final class SplitKickerOverBylineTests: XCTestCase {
    static let kicker = "OPINION: Should the orchestra season court younger listeners?"

    func text(_ header: [String]) -> String {
        let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
        return (["Harbour Board Backs Dredging Plan"] + h + [Self.kicker] + header + ["It is a season for the young."] + o)
            .joined(separator: "\n")
    }

    /// Scored as the dateline lede it looks like, with the lede weight lowered so the line sits
    /// under the threshold as a cohesion loss leaves it on real dumps (as `SplitLabelledHeadlineTests`).
    func stages() throws -> (LineClassifier, StorySplitter) {
        try CleaningFixtures.stages { $0.weights[.datelineStart] = 2.0 }
    }

    func testKickerOverItsBylineStartsItsStory() throws {
        let (classifier, splitter) = try stages()
        let classified = classifier.classify(text(["By Jane Doe", "Published March 3, 2020"]))
        XCTAssertEqual(splitter.split(classified).map(\.title), ["Harbour Board Backs Dredging Plan", Self.kicker])
    }

    /// Guard: a time stamp alone under it (no byline) is no page header for a lede-shaped line.
    func testKickerOverAStampAloneStaysALede() throws {
        let (classifier, splitter) = try stages()
        let classified = classifier.classify(text(["Published March 3, 2020"]))
        XCTAssertEqual(splitter.split(classified).map(\.title), ["Harbour Board Backs Dredging Plan"])
    }
}
