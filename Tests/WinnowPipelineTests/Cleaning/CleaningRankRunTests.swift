import XCTest
@testable import WinnowPipeline

/// A rail whose ranks show on its last items only (`4. <title>`, `5. <title>`) and whose last item
/// sits right over the page's footer: the item carrying the next rank is the rail's last item, not
/// the next story's headline (`ListContext+RankRun.swift`).
final class CleaningRankRunTests: XCTestCase {
    static let rail = ["Most read", "City orchestra unveils autumn season", "Mayor opens the new library wing",
                       "Tram line extension delayed again", "4. Harbour authority approves dredging plan",
                       "5. Council closes two swimming pools after repair bills"]
    static let page = ["Impressum", "Datenschutz", "Kontakt", "COUNCIL VOTES ON BUDGET", "By Jane Doe", "Published March 3, 2020",
                       "Councillors voted on Tuesday night to approve the city budget after a long debate over the cost of repairs to its two pools, its libraries and the roof of the old town hall on the square."]

    func testNextRankOverTheFooterIsTheRailsLastItem() throws {
        let lines = try CleaningFixtures.classifier().classify((Self.rail + Self.page).joined(separator: "\n")).lines
        XCTAssertEqual(lines[1..<6].map(\.strippedRule), Array(repeating: ListContext.rule, count: 5))
        XCTAssertNil(lines[9].strippedRule, "the next page's headline stays")
    }

    /// Guard: a headline under the rail that carries no rank in sequence still ends it there.
    func testUnrankedHeadlineStillEndsTheRail() throws {
        let rail = Array(Self.rail.dropLast())
        let lines = try CleaningFixtures.classifier()
            .classify((rail + ["Council closes two swimming pools after repair bills", "By Jane Doe", "Published March 3, 2020",
                               Self.page.last!]).joined(separator: "\n")).lines
        XCTAssertEqual(lines[1..<5].map(\.strippedRule), Array(repeating: ListContext.rule, count: 4))
        XCTAssertNil(lines[5].strippedRule)
    }

    func testRankSequence() {
        XCTAssertTrue(ListContext.continuesRanks(5, after: 4))
        XCTAssertFalse(ListContext.continuesRanks(6, after: 4))
        XCTAssertFalse(ListContext.continuesRanks(nil, after: 4))
        XCTAssertFalse(ListContext.continuesRanks(1, after: nil))
    }
}
