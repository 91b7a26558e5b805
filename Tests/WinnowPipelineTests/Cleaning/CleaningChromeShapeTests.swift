import XCTest
@testable import WinnowPipeline

/// Page chrome that survived cleaning on dumps of an independent generator, caught by shape
/// (Pipelines/news.yaml): a navigation or footer row of bar-separated links, an ad slot's scroll
/// cue, a sharing menu's buttons, a rule of dashes as wide as the column, a "this story was
/// originally published by" line; and the contributor credit told from prose by its names.
final class CleaningChromeShapeTests: XCTestCase {
    func testNavigationRowsScrollCuesButtonsRulesAndCreditsAreStripped() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let chrome: [(String, String)] = [
            ("Home | World | Politics | Business | Opinion", "widget"),
            ("Terms of Use | Privacy Policy | Contact Us", "widget"),
            ("Scroll to continue with content", "widget"),
            ("Gift article", "widget"),
            ("Recommended for you", "widget"),
            ("Newsletter Sign-up", "widget"),
            (String(repeating: "-", count: 60), "rule_line"),
            ("This story was originally published by NewsNow 24.", "source_line"),
            ("Reporting by Jane Doe in Paris; Editing by John Roe", "contributor"),
            ("(Additional reporting by Steve Gorman in Los Angeles and Brian Snyder in Phoenix; writing by Steve Gorman)",
             "contributor"),
        ]
        for (line, rule) in chrome {
            XCTAssertEqual(classifier.classify(line).lines[0].strippedRule, rule, line)
        }
        XCTAssertEqual(classifier.classify("This story was originally published by The Standard-Herald.").lines[0]
            .metadata["source_site"], .string("The Standard-Herald"))
    }

    func testProseAndTablesOfTheSameShapesAreKept() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let prose = [
            // A results table has numbers; a headline over its site's name has one bar.
            "Team | Won | Lost | 12",
            "It’s All Broken | The Courier",
            "Reporting by NBC further uncovered citizens of Paterson who are listed as having voted.",
            "Written by hand, the letter reached the governor on Tuesday.",
            "Scrolling through the feed, she found the post.",
            "( The senator declined to comment.)",
            // Outsider gold keeps the outlet's invitation after its name.
            "This article was originally published on Undark. Read the original article.",
            "This article was first published in the latest issue of The Week",
        ]
        for line in prose {
            XCTAssertNil(classifier.classify(line).lines[0].strippedRule, line)
        }
    }
}
