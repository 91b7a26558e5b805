import XCTest
@testable import WinnowPipeline

/// A JSONL record that glues articles (`record_glued_cohesion`, `BoundaryRecord.swift`): a bare
/// headline inside a record is demoted as the record's own subhead (`unlike_record_headlines`)
/// unless the text on either side of it shares next to nothing, as two unrelated articles do, or
/// the topic shifts across it and its words come back below it only (`record_glued_affinity`). A
/// subhead over more of its own article's story (its words go on across the line) stays demoted.
final class SplitRecordGluedTests: XCTestCase {
    let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
    static let head = ["Harbour authority approves dredging of northern shipping channel", "Photo: Jane Doe/Reuters", "Share this article"]

    func stages(_ cutoff: Double?, affinity: Double? = nil) throws -> (LineClassifier, StorySplitter) {
        try CleaningFixtures.stages {
            if let c = cutoff { $0.recordGluedCohesion = c }
            if let a = affinity { $0.recordGluedAffinity = a }
        }
    }

    func testUnrelatedHeadlineInsideARecordOpensAGluedArticle() throws {
        let t = (Self.head + h + SplitRecordStyleTests.bare + o).joined(separator: "\n\n")
        let (classifier, splitter) = try stages(nil)
        let stories = splitter.split(classifier.classify(t), record: true)
        XCTAssertEqual(stories.count, 2)
        XCTAssertEqual(stories.last?.title, SplitRecordStyleTests.bare[0])
        let (c0, s0) = try stages(0, affinity: 0)
        XCTAssertEqual(s0.split(c0.classify(t), record: true).count, 1, "demoted as a subhead without either reading")
        // The headline's words (orchestra, conductor, season) come back below it only: glued on
        // affinity alone too.
        let (c1, s1) = try stages(0, affinity: 0.4)
        XCTAssertEqual(s1.split(c1.classify(t), record: true).count, 2)
    }

    func testSubheadOverItsOwnArticlesSectionStaysInTheRecord() throws {
        // The section under the subhead turns to the terminal's concerts, and its words still go on
        // from the harbour story (the terminal), as a long feature's do.
        let section = ["The terminal will host the city orchestra's autumn season on its quay, with three symphonies by Sibelius and a new violin concerto.",
                       "Rehearsals begin in August under the orchestra's new conductor, who spent a decade leading opera productions in Vienna before accepting the appointment."]
        let t = (Self.head + h + ["City orchestra plans concerts on the terminal quay"] + section + o.dropFirst(2)).joined(separator: "\n\n")
        let (classifier, splitter) = try stages(nil)
        let lines = classifier.classify(t)
        XCTAssertEqual(splitter.split(lines, record: true).count, 1)
        // It passed on its shape and topic shift, and the record style demoted it.
        XCTAssertTrue(splitter.explain(lines, record: true).contains { $0.features.fired("unlike_record_headlines", .negative) }, "\(splitter.explain(lines, record: true).map { "\($0.kind) \($0.features)" })")
    }
}
