import XCTest
@testable import WinnowPipeline

/// `CaptionContext.stripTruncatedTeasers`: a line cut short at an abbreviation or a comma, right
/// above the body line that repeats it and goes on, is a teaser cut from the lede.
final class TruncatedTeaserTests: XCTestCase {
    private let teaser = LineKind.stripped(rule: "teaser", role: nil)
    private let widget = LineKind.stripped(rule: "widget", role: .widget)

    private func kinds(_ lines: [String], on: Bool = true) throws -> [LineKind] {
        // Just a widget family: the teaser sits under furniture the rules stripped.
        let config = CleanConfig(families: [RuleFamilyConfig(name: "widget", role: .widget, exact: ["Share", "Share on Twitter"])],
                                 captions: CaptionConfig(truncatedTeasers: on))
        return try LineClassifier(config: config).classify(lines.joined(separator: "\n")).lines.map(\.kind)
    }

    func testTeaserCutAtAnAbbreviationAboveItsLedeIsStripped() throws {
        let lede = "WASHINGTON (Reuters) - U.S. President Donald Trump and congressional Democrats hardened their positions on Thursday."
        XCTAssertEqual(try kinds(["Share on Twitter", "WASHINGTON (Reuters) - U.S.", "", lede]), [widget, teaser, .blank, .body])
        XCTAssertEqual(try kinds(["Share on Twitter", "WASHINGTON (Reuters) - U.S.", "", lede], on: false), [widget, .body, .blank, .body],
                       "off keeps it")
        let senator = "Facebook removed several ads placed by Sen. Jane Roe on Tuesday, a spokesman said."
        XCTAssertEqual(try kinds(["Share on Twitter", "", "Facebook removed several ads placed by Sen.", senator]), [widget, .blank, teaser, .body])
        let comma = "The amendment, from the two senators, would strip the funding."
        XCTAssertEqual(try kinds(["Share on Twitter", "The amendment,", comma]), [widget, teaser, .body])
    }

    /// At the top of a text or under a paragraph the line is where a headline-less story starts:
    /// it stays for the boundary scores.
    func testTeaserOutsideAHeaderBlockStays() throws {
        let lede = "WASHINGTON (Reuters) - U.S. President Donald Trump and congressional Democrats hardened their positions on Thursday."
        XCTAssertEqual(try kinds(["WASHINGTON (Reuters) - U.S.", "", lede]), [.body, .blank, .body])
        XCTAssertEqual(try kinds(["The talks ended without a deal on Friday, the two sides said.", "", "WASHINGTON (Reuters) - U.S.", lede]),
                       [.body, .blank, .body, .body])
    }

    /// A whole sentence repeated over its paragraph (a pull quote), a name set as a subhead over a
    /// paragraph that opens with it, and an abbreviation line the next line does not repeat stay.
    func testFullSentencesSubheadsAndOtherLinesStay() throws {
        XCTAssertEqual(try kinds(["Share", "Precise words appear not to mean that much to Trump.",
                                  "Precise words appear not to mean that much to Trump. He said so himself on Friday."]),
                       [widget, .body, .body])
        XCTAssertEqual(try kinds(["Jane Roe", "Jane Roe is the new secretary of the navy, the White House said."]),
                       [.body, .body])
        XCTAssertEqual(try kinds(["Sales rose in the U.S.", "Prices fell in Europe over the same quarter, the company said."]),
                       [.body, .body])
    }

    func testStopsShortReadsAbbreviationsNotSentenceEnds() {
        func short(_ s: String) -> Bool { Array(s.utf8).withUnsafeBufferPointer { CaptionContext.stopsShort($0) } }
        for s in ["Mr.", "Republican Rep.", "ORLANDO, Fla.", "The numbers: Sales at U.S.", "from Sens.", "in D.C. ", "Gov. Jane Roe,", "on Ocean Blvd."] {
            XCTAssertTrue(short(s), s)
        }
        for s in ["to Trump.", "the Army.", "went home.", "and so on...", "U.S", "a question?", "in 2019."] {
            XCTAssertFalse(short(s), s)
        }
    }
}
