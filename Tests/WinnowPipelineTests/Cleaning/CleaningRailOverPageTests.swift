import XCTest
@testable import WinnowPipeline

/// A rail's last item over the next page's chrome, or carrying its place as a rank: the rail's,
/// not the next story's headline (`ListContext+RailOverPage.swift`).
final class CleaningRailOverPageTests: XCTestCase {
    static let rail = ["Most read", "City orchestra unveils autumn season", "Mayor opens the new library wing",
                       "Tram line extension delayed again", "Harbour authority approves dredging plan"]
    static let item = "Council closes two swimming pools after repair bills"
    static let header = ["By Jane Doe", "Published March 3, 2020",
                         "Councillors voted on Tuesday night to approve the city budget after a long debate over the cost of repairs to its two pools, its libraries and the roof of the old town hall on the square."]

    private func classify(_ lines: [String]) throws -> [ClassifiedLine] {
        try CleaningFixtures.classifier().classify(lines.joined(separator: "\n")).lines
    }

    /// `5. <title>` under four unranked titles, over two ad labels: its rank is its place.
    func testRankAtItsPlaceIsTheRailsItem() throws {
        let lines = try classify(Self.rail + ["5. " + Self.item, "Advertisement", "Advertisement", "COUNCIL VOTES ON BUDGET"] + Self.header)
        XCTAssertEqual(lines[1..<6].map(\.strippedRule), Array(repeating: ListContext.rule, count: 5))
        XCTAssertNil(lines[8].strippedRule, "the next page's headline stays")
    }

    /// Guard: a rank that is not the item's place (`7.` under four titles) tells nothing.
    func testRankOutOfPlaceTellsNothing() throws {
        let lines = try classify(Self.rail + ["7. " + Self.item, "Advertisement", "Advertisement", "COUNCIL VOTES ON BUDGET"] + Self.header)
        XCTAssertNil(lines[5].strippedRule)
    }

    /// Guard: a headline opening with a bare number (`3 market-panic …`) at the place a rank would
    /// have, over its photo credit and lede, is the next story's headline, not the rail's third item.
    func testBareNumberAtThePlaceIsNoRank() throws {
        let lede = "Investors look at a number of signals to forecast if the economy is headed for a recession. And those signals are now flashing red."
        let more = "Bond yields fell to record lows on Monday as investors sought safety, and analysts said the move showed deep worry about the outlook for growth"
        let lines = try classify([Self.header[2], "You might also like"] + Array(Self.rail[1...2])
            + ["3 market-panic signals point to a global recession", "Photograph: Jane Roe/AP", lede] + (1...3).map { "\(more) (\($0))" })
        XCTAssertEqual(lines[2..<4].map(\.strippedRule), Array(repeating: ListContext.rule, count: 2))
        XCTAssertNil(lines[4].strippedRule, "the headline stays")
    }

    /// An unranked last item over an ad, a sign-up prompt, a share row and a menu, then the next
    /// page's headline over its byline: the item is the rail's.
    func testLastItemOverThePagesChromeIsTheRails() throws {
        let chrome = ["Advertisement", "Sign up for our newsletter", "Share on Facebook", "Share on Twitter", "Home", "World", "Politics"]
        let lines = try classify(Self.rail + [Self.item] + chrome + ["Council votes on budget after long night"] + Self.header)
        XCTAssertEqual(lines[1..<6].map(\.strippedRule), Array(repeating: ListContext.rule, count: 5))
        XCTAssertNil(lines[13].strippedRule, "the next page's headline stays")
    }

    /// The next page's headline right over its lede (no byline or stamp between) tells the item too.
    func testHeadlineOverItsLedeUnderTheChrome() throws {
        let chrome = ["Advertisement", "Sign up for our newsletter", "Share on Facebook", "Share on Twitter", "Home", "World", "Politics"]
        let lines = try classify(Self.rail + [Self.item] + chrome + ["Council votes on budget after long night", Self.header[2]])
        XCTAssertEqual(lines[5].strippedRule, ListContext.rule)
        XCTAssertNil(lines[13].strippedRule, "the next page's headline stays")
    }

    /// The page's footer (a copyright line, a trailer) in that chrome: the rail ends its page.
    func testFooterInTheChromeStillEndsTheRail() throws {
        let chrome = ["Advertisement", "Sign up for our newsletter", "Share on Facebook",
                      "© 2020 The City Courier. All rights reserved.", "Home", "World", "Politics"]
        let lines = try classify(Self.rail + [Self.item] + chrome + ["Council votes on budget after long night"] + Self.header)
        XCTAssertEqual(lines[5].strippedRule, ListContext.rule)
        XCTAssertNil(lines[13].strippedRule, "the next page's headline stays")
    }

    /// Guard: a headline under the rail over a short share row, then a title-cased dek over the
    /// byline, keeps its start (the share row is no page's chrome).
    func testShortShareRowUnderAHeadlineTellsNothing() throws {
        let lines = try classify(Self.rail + [Self.item, "Share on Facebook", "Share on Twitter", "Repair Bills Top Two Million"] + Self.header)
        XCTAssertNil(lines[5].strippedRule)
    }

    /// A rail's title may end a sentence (`… From the U.S.`, a two-sentence title), one in three here.
    func testOneSentenceTitleStaysInTheRail() throws {
        let rail = ["Most read", "Harbour authority approves dredging plan. Fishermen object.",
                    "Mayor opens the new library wing", "Tram line extension delayed again"]
        let lines = try classify(rail + ["Council Votes on Budget After Long Night"] + Self.header)
        XCTAssertEqual(lines[1..<4].map(\.strippedRule), Array(repeating: ListContext.rule, count: 3))
        XCTAssertNil(lines[4].strippedRule, "the next page's headline stays")
    }

    /// Guard: two of three lines ending a sentence are paragraphs, no rail.
    func testMostlySentencesAreNoRail() throws {
        let rail = ["Most read", "Harbour authority approves dredging plan. Fishermen object.",
                    "Mayor opens the new library wing. Readers cheer.", "Tram line extension delayed again"]
        let lines = try classify(rail + ["Council Votes on Budget After Long Night"] + Self.header)
        XCTAssertEqual(lines[1..<4].map(\.strippedRule), [nil, nil, nil])
        XCTAssertTrue(ListContext.railSentencesFit(1, titles: 3))
        XCTAssertFalse(ListContext.railSentencesFit(2, titles: 4))
    }

    func testRankPlace() {
        XCTAssertTrue(ListContext.ranksInPlace(5, marked: true, after: nil, titles: 4))
        XCTAssertFalse(ListContext.ranksInPlace(5, marked: false, after: nil, titles: 4))
        XCTAssertTrue(ListContext.ranksInPlace(5, marked: false, after: 4, titles: 2))
        XCTAssertFalse(ListContext.ranksInPlace(7, marked: true, after: nil, titles: 4))
        XCTAssertFalse(ListContext.ranksInPlace(nil, marked: false, after: 4, titles: 4))
    }
}
