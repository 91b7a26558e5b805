import XCTest
@testable import WinnowPipeline

/// A colon label that opens a quotation (`TRUMP: “We have …`) names a speaker, not a place: no
/// `dateline_after` for the line above it.
final class SplitSpeakerLabelTests: XCTestCase {
    func testQuotationAfterLabelShapes() {
        let speakers = ["MAYOR: “We will reopen the harbour in May.”", "SMITH: \"It is done,\" she said."]
        let places = ["ATHENS: Before diving into the harbour, crews checked the channel.",
                      "LONDON (Reuters) - “We will reopen,” the mayor said.", "No label here: “quoted” text"]
        for s in speakers { XCTAssertTrue(BoundaryScorer.quotesAfterLabel(s, within: 48), s) }
        for s in places.prefix(2) { XCTAssertFalse(BoundaryScorer.quotesAfterLabel(s, within: 48), s) }
        XCTAssertFalse(BoundaryScorer.quotesAfterLabel(places[2], within: 8), "label beyond the dateline span")
    }
}
