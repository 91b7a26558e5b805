import XCTest
@testable import WinnowPipeline

/// A rail whose ranks lost their dots (`1 <title>` / `2 <title>`) and that runs on into the next
/// page is a numbered list (`ListContext.dotlessFirstRank`): the ranked titles go to the links.
/// One rank alone under a heading (`1 in 5 …`) is no list, nor are ranks where an unnumbered block
/// already reads the list.
final class CleaningLinkListDotlessRankTests: XCTestCase {
    private func kinds(_ lines: [String]) throws -> [String?] {
        let (classifier, _) = try CleaningFixtures.stages()
        return classifier.classify(lines.joined(separator: "\n")).lines.map { $0.kind == .blank ? "" : $0.strippedRule }
    }

    private let lede = "The harbour authority voted on Tuesday to dredge the northern channel, ending a two-year "
        + "dispute with the fishing cooperative over the silt that closed the southern berths."

    func testDotlessRanksRunningIntoTheNextPageAreItems() throws {
        let text = ["Trending now", "1 City orchestra will have more symphonies played during its autumn season than any orchestra in the region.",
                    "2 Mayor Opens New Library Wing, Council Files Harbour Replacement Plan After Meeting Port Board",
                    "3 Fishermen, activists rally against the harbour authority's dredging policy",
                    "The Harbour Star", "Log in", "Search", "ANALYSIS", "Harbour authority approves dredging of the northern channel",
                    "BY JANE DOE", "Posted January 9, 2014", "Copy link", "Share via Email", lede]
        let out = try kinds(text)
        XCTAssertEqual(Array(out.prefix(4)), ["widget", "link_list", "link_list", "link_list"], "\(out)")
        XCTAssertEqual(out.last!, nil)
    }

    /// Negative: a paragraph opening with a number under a heading stays (one rank, no `2` under it).
    func testOneDotlessRankIsNoList() throws {
        let text = ["Trending now", "1 in 5 voters in the harbour district said the dredging plan would change their vote",
                    "The council will vote on the plan on Friday, officials said.", lede]
        XCTAssertEqual(try kinds(text).dropFirst().map { $0 == ListContext.rule }, [false, false, false])
    }
}
