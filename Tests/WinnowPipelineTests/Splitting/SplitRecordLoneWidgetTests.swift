import XCTest
@testable import WinnowPipeline

/// A headline inside a JSONL record whose one header mark is a lone widget under it (an ad slot's
/// label) and which sits right under a paragraph that ended: an article's subhead over an ad slot
/// (`BoundaryRecordLoneWidget.swift`), demoted by `unlike_record_headlines` as a bare one is. The
/// same line under page furniture (a pager) keeps its start: the page above has ended there.
final class SplitRecordLoneWidgetTests: XCTestCase {
    static let subhead = "City orchestra names a new conductor for its autumn season"

    /// The harbour story under a page header, then `between` and the subhead over `under`, then
    /// the orchestra paragraphs. Glued-record cohesion is off, so only the header marks decide.
    func text(between: [String] = [], under: [String]) -> String {
        (["Harbour authority approves dredging of northern shipping channel"] + SplitRecordStyleTests.header
            + SplitStructureTests.harbour + between + [Self.subhead] + under + SplitStructureTests.orchestra).joined(separator: "\n\n")
    }

    func stages() throws -> (LineClassifier, StorySplitter) {
        try CleaningFixtures.stages { $0.recordGluedCohesion = 0; $0.recordGluedAffinity = 0 }
    }

    func testSubheadOverAnAdLabelStaysInTheRecord() throws {
        let (classifier, splitter) = try stages()
        let lines = classifier.classify(text(under: ["Advertisement"]))
        let stories = splitter.split(lines, record: true)
        XCTAssertEqual(stories.count, 1)
        // Prose negative: the paragraphs on either side of the ad slot stay in the one story.
        XCTAssertTrue(stories.first?.text.contains(SplitStructureTests.harbour[4]) == true)
        XCTAssertTrue(stories.first?.text.contains(SplitStructureTests.orchestra[0]) == true)
        XCTAssertTrue(splitter.explain(lines, record: true).contains { $0.features.fired("unlike_record_headlines", .negative) })
    }

    /// Negative: under a pager (`Page 2 of 9`) the page above has ended; the headline keeps its start.
    func testHeadlineUnderAPagerKeepsItsStart() throws {
        let (classifier, splitter) = try stages()
        let stories = splitter.split(classifier.classify(text(between: ["Page 2 of 9"], under: ["Advertisement"])), record: true)
        XCTAssertEqual(stories.count, 2)
        XCTAssertEqual(stories.last?.title, Self.subhead)
    }

    /// Negative: two widgets under it (a share row) are a page's header, not one ad slot.
    func testHeadlineOverAShareRowKeepsItsStart() throws {
        let (classifier, splitter) = try stages()
        let stories = splitter.split(classifier.classify(text(under: ["Share on Facebook", "Share on Twitter"])), record: true)
        XCTAssertEqual(stories.count, 2)
    }
}
