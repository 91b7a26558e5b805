import XCTest
@testable import WinnowPipeline

/// A headline right under the tag list that closed the article above (`Tags: Harbour, Council`,
/// `BoundaryTagList.swift`, `isUnderTagList`), in a dump whose headlines carry header blocks: the
/// next page's headline, which `unlike_dump_headlines` leaves as it leaves one under a trailer.
final class SplitTagListHeadlineTests: XCTestCase {
    static let harbour = SplitStructureTests.harbour
    static let orchestra = SplitStructureTests.orchestra
    static let ferry = SplitPageHeaderTests.ferry
    static let header = SplitPageHeaderTests.header

    /// Harbour and orchestra stories under headlines with a byline and a time stamp; between
    /// them the ferry story under a bare headline, with `between` over it.
    static func text(between: [String]) -> String {
        ([(["Harbour authority approves plan to dredge the northern channel"] + header).joined(separator: "\n")] + harbour
         + between + ["Ferry fares to the islands will rise next month"] + ferry
         + [(["City orchestra names a new conductor for its autumn season"] + header).joined(separator: "\n")] + orchestra)
            .joined(separator: "\n\n")
    }

    func testHeadlineUnderATagListOpensItsStory() throws {
        let stories = try CleaningFixtures.split([Self.text(between: ["Tags: Harbour, Council, Shipping"])])
        XCTAssertEqual(stories.map(\.title), ["Harbour authority approves plan to dredge the northern channel",
                                              "Ferry fares to the islands will rise next month",
                                              "City orchestra names a new conductor for its autumn season"])
    }

    /// Prose negative: the same bare headline right under a paragraph is the harbour story's
    /// subhead (the dump's headlines carry header blocks) and stays in it.
    func testBareHeadlineUnderAParagraphStays() throws {
        let stories = try CleaningFixtures.split([Self.text(between: [])])
        XCTAssertEqual(stories.count, 2)
        XCTAssertTrue(stories[0].text.contains("Ferry fares to the islands will rise next month"))
    }

    func testIsUnderTagList() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let scorer = try CleaningFixtures.scorer()
        let lines = classifier.classify(["The council met on Monday.", "", "Tags: Harbour, Council", "", "Ferry fares rise",
                                         "", "Topics: Ferry", "The fares rose again."].joined(separator: "\n")).lines
        let facts = scorer.facts(lines)
        XCTAssertEqual(lines[2].strippedRule, "widget")
        XCTAssertTrue(BoundaryPlanner.isUnderTagList(4, lines, facts))
        XCTAssertFalse(BoundaryPlanner.isUnderTagList(0, lines, facts))
    }
}
