import XCTest
@testable import WinnowPipeline

/// The `date_prefix` family (`Pipelines/news.yaml`) takes a time after the date only with its
/// colon: a headline that opens with a number keeps it (`date 2019-06-01 13 Things …`).
final class CleaningDatePrefixNumberTests: XCTestCase {
    static let o = SplitStructureTests.orchestra

    func testHeadlineOpeningWithANumberKeepsIt() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let text = ["date 2019-06-01 13 Things That Define the New American Center", "", "By Jane Doe", "",
                    Self.o[0], "", Self.o[1], "", Self.o[2]].joined(separator: "\n")
        let stories = splitter.split(classifier.classify(text))
        XCTAssertEqual(stories.map(\.title), ["13 Things That Define the New American Center"])
        XCTAssertEqual(stories.first?.metadata["date"], .string("2019-06-01"))
    }

    func testTimeWithItsColonStillGoesWithTheDate() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let text = ["date 2019-06-01 09:30 Orchestra Cuts Student Tickets", "", "By Jane Doe", "",
                    Self.o[0], "", Self.o[1], "", Self.o[2]].joined(separator: "\n")
        let stories = splitter.split(classifier.classify(text))
        XCTAssertEqual(stories.map(\.title), ["Orchestra Cuts Student Tickets"])
    }

    /// A body line opening with a number and no prefix is text, whole.
    func testProseOpeningWithANumberStays() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let line = "13 musicians joined the orchestra this season, the largest intake since the hall reopened in 2009."
        let text = ["date 2019-06-01 Orchestra Cuts Student Tickets", "", "By Jane Doe", "",
                    Self.o[0], "", line, "", Self.o[2]].joined(separator: "\n")
        let stories = splitter.split(classifier.classify(text))
        XCTAssertEqual(stories.count, 1)
        XCTAssertTrue(stories[0].text.contains(line))
    }
}
