import XCTest
@testable import WinnowPipeline

/// An ad slot's label over a photo credit (`BoundaryAdLabel.swift`) is a soft block that starts a
/// story only under an outright topic shift, never on `soft_block_topic_shift`'s wider band; a
/// section label over a credit (`Opinion` / `Jane Doe/Reuters`) takes that band. With
/// `topic_shift_below` at 0 (so `topic_shift` never fires) only the band can make the start.
final class SplitAdLabelTests: XCTestCase {
    func text(_ label: String) -> String {
        (Array(SplitStructureTests.harbour.prefix(3)) + [label, "Jane Doe/Reuters"] + Array(SplitStructureTests.orchestra.prefix(3)))
            .joined(separator: "\n\n")
    }

    func stages() throws -> (LineClassifier, StorySplitter) {
        try CleaningFixtures.stages { $0.topicShiftBelow = 0 }
    }

    func testSectionLabelOverCreditTakesTheBand() throws {
        let (classifier, splitter) = try stages()
        let lines = classifier.classify(text("Opinion"))
        XCTAssertEqual(splitter.split(lines).count, 2)
        XCTAssertTrue(splitter.explain(lines).contains { $0.kind == .boundary && $0.features.fired("soft_block_topic_shift", .positive) })
    }

    func testAdLabelOverCreditDoesNot() throws {
        for label in ["Advertisement", "ADVERTISEMENT", "SPONSORED CONTENT"] {
            let (classifier, splitter) = try stages()
            let lines = classifier.classify(text(label))
            XCTAssertEqual(splitter.split(lines).count, 1, label)
            XCTAssertTrue(splitter.split(lines).first?.text.contains(SplitStructureTests.orchestra[0]) ?? false, label)
        }
    }

    /// Under an outright topic shift (the shipped `topic_shift_below`) an ad over a credit still
    /// parts two unrelated stories, as before.
    func testAdLabelOverCreditUnderATopicShiftStillParts() throws {
        let (classifier, splitter) = try CleaningFixtures.stages { _ in }
        XCTAssertEqual(splitter.split(classifier.classify(text("Advertisement"))).count, 2)
    }

    func testAdLabels() {
        func ad(_ s: String) -> Bool { Array(s.utf8).withUnsafeBufferPointer(BoundaryScorer.isAdLabel) }
        for s in ["Advertisement", "ADVERTISEMENT", "Ad", "Sponsored", "Sponsored content", "Paid post", "Partner content"] { XCTAssertTrue(ad(s), s) }
        for s in ["Opinion", "Economy", "Adams", "Analysis", "Politics"] { XCTAssertFalse(ad(s), s) }
    }
}
