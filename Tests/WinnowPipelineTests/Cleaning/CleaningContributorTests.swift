import XCTest
@testable import WinnowPipeline

/// A contributor line naming where the reporting came from (`contributed reporting from …`,
/// `contributed to this report from …`), with or without its full stop, is the `contributor`
/// trailer; a sentence about someone's contributions stays prose.
final class CleaningContributorTests: XCTestCase {
    func testContributedReportingFromAPlace() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "Sabrina Siddiqui contributed reporting from Philadelphia"), "contributor")
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "Jane Doe contributed reporting from Washington DC."), "contributor")
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "Jane Doe contributed to this report from New Delhi"), "contributor")
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "Jane Doe and John Roe contributed to this story from Kyiv."), "contributor")
    }

    func testProseAboutContributionsStays() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        XCTAssertNil(CleaningFixtures.strippedRule(classifier, "Donors contributed reporting tools from Chicago to the newsroom in March."))
        XCTAssertNil(CleaningFixtures.strippedRule(classifier, "The group contributed to this report from the start, officials said."))
        XCTAssertNil(CleaningFixtures.strippedRule(classifier, "Local volunteers contributed reporting from Philadelphia"))
    }
}
