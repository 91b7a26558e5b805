import XCTest
@testable import WinnowPipeline

/// Hard-wrapped copy: a link's title or a credit set on a line of its own wraps onto at most one
/// tail line that ends it; a capitalised line below it that runs on is the next paragraph's first
/// line (`Reflow.cutFurnitureTails`), not stripped with the link.
final class ReflowFurnitureTailTests: XCTestCase {
    private let next = [
        "Several plumbing companies' executives who spoke with the Morning Herald",
        "said they have seen an uptick in service calls for clogged drains, and the",
        "city expects the number of calls to keep rising through the summer months.",
    ]

    func testLinkDoesNotSwallowTheParagraphBelowIt() throws {
        let link = "Read more: Why the harbour authority thinks the dredging plan can pay off"
        let (j, lines) = try reflowed(ReflowCapitalsTests.paragraph + [link] + next)
        guard case .stripped(_, .widget?) = lines[4].kind else { return XCTFail("the link is stripped as a widget") }
        XCTAssertFalse(j[4], "the link ends on its own line")
        XCTAssertTrue(j[5] && j[6], "the paragraph below wraps as before")
        let merged = Reflow.merge(lines, datelines: try shippedDatelines()).lines
        XCTAssertEqual(merged.filter { $0.kind == .body }.count, 2, "two paragraphs of body, the link apart")
    }

    func testPromoBlurbKeepsItsTail() throws {
        // A promo is no one item (no metadata): its blurb wraps on over several capitalised lines.
        let promo = ["Be the first to know about harbour news: subscribe to our newsletter and",
                     "Travel With The Gazette to explore the harbour and its ports with readers",
                     "who share your interests, twice a month and free of charge, by email."]
        let (j, lines) = try reflowed(ReflowCapitalsTests.paragraph + promo)
        guard case .stripped(_, .widget?) = lines[4].kind, !lines[4].isMetadataBearing else { return XCTFail("the promo is stripped") }
        XCTAssertTrue(j[4], "the promo's blurb is its tail")
    }

    func testWrappedLinkStillTakesItsOneLineTail() throws {
        let link = ["TRENDING: Dad Sits for Days Outside His Wife's Bedroom Door, Refusing To",
                    "Leave Her During Her Cancer Battle"]
        let (j, lines) = try reflowed(ReflowCapitalsTests.paragraph + link + [""] + next)
        guard case .stripped = lines[4].kind else { return XCTFail("the link is stripped") }
        XCTAssertTrue(j[4], "a short tail that ends the title is still its tail")
    }
}
