import XCTest
@testable import WinnowPipeline

/// A Title Case headline with a comma (`Orchestra Season, Revisited`) has a wire byline's shape;
/// right over a `By …` byline it is the headline, not a second byline
/// (`BoundaryNameAgencyHeadline.swift`). Alone over the lede, `Jane Doe, Reuters` stays a byline.
final class SplitNameAgencyHeadlineTests: XCTestCase {
    func bylineFacts(_ header: [String]) throws -> [String: Bool] {
        let (classifier, _) = try CleaningFixtures.stages()
        let (_, config) = try CleaningFixtures.configs()
        let scorer = try CleaningFixtures.scorer(config)
        let text = (SplitStructureTests.harbour + header + SplitStructureTests.orchestra).joined(separator: "\n")
        let lines = classifier.classify(text).lines
        let facts = scorer.facts(lines)
        var out: [String: Bool] = [:]
        for (i, l) in lines.enumerated() where header.contains(String(l.content)) { out[String(l.content)] = facts.byline[i] }
        return out
    }

    func testCommaHeadlineOverByBylineIsNoByline() throws {
        let facts = try bylineFacts(["Orchestra Season, Revisited", "", "By Jane Doe, Associated Press"])
        XCTAssertEqual(facts["Orchestra Season, Revisited"], false)
        XCTAssertEqual(facts["By Jane Doe, Associated Press"], true)
    }

    /// Negatives: the same shape alone, or over a time stamp, is still a byline.
    func testNameAndAgencyAloneIsAByline() throws {
        XCTAssertEqual(try bylineFacts(["Jane Doe, Reuters"])["Jane Doe, Reuters"], true)
        XCTAssertEqual(try bylineFacts(["Jane Doe, Reuters", "Published November 9, 2015 10:39am EST"])["Jane Doe, Reuters"], true)
    }

    /// End to end: the headline titles the second story instead of joining its bylines.
    func testCommaHeadlineTitlesItsStory() throws {
        let stories = try CleaningFixtures.split(SplitStructureTests.harbour + ["=====", "Orchestra Season, Revisited", "By Jane Doe, Associated Press"]
                                                 + SplitStructureTests.orchestra)
        XCTAssertEqual(stories.count, 2)
        guard stories.count == 2 else { return }
        XCTAssertEqual(stories[1].title, "Orchestra Season, Revisited")
    }
}
