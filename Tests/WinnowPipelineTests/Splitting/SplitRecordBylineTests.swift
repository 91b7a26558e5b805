import XCTest
@testable import WinnowPipeline

/// A headline inside a JSONL record over its own short `By …` byline (`BoundaryRecord.swift`,
/// `hasByByline`): the page header of a second article glued into the record, not one of the
/// article's subheads, so `unlike_record_headlines` leaves it a start. A short Title Case subhead
/// of two phrases under the headline (`Build Canals, Not Dams`) has a `Jane Doe, Reuters` byline's
/// shape but no `By`: the headline stays demoted.
final class SplitRecordBylineTests: XCTestCase {
    static let headline = "City orchestra names a new conductor for its autumn season"

    /// The harbour story under a page header, then `under` below the orchestra headline.
    func text(_ under: [String]) -> String {
        (["Harbour authority approves dredging of northern shipping channel"] + SplitRecordStyleTests.header
            + SplitStructureTests.harbour + [Self.headline] + under + SplitStructureTests.orchestra).joined(separator: "\n\n")
    }

    func stages() throws -> (LineClassifier, StorySplitter) {
        try CleaningFixtures.stages { $0.recordGluedCohesion = 0; $0.recordGluedAffinity = 0 }
    }

    func testHeadlineOverItsOwnByBylineSplitsARecord() throws {
        let (classifier, splitter) = try stages()
        let lines = classifier.classify(text(["By Jane Doe, Capitol Dispatch"]))
        let stories = splitter.split(lines, record: true)
        XCTAssertEqual(stories.count, 2)
        XCTAssertEqual(stories.last?.title, Self.headline)
        XCTAssertFalse(splitter.explain(lines, record: true).contains { $0.features.fired("unlike_record_headlines", .negative) })
    }

    /// Negative: a byline-shaped subhead without `By` is no page header; the headline over it is
    /// still demoted as a subhead (in this fixture, with cohesion off, it scores past the demotion
    /// all the same), and the orchestra lede stays in the text.
    func testTitleCaseSubheadWithoutByLeavesTheDemotion() throws {
        let (classifier, splitter) = try stages()
        let lines = classifier.classify(text(["Build Canals, Not Dams"]))
        XCTAssertTrue(splitter.explain(lines, record: true).contains { $0.features.fired("unlike_record_headlines", .negative) })
        XCTAssertTrue(splitter.split(lines, record: true).contains { $0.text.contains(SplitStructureTests.orchestra[0]) })
    }

    func testOpensWithBy() {
        func by(_ s: String) -> Bool { Array(s.utf8).withUnsafeBufferPointer(BoundaryPlanner.opensWithBy) }
        XCTAssertTrue(by("By Jane Doe"))
        XCTAssertTrue(by("BY JANE DOE"))
        XCTAssertFalse(by("By the end of the year the harbour reopened."))
        XCTAssertFalse(by("Build Canals, Not Dams"))
    }
}
