import XCTest
@testable import WinnowPipeline

/// A short name line under an intro that names it and points below (`… published in today's Harbour
/// Herald, is printed below.`) is the quoted piece's source label, not a new headline
/// (`BoundarySourceLabel.swift`, `source_label`).
final class SplitSourceLabelTests: XCTestCase {
    static let harbour = SplitStructureTests.harbour, orchestra = SplitStructureTests.orchestra

    func testSourceLabelUnderIntroIsNoStart() throws {
        let note = "The full text of the op-ed by Mayor Jane Roe is printed below. The piece, published in today's Harbour Herald, can be read online here."
        let text = (["Harbour authority approves plan to dredge the northern channel"] + Self.harbour
            + [note, "Harbour Herald", "By Jane Roe"] + Self.orchestra).joined(separator: "\n\n")
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(text)
        let fate = try XCTUnwrap(splitter.explain(lines).first { lines.lines[$0.line].content == "Harbour Herald" })
        XCTAssertTrue(fate.features.fired("source_label", .negative), "\(fate.features)")
        XCTAssertFalse(splitter.split(lines).contains { $0.title == "Harbour Herald" })
        // Without it the label titles the quoted piece as a story of its own.
        let (c0, s0) = try CleaningFixtures.stages { $0.weights[.sourceLabel] = 0 }
        XCTAssertTrue(s0.split(c0.classify(text)).contains { $0.title == "Harbour Herald" })
    }

    /// A section label over a new story still titles it, even when the story above names it: that
    /// story's last paragraph points nowhere below.
    func testSectionLabelNamedAboveStillTitles() throws {
        let close = "Officials at the White House said the plan would be reviewed by the end of the month."
        let text = (["Harbour authority approves plan to dredge the northern channel"] + Self.harbour
            + [close, "White House", "By Jane Roe"] + Self.orchestra).joined(separator: "\n\n")
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(text)
        XCTAssertFalse(splitter.explain(lines).contains { $0.features.fired("source_label") })
        XCTAssertTrue(splitter.split(lines).contains { $0.title == "White House" })
    }

    func testByteChecks() {
        func b(_ s: String, _ f: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool { Array(s.utf8).withUnsafeBufferPointer(f) }
        XCTAssertTrue(b("Arizona Daily Star", BoundaryPlanner.isCapitalisedName))
        XCTAssertFalse(b("We must act.", BoundaryPlanner.isCapitalisedName))
        XCTAssertFalse(b("the Star", BoundaryPlanner.isCapitalisedName))
        XCTAssertTrue(b("is printed below. The piece", BoundaryPlanner.pointsBelowIt))
        XCTAssertTrue(b("here's the transcript from Monday's program:", BoundaryPlanner.pointsBelowIt))
        XCTAssertFalse(b("the belowground garage", BoundaryPlanner.pointsBelowIt))
        let name = Array("Daily Star".utf8)
        name.withUnsafeBufferPointer { n in
            XCTAssertTrue(b("in today's Daily Star, can be", { BoundaryPlanner.containsPhrase($0, n) }))
            XCTAssertFalse(b("in today's Daily Stargazer", { BoundaryPlanner.containsPhrase($0, n) }))
            XCTAssertFalse(b("in today's daily star", { BoundaryPlanner.containsPhrase($0, n) }))
        }
    }
}
