import XCTest
@testable import WinnowPipeline

/// Headline-less stories glued at a worded sign-off alone (`trailer_edge`, `BoundaryLoneEdge.swift`):
/// `Jane Doe contributed to this report.` between a paragraph that ended and a prose lede on another
/// topic starts a story when the lede runs on; the same sign-off between two paragraphs of one
/// story, or over a short note under it, does not.
final class SplitTrailerEdgeTests: XCTestCase {
    static let signOff = "Jane Doe contributed to this report."
    /// The orchestra story, opening on a paragraph longer than a headline and run on past
    /// `trailerEdgeMinWords` words.
    static let orchestra = [SplitStructureTests.orchestra[0] + " " + SplitStructureTests.orchestra[1]] + SplitStructureTests.orchestra.dropFirst(2) + [
        "The orchestra's board said the commissioned concerto would premiere in November, with the composer travelling from Helsinki to attend the opening night."
    ]
    static let harbourMore = [
        "Dredging contractors expect the harbour channel work to take eleven weeks, and the authority has asked shipping lines to plan their terminal berths around it.",
        "Harbour pilots will guide the deeper container vessels through the dredged channel until the authority finishes its new survey of the shipping lanes.",
    ]

    func stages(_ weight: Double?) throws -> (LineClassifier, StorySplitter) {
        try CleaningFixtures.stages { if let w = weight { $0.weights[.trailerEdge] = w } }
    }

    func testSignOffOverAnotherTopicStartsAStory() throws {
        let text = (SplitStructureTests.harbour + ["", Self.signOff, ""] + Self.orchestra).joined(separator: "\n")
        let (classifier, splitter) = try stages(nil)
        let lines = classifier.classify(text)
        let stories = splitter.split(lines)
        XCTAssertEqual(stories.count, 2)
        XCTAssertTrue(stories.last?.text.hasPrefix(Self.orchestra[0]) ?? false)
        XCTAssertTrue(splitter.explain(lines).contains { $0.kind == .boundary && $0.features.fired("trailer_edge", .positive) })
        // Off, the orchestra story runs on under the harbour story's sign-off.
        let (c0, s0) = try stages(0)
        XCTAssertEqual(s0.split(c0.classify(text)).count, 1)
    }

    /// A story that goes on under its sign-off on its own topic: cohesion holds it together.
    func testSignOffInsideOneStoryIsNoStart() throws {
        let h = SplitStructureTests.harbour
        let text = (Array(h[0...1]) + ["", Self.signOff, "", h[2] + " " + h[3]] + Array(h[4...]) + Self.harbourMore).joined(separator: "\n")
        let (classifier, splitter) = try stages(nil)
        XCTAssertEqual(splitter.split(classifier.classify(text)).count, 1)
    }

    /// A note of a paragraph or two under the sign-off, then the next trailer: the story's own
    /// furniture, not a story (`trailerEdgeMinWords`).
    func testShortNoteUnderSignOffIsNoStart() throws {
        let note = ["This report was featured in the Monday episode of our daily news podcast, which offers a straightforward look at the top stories.",
                    "Listen for free every weekday on your phone or wherever you get your podcasts."]
        let text = (SplitStructureTests.harbour + ["", Self.signOff, ""] + note + ["", "Reuter", ""]
                    + Self.orchestra).joined(separator: "\n")
        let (classifier, splitter) = try stages(nil)
        let stories = splitter.split(classifier.classify(text))
        XCTAssertEqual(stories.count, 2)
        XCTAssertTrue(stories.first?.text.contains(note[1]) ?? false)
    }
}
