import XCTest
@testable import WinnowPipeline

/// A piece reprinted whole under a labelled title and an intro note: its inner header repeats the
/// title's tail and opens no story of its own (`BoundaryTitleTail.swift`, `title_tail_repeat`).
final class SplitTitleTailTests: XCTestCase {
    static let harbour = SplitStructureTests.harbour, orchestra = SplitStructureTests.orchestra

    func testReprintsInnerHeaderIsNoStart() throws {
        let text = (["Harbour authority approves plan to dredge the northern channel"] + Self.harbour
            + ["Op-ed by Mayor Jane Roe: Why the orchestra deserves a new hall",
               "The full text of the op-ed by Mayor Jane Roe is printed below. The piece, published in today's Harbour Herald, can be read online here.",
               "Why the orchestra deserves a new hall", "Harbour Herald", "Updated 5 December 2019", "By Jane Roe"]
            + Self.orchestra).joined(separator: "\n\n")
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(text)
        let fate = try XCTUnwrap(splitter.explain(lines).first { lines.lines[$0.line].content == "Why the orchestra deserves a new hall" })
        XCTAssertTrue(fate.features.fired("title_tail_repeat", .negative), "\(fate.features)")
        // The reprint is one story from its labelled title: note and piece together.
        let note = "The full text of the op-ed"
        let stories = splitter.split(lines)
        XCTAssertEqual(stories.count, 2)
        XCTAssertTrue(stories.contains { $0.text.contains(note) && $0.text.contains(Self.orchestra[0]) }, "\(stories.map { $0.text.prefix(80) })")
        // Without it the inner header opens the piece, and the close labelled title above it
        // gives way (the story-length prior): the note goes on the harbour story.
        let (c0, s0) = try CleaningFixtures.stages { $0.weights[.titleTailRepeat] = 0 }
        XCTAssertFalse(s0.split(c0.classify(text)).contains { $0.text.contains(note) && $0.text.contains(Self.orchestra[0]) })
    }

    /// A related link promoting the next story (`READ MORE: <its headline>`) is stripped: the
    /// headline under it still opens its story; nor does a title merely sharing words count.
    func testLinkedHeadlineStillStarts() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let text = (["Harbour authority approves plan to dredge the northern channel"] + Self.harbour
            + ["READ MORE: Why the orchestra deserves a new hall", "Why the orchestra deserves a new hall", "By Jane Roe"]
            + Self.orchestra).joined(separator: "\n\n")
        let lines = classifier.classify(text)
        XCTAssertFalse(splitter.explain(lines).contains { $0.features.fired("title_tail_repeat") })
        XCTAssertEqual(splitter.split(lines).count, 2)
        let u = Array("Why the orchestra deserves a new hall".utf8)
        let labelled = Array("Op-ed by Jane Roe: Why the orchestra deserves a new hall".utf8)
        let plain = Array("The city knows why the orchestra deserves a new hall".utf8)
        u.withUnsafeBufferPointer { t in
            labelled.withUnsafeBufferPointer { XCTAssertTrue(BoundaryPlanner.endsWithLabelled(t, $0)) }
            plain.withUnsafeBufferPointer { XCTAssertFalse(BoundaryPlanner.endsWithLabelled(t, $0)) }
        }
    }
}
