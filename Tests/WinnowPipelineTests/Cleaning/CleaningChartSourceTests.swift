import XCTest
@testable import WinnowPipeline

/// A chart's data source between its title and the next paragraph (ChartSource.swift) is the
/// article's line: kept. A reprint's source under the story's last paragraph, or naming a site's
/// address, stays stripped as `source_line`.
final class CleaningChartSourceTests: XCTestCase {
    private func rules(_ lines: [String]) throws -> [String?] {
        let classifier = try LineClassifier(config: CleaningFixtures.configs().0, learned: nil)
        return classifier.classify(lines.joined(separator: "\n")).lines.map(\.strippedRule)
    }

    private let prose = "It is also incorrect to associate the refugee program primarily with one faith, the data show."

    func testSourceUnderAChartTitleStays() throws {
        XCTAssertEqual(try rules(["Figure 2: Refugees in the U.S. Refugee Program by Religion (FY 2012-2014)",
                                  "Source: State Department", prose]),
                       [nil, nil, nil])
        // Set off by blank lines, under a title without a figure number, over a hard-wrapped paragraph.
        XCTAssertEqual(try rules(["Syrian and Other Refugees Admitted Since 2011", "", "Source: U.S. Refugee Processing Center.", "",
                                  "The security threat posed by refugees is small, and the screening they go", "through is long."]),
                       [nil, nil, nil, nil, nil, nil])
    }

    func testSourceUnderAWrappedChartTitleStays() throws {
        // The wrap left the title's tail (one word) alone over the source.
        XCTAssertEqual(try rules(["Figure 2: Refugees in the U.S. Refugee Program by Religion (FY", "2012-2014)",
                                  "Source: State Department", prose]),
                       [nil, nil, nil, nil])
    }

    func testSourceUnderAColonLeadInStays() throws {
        // The paragraph announcing the chart ends in a colon; the chart itself was dropped.
        let lead = "Here is a chart from the bank, which helps illustrate the market's resilience:"
        XCTAssertEqual(try rules([prose, lead, "Source: LPL Financial and CFRA", prose]), [nil, nil, nil, nil])
        // A newsletter widget set between the lead-in and the source.
        XCTAssertEqual(try rules([lead, "", "Sign up for our Morning newsletter", "Enter your email address", "",
                                  "Source: LPL Financial and CFRA", "", prose])[5], nil)
        // Under a sentence's end the same line is a reprint's source.
        XCTAssertEqual(try rules([prose, "Source: LPL Financial and CFRA", prose])[1], ChartSource.rule)
    }

    func testReprintSourcesStayStripped() throws {
        // Under the story's last paragraph (a sentence's end), over the next page.
        XCTAssertEqual(try rules([prose, "Source: Reuters", "Council Votes To Dredge The Harbour Channel Again", prose])[1],
                       ChartSource.rule)
        // The family's other forms name the reprint's outlet, even under a headline over prose (f3).
        XCTAssertEqual(try rules(["It's official: California farmers volunteer to give up water", "Originally published on Grist.",
                                  "California's drought has touched everyone in the state.", prose])[1],
                       ChartSource.rule)
        // A site's address under a chart-like line is still the reprint's.
        XCTAssertEqual(try rules(["Figure 2: Refugees in the U.S. Refugee Program", "Source: capitolcourier.com", prose])[1],
                       ChartSource.rule)
    }
}
