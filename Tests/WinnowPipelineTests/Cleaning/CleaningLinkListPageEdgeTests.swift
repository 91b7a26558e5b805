import XCTest
@testable import WinnowPipeline

/// A rail's link list that runs straight into the next page (ListContext+PageEdge.swift): the next
/// page's title tag, its headline repeated below it, ends the list and stays; a prompt to the
/// reader closes a rail whose ranks the scrape kept on some items only, and where nothing closes
/// it, its ranks past the numbered run reach to the last of them. An item with a pipe that no line
/// repeats stays an item; the headline and lede under the rail stay.
final class CleaningLinkListPageEdgeTests: XCTestCase {
    private func kinds(_ lines: [String]) throws -> [String?] {
        let (classifier, _) = try CleaningFixtures.stages()
        return classifier.classify(lines.joined(separator: "\n")).lines.map { $0.kind == .blank ? "" : $0.strippedRule }
    }

    private let lede = "The harbour authority voted on Tuesday to dredge the northern channel, ending a two-year "
        + "dispute with the fishing cooperative over the silt that closed the southern berths."

    func testTheNextPagesTitleTagEndsARunOnList() throws {
        let text = ["Most read", "City orchestra unveils autumn season", "2 Mayor opens the new library wing",
                    "Tram line extension delayed again", "Harbour authority approves dredging | The Harbour Star",
                    "Menu", "Harbour authority approves dredging", "By Jane Doe", lede]
        XCTAssertEqual(try kinds(text), ["widget", "link_list", "link_list", "link_list", nil, "widget", nil, nil, nil])
    }

    func testAnItemWithAPipeThatNoLineRepeatsStaysInTheList() throws {
        let text = ["Most read", "City orchestra unveils autumn season", "Opinion | Why the harbour needs its dredger",
                    "Tram line extension delayed again", "", lede]
        XCTAssertEqual(try kinds(text), ["widget", "link_list", "link_list", "link_list", "", nil])
    }

    func testAPromptClosesARailWithSomeRanksLost() throws {
        let text = ["Most read", "1. City orchestra unveils autumn season", "2. Mayor opens the new library wing",
                    "Tram line extension delayed again", "Council names its new harbour master",
                    "Available on the App Store and Google Play", "Harbour authority approves dredging of the northern channel",
                    "By Jane Doe", lede]
        XCTAssertEqual(try kinds(text), ["widget", "link_list", "link_list", "link_list", "link_list", "chrome_prompt", nil, nil, nil])
    }

    /// Ranks past the numbered run prove the lines up to the last of them items, where nothing
    /// closes the block: the titles under it (the next page's headline, maybe) stay.
    func testRanksPastTheNumberedRunReachTheLastRankedItem() throws {
        let text = ["Most read", "1. City orchestra unveils autumn season", "Mayor opens the new library wing",
                    "3. Tram line extension delayed again", "4 Council names its new harbour master",
                    "Harbour authority approves dredging of the northern channel", "By Jane Doe", lede]
        XCTAssertEqual(try kinds(text).prefix(6), ["widget", "link_list", "link_list", "link_list", "link_list", nil])
    }
}
