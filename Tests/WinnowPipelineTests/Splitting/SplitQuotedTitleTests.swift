import XCTest
@testable import WinnowPipeline

/// A headline quoted in a forwarded e-mail (`> Harbour Approves …`) titles its story without the
/// mail client's quote markers (`QuotedTitle`): the title kept them and matched no headline.
final class SplitQuotedTitleTests: XCTestCase {
    func testQuoteMarkersLeaveTheTitle() {
        XCTAssertEqual(QuotedTitle.unquoted("> Harbour Approves Dredging Plan"), "Harbour Approves Dredging Plan")
        XCTAssertEqual(QuotedTitle.unquoted("> > Harbour Approves Dredging Plan"), "Harbour Approves Dredging Plan")
        XCTAssertEqual(QuotedTitle.unquoted("Harbour Approves Dredging Plan"), "Harbour Approves Dredging Plan")
        XCTAssertEqual(QuotedTitle.unquoted(">"), ">")
    }

    func testAQuotedHeadlineTitlesItsStoryUnquoted() throws {
        let text = (["> Harbour Approves Dredging Plan for the Northern Channel", ">"]
                    + SplitStructureTests.harbour.flatMap { ["> " + $0, ">"] })
        let stories = try CleaningFixtures.split(text)
        XCTAssertEqual(stories.first?.title, "Harbour Approves Dredging Plan for the Northern Channel")
    }
}
