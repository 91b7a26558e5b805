import XCTest
@testable import WinnowPipeline

/// A JSONL record whose start is a page header (`BoundaryRecord.swift`): a bare headline inside it
/// is one of the article's subheads (`unlike_record_headlines`); a headline with a page header of
/// its own still opens a second story of the record. A text dump is left to the dump-level vote.
final class SplitRecordStyleTests: XCTestCase {
    static let header = ["Photo: Jane Doe/Reuters", "Share this article"]

    /// The harbour story under a page header, then the orchestra story under `second` (its
    /// headline, with or without a header block under it).
    func text(_ second: [String]) -> String {
        (["Harbour authority approves dredging of northern shipping channel"] + Self.header + SplitStructureTests.harbour
            + second + SplitStructureTests.orchestra).joined(separator: "\n\n")
    }

    static let bare = ["City orchestra names a new conductor for its autumn season"]

    /// The two fixture stories share no words: `record_glued_cohesion` and `record_glued_affinity`
    /// would read the line as a glued article's headline (`SplitRecordGluedTests`). Off here, to test
    /// the demotion alone.
    func stages(_ edit: (inout SplitConfig) -> Void = { _ in }) throws -> (LineClassifier, StorySplitter) {
        try CleaningFixtures.stages { $0.recordGluedCohesion = 0; $0.recordGluedAffinity = 0; edit(&$0) }
    }

    func testBareHeadlineInsideARecordWithAPageHeaderIsNoStart() throws {
        let (classifier, splitter) = try stages()
        let lines = classifier.classify(text(Self.bare))
        // As a text dump the bare headline opens a story (topic shift, no dump-level vote on two titles).
        XCTAssertEqual(splitter.split(lines).count, 2)
        // As a record it is demoted: the record opened with a page header, this line has none.
        let stories = splitter.split(lines, record: true)
        XCTAssertEqual(stories.count, 1)
        XCTAssertTrue(splitter.explain(lines, record: true).contains { $0.features.fired("unlike_record_headlines", .negative) })
        // Off, the record splits as the text does.
        let (c0, s0) = try stages { $0.weights[.unlikeRecordHeadlines] = 0 }
        XCTAssertEqual(s0.split(c0.classify(text(Self.bare)), record: true).count, 2)
    }

    func testHeadlineWithItsOwnPageHeaderStillSplitsARecord() throws {
        let (classifier, splitter) = try stages()
        let stories = splitter.split(classifier.classify(text(Self.bare + Self.header)), record: true)
        XCTAssertEqual(stories.count, 2)
        XCTAssertEqual(stories.last?.title, Self.bare[0])
    }

    /// A record that opens on a bare headline is still one story: a bare headline inside it is
    /// demoted too. A dateline lede is left alone (a wire dateline opens a story in any text).
    func testRecordWithoutAPageHeaderIsOneStoryUnlessADatelineLedeOpensAnother() throws {
        let (classifier, splitter) = try stages()
        let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
        let plain = (["Harbour authority approves dredging of northern shipping channel"] + h + Self.bare + o).joined(separator: "\n\n")
        let lines = classifier.classify(plain)
        XCTAssertEqual(splitter.split(lines).count, 2)
        XCTAssertEqual(splitter.split(lines, record: true).count, 1)
        let dated = (["Harbour authority approves dredging of northern shipping channel"] + h
            + ["VIENNA (AP) — " + o[0]] + o.dropFirst()).joined(separator: "\n\n")
        XCTAssertEqual(splitter.split(classifier.classify(dated), record: true).count, 2)
    }
}
