import XCTest
@testable import WinnowPipeline

/// The text's first line as its headline (`leading_headline`, `BoundaryPlanner.isLeadingHeadline`):
/// a long sentence there is a lede, unless every long word of it is capitalised (a two-sentence
/// headline in Title Case).
final class SplitLeadingHeadlineTests: XCTestCase {
    static let harbour = SplitStructureTests.harbour

    func fires(_ first: String) throws -> Bool {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let text = ([first] + Self.harbour).joined(separator: "\n\n")
        let lines = classifier.classify(text)
        let fate = try XCTUnwrap(splitter.explain(lines).first { lines.lines[$0.line].content == first })
        return fate.features.fired("leading_headline")
    }

    func testTitleCaseTwoSentenceHeadlineLeadsTheText() throws {
        XCTAssertTrue(try fires("A Harbour Dredged Its Channel to Save Shellfish. More Shellfish Beds Died."))
    }

    func testLongSentenceNamingPeopleIsNoLeadingHeadline() throws {
        // Capitalised names, lower-case verbs and nouns: a lede.
        XCTAssertFalse(try fires("Harbour Master Jonas Berg told Mayor Anna Doe that the dredging plan would start soon."))
    }

    func testShortSentenceStillLeads() throws {
        XCTAssertTrue(try fires("Harbour dredging plan approved."))
    }
}
