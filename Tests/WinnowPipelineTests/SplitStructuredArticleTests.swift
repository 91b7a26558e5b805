import XCTest
@testable import WinnowPipeline

/// Long structured articles: their own subheads, section heads in capitals and doubled gallery
/// paragraphs are no story starts (`BoundaryAnchoredStyle.swift`, `BoundaryMixedCase.swift`, the
/// doubled paragraph in `BoundaryScorer.after`, `BoundaryPlanner.styleDemoted`).
final class SplitStructuredArticleTests: XCTestCase {
    static let harbour = SplitStructureTests.harbour
    static let orchestra = SplitStructureTests.orchestra
    static let ferry = SplitPageHeaderTests.ferry
    static let header = ["By Jane Doe", "Published May 3, 2019 10:00 AM"]
    static let trailer = "Reporting by Jane Doe; Editing by John Roe"

    /// A sentence printed twice in a row (a gallery's caption) with a credit below the pair is no
    /// page header: no `repeated_after`, no `header_repeat`, no start.
    func testDoubledParagraphIsNoPageHeader() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let h = Self.harbour
        let doubled = "Crews began work at dawn as the first dredger arrived from the south."
        let text = (["Harbour authority approves dredging of northern shipping channel"] + h[..<3]
            + [doubled, doubled, "Photo: Jane Doe/Reuters"] + h[3...]).joined(separator: "\n\n")
        let lines = classifier.classify(text)
        let fates = splitter.explain(lines)
        XCTAssertFalse(fates.contains { lines[$0.line].content == doubled && $0.features.contains { $0.hasPrefix("repeated_after") || $0.hasPrefix("header_repeat") } },
                       "\(fates.filter { $0.score != nil }.map { (lines[$0.line].content, $0.features) })")
        XCTAssertEqual(splitter.split(lines).count, 1)
    }

    /// A headline repeated under its header block still reads as a page header.
    func testHeadlineRepeatedUnderItsHeaderIsStillRepeated() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let headline = "Ferry fares to the islands will rise next month"
        let text = (Self.harbour + [headline, "Photo: Jane Doe/Reuters", headline] + Self.ferry).joined(separator: "\n\n")
        let lines = classifier.classify(text)
        XCTAssertTrue(splitter.explain(lines).contains { lines[$0.line].content == headline && $0.features.contains("header_repeat=4.0") })
        XCTAssertEqual(splitter.split(lines).count, 2)
    }

    /// Two stories under header blocks, one at the start of the text and one after a trailer, and
    /// three bare subheads inside them passing on shape (a low threshold stands in for headline
    /// affinity): the subheads outnumber the headlines in the vote of all starts, but the anchored
    /// headlines show the house style, and the subheads are demoted.
    func anchoredText() -> String {
        let h = Self.harbour, o = Self.orchestra
        return (["Harbour authority approves plan to dredge the northern channel"] + Self.header + h[..<2]
            + ["Fishermen fear for their shellfish beds this season"] + h[2..<4]
            + ["Terminal operators expect the largest vessels to call"] + h[4...]
            + [Self.trailer, "City orchestra names a new conductor for its autumn season"] + Self.header + o[..<3]
            + ["A soloist from the Brussels competition joins the season"] + o[3...]).joined(separator: "\n\n")
    }

    func testBareSubheadsUnlikeAnchoredHeadlinesAreDemoted() throws {
        let (classifier, splitter) = try CleaningFixtures.stages { $0.threshold = 3.0; $0.shortStoryWords = 0; $0.minStoryWords = 0 }
        let lines = classifier.classify(anchoredText())
        let fates = splitter.explain(lines)
        let demoted = fates.filter { $0.features.contains { $0.contains("after a trailer carry header blocks") } }
        XCTAssertEqual(demoted.count, 3, "\(fates.filter { $0.score != nil }.map { (lines[$0.line].content, $0.features) })")
        XCTAssertEqual(splitter.split(lines).count, 2)
    }

    /// Only one anchored headline: no vote, the subheads stay starts at that threshold.
    func testOneAnchoredHeadlineDoesNotVote() throws {
        let (classifier, splitter) = try CleaningFixtures.stages { $0.threshold = 3.0; $0.shortStoryWords = 0; $0.minStoryWords = 0 }
        let text = anchoredText().replacingOccurrences(of: Self.trailer + "\n\n", with: "")
        let fates = splitter.explain(classifier.classify(text))
        XCTAssertFalse(fates.contains { $0.features.contains { $0.contains("after a trailer carry header blocks") } })
    }

    /// Three stories under mixed-case headlines with header blocks; a section head in capitals
    /// inside one passes on shape: it is demoted (`unlike_dump_capitals`), and the capitals style
    /// is not read from it.
    func testCapitalsSectionHeadUnderMixedCaseHeadlinesIsDemoted() throws {
        let (classifier, splitter) = try CleaningFixtures.stages { $0.threshold = 3.0; $0.shortStoryWords = 0; $0.minStoryWords = 0 }
        let o = Self.orchestra
        let section = "SOLOIST FROM THE BRUSSELS COMPETITION JOINS THE SEASON"
        let text = (["Harbour authority approves plan to dredge the northern channel"] + Self.header + Self.harbour
            + [Self.trailer, "City orchestra names a new conductor for its autumn season"] + Self.header + o[..<3]
            + [section] + o[3...]
            + [Self.trailer, "Ferry fares to the islands will rise next month"] + Self.header + Self.ferry).joined(separator: "\n\n")
        let lines = classifier.classify(text)
        let fates = splitter.explain(lines)
        XCTAssertTrue(fates.contains { lines[$0.line].content == section && $0.features.contains { $0.contains("set in mixed case") } },
                      "\(fates.filter { $0.score != nil }.map { (lines[$0.line].content, $0.features) })")
        XCTAssertEqual(splitter.split(lines).count, 3)
    }

    /// The long-story prior takes back a headline held under the threshold by its shape, not one a
    /// dump-style vote demoted.
    func testStyleDemotedLinesAreNotTakenBackByTheLongStoryPrior() {
        XCTAssertTrue(BoundaryPlanner.styleDemoted(.fixture(4.0, [.openEnding, .unlikeDumpHeadlines])))
        XCTAssertTrue(BoundaryPlanner.styleDemoted(.fixture(4.0, [.openEnding, .unlikeDumpCapitals])))
        XCTAssertTrue(BoundaryPlanner.styleDemoted(.fixture(4.0, [.openEnding, .siblingSubheads])))
        XCTAssertFalse(BoundaryPlanner.styleDemoted(.fixture(4.0, [.openEnding, .tooFewWords])))
    }
}
