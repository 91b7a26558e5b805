import Foundation
import XCTest
@testable import WinnowPipeline

/// A promo box's label left alone on its line over the poll or offer it flags ("Urgent:" over
/// "Vote now in our poll"): the label and its colon only; a line that goes on past the colon is
/// the story's.
final class CleaningPromoLabelTests: XCTestCase {
    func testBarePromoLabel() throws {
        let classifier = try CleaningFixtures.classifier()
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "Urgent:"), "widget")
        XCTAssertEqual(CleaningFixtures.strippedRule(classifier, "Special:"), "widget")
        XCTAssertNil(CleaningFixtures.strippedRule(
            classifier, "Urgent: the hospital asked for blood donors on Tuesday, officials said."),
                     "a sentence goes on past the colon")
        XCTAssertNil(CleaningFixtures.strippedRule(classifier, "Special: A Look Back at the Summit"),
                     "a labelled headline")
    }
}
