import XCTest
@testable import WinnowPipeline

/// A headline right after a paragraph heads the page below it when its byline and time stamp are
/// (or its byline and a widget) the next two lines (`BoundaryPlanner.headsBylineAndStamp`, `BoundaryTrailerUnderHeadline.swift`);
/// over a byline alone, or under a line that did not end a sentence, it does not.
final class SplitBylineStampHeadlineTests: XCTestCase {
    static let headline = "Orchestra Names Helsinki Conductor to Lead Its Autumn Season"

    /// `headsBylineAndStamp` of the headline, set after the harbour story (its last line `last`)
    /// over `header` and the orchestra story's dateline lede.
    func heads(_ header: [String], last: String? = nil) throws -> Bool {
        let (classifier, _) = try CleaningFixtures.stages()
        let (_, config) = try CleaningFixtures.configs()
        let scorer = try CleaningFixtures.scorer(config)
        let above = SplitStructureTests.harbour + (last.map { [$0] } ?? [])
        let text = (above + [Self.headline] + header + ["(HELSINKI) — " + SplitStructureTests.orchestra[0]]
                    + SplitStructureTests.orchestra.dropFirst()).joined(separator: "\n")
        let lines = classifier.classify(text).lines
        let p = try XCTUnwrap(lines.firstIndex { $0.content == Self.headline })
        return BoundaryPlanner(scorer: scorer).headsBylineAndStamp(p, -1, lines, scorer.facts(lines))
    }

    func testOverWrittenByAndStampHeadsThePage() throws {
        XCTAssertTrue(try heads(["Written by Jane Doe", "Updated 4 hours ago", "(AP Photo)"]))
        XCTAssertTrue(try heads(["Published November 9, 2015 10:39am EST", "By Jane Doe"]))
    }

    func testOverBylineAndWidgetHeadsThePage() throws {
        XCTAssertTrue(try heads(["Written by Jane Doe", "2 min read", "Print", "Email"]))
    }

    /// Negatives: a byline alone (or two time stamps) is no page head of both kinds; a line under
    /// a paragraph cut mid-sentence goes on with that paragraph.
    func testOverBylineAloneDoesNot() throws {
        XCTAssertFalse(try heads(["Written by Jane Doe", "(AP Photo)"]))
        XCTAssertFalse(try heads(["Updated 4 hours ago", "Published November 9, 2015 10:39am EST"]))
        XCTAssertFalse(try heads(["Updated 4 hours ago", "2 min read"]))
    }

    func testUnderAnOpenLineDoesNot() throws {
        XCTAssertFalse(try heads(["Written by Jane Doe", "Updated 4 hours ago"], last: "Terminal operators said the berths would open for"))
    }
}
