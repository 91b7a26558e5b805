import XCTest
@testable import WinnowPipeline

/// A dump whose headlines are set in capitals (`BoundaryCapitals.swift`): a line in capitals of
/// headline shape is one of its headlines (`capitals_headline`), a mixed-case headline-shaped line
/// inside a story is one of the article's subheads (`unlike_dump_capitals`).
final class SplitCapitalsTests: XCTestCase {
    static let ferry = SplitPageHeaderTests.ferry

    /// Three stories under headlines in capitals; the orchestra story has a line of headline shape
    /// between its paragraphs (`subhead`).
    func text(subhead: String) -> String {
        let o = SplitStructureTests.orchestra
        return (["HARBOUR AUTHORITY APPROVES PLAN TO DREDGE THE NORTHERN CHANNEL"] + SplitStructureTests.harbour
            + ["CITY ORCHESTRA NAMES A NEW CONDUCTOR FOR ITS AUTUMN SEASON"] + o[..<3] + [subhead] + o[3...]
            + ["FERRY FARES TO THE ISLANDS WILL RISE NEXT MONTH"] + Self.ferry).joined(separator: "\n\n")
    }

    static let subhead = "Brussels competition winner joins as violin concerto soloist"

    /// The story-length prior is left out (`short_story_words: 0`): these stories are short.
    func testLineInCapitalsHeldUnderTheThresholdIsAHeadline() throws {
        let (classifier, splitter) = try CleaningFixtures.stages { $0.shortStoryWords = 0 }
        let lines = classifier.classify(text(subhead: Self.subhead.uppercased()))
        let fates = splitter.explain(lines)
        XCTAssertTrue(fates.contains { $0.kind == .title && $0.features.fired("capitals_headline", .positive) })
        XCTAssertEqual(splitter.split(lines).count, 4)
        // Off, it stays a line of the orchestra story (cohesion held it under the threshold).
        let (c0, s0) = try CleaningFixtures.stages { $0.shortStoryWords = 0; $0.weights[.capitalsHeadline] = 0 }
        XCTAssertEqual(s0.split(c0.classify(text(subhead: Self.subhead.uppercased()))).count, 3)
    }

    /// With a lower threshold (3.5) the mixed-case line passes on its shape; the dump's capitals
    /// style demotes it again.
    func testMixedCaseLineInACapitalsDumpIsASubhead() throws {
        let (classifier, splitter) = try CleaningFixtures.stages { $0.threshold = 3.5; $0.shortStoryWords = 0 }
        let lines = classifier.classify(text(subhead: Self.subhead))
        XCTAssertEqual(splitter.split(lines).count, 3)
        XCTAssertTrue(splitter.explain(lines).contains { $0.features.fired("unlike_dump_capitals", .negative) })
        let (c0, s0) = try CleaningFixtures.stages { $0.threshold = 3.5; $0.shortStoryWords = 0; $0.weights[.unlikeDumpCapitals] = 0 }
        XCTAssertEqual(s0.split(c0.classify(text(subhead: Self.subhead))).count, 4)
    }
}
