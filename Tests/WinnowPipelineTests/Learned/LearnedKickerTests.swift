import XCTest
@testable import WinnowPipeline

/// The learner's "embedded" test: a short label between prose-length lines is a subhead when the
/// line above ends a sentence (a paragraph), and a link list's kicker when it does not (a headline).
final class LearnedKickerTests: XCTestCase {
    private let topics = ["harbour", "railway", "library", "hospital", "bridge", "market"]

    /// The documents the learner counts `line` in, set between `above` and `below` (each per
    /// topic) in six dumps of six sources.
    private func documents(of line: String, above: (String) -> String, below: (String) -> String) -> Int {
        let learner = BoilerplateLearner(config: LearnedConfig(minDocuments: 5, minSources: 2, minContexts: 3))
        for (i, t) in topics.enumerated() {
            learner.observe(TextBlock.dump("\(above(t))\n\(line)\n\(below(t))\n", source: i))
        }
        return learner.finish().documentCount(LineKey.hash(line))
    }

    private func headline(_ t: String) -> String { "Senators Question The Cost Of The New \(t.capitalized) Plan In Long Hearing" }

    /// A section label between two headlines of a link list in six dumps is learned.
    func testKickerBetweenHeadlinesIsLearned() {
        XCTAssertEqual(documents(of: "National Security", above: headline,
                                 below: { "Why the \($0) vote could decide who runs the city council next year" }), 6)
    }

    /// The same label between paragraphs (the one above ends a sentence) is a subhead and is kept.
    func testLabelBetweenParagraphsStaysASubhead() {
        XCTAssertEqual(documents(of: "What Happens Next",
                                 above: { "Residents of the \($0) district gave their views on the plan at a long meeting." },
                                 below: { "The \($0) project will go to a final vote in the spring after more public hearings" }), 0)
    }

    /// A box's heading under the headline, over its bullets ("Key points"), belongs to the story.
    func testLabelOverAListUnderAHeadlineIsKept() {
        XCTAssertEqual(documents(of: "Key points", above: headline,
                                 below: { "• The \($0) project will go to a final vote in the spring after more hearings" }), 0)
    }

    func testShapes() {
        func label(_ s: String) -> Bool {
            let b = Array(s.utf8); return b.withUnsafeBufferPointer { BoilerplateLearner.isLabel($0, words: s.split(separator: " ").count) }
        }
        func ends(_ s: String) -> Bool { let b = Array(s.utf8); return b.withUnsafeBufferPointer { BoilerplateLearner.endsSentence($0) } }
        XCTAssertTrue(label("National Security"))
        XCTAssertFalse(label("Is Harvard Racist?"), "a question is a headline, not a label")
        XCTAssertFalse(label("Four Words Long Here"))
        XCTAssertTrue(ends("He said it was over.”"))
        XCTAssertTrue(ends("What now? "))
        XCTAssertFalse(ends("Senators Question The Cost Of The Plan"))
        func list(_ s: String) -> Bool { let b = Array(s.utf8); return b.withUnsafeBufferPointer { BoilerplateLearner.opensList($0) } }
        XCTAssertTrue(list("• An item"))
        XCTAssertTrue(list("  - An item"))
        XCTAssertTrue(list("▪ An item"))
        XCTAssertFalse(list("-5 degrees tonight"))
        XCTAssertFalse(list("A sentence"))
    }
}
