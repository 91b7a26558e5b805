import XCTest
@testable import WinnowPipeline

/// A lede under a lone time stamp between two paragraphs of prose earns `edge_topic_shift` as a
/// lede under a lone byline does (`BoundaryLoneStamp.swift`); not under a headline set over its
/// own stamp, nor in a timeline of stamped one-paragraph entries.
final class SplitLoneStampTests: XCTestCase {
    static let stamp = "Updated 2 hours ago"

    /// `above`, a blank, `edge`, a blank, then `below`: the lines and the index of `below[0]`.
    func glued(_ above: [String], _ edge: String, _ below: [String]) throws -> ([ClassifiedLine], Int) {
        let (classifier, _) = try CleaningFixtures.stages()
        let text = (above + ["", edge, ""] + below).joined(separator: "\n")
        let lines = classifier.classify(text).lines
        return (lines, try XCTUnwrap(lines.firstIndex { $0.content == below[0] }))
    }

    func edgeTopicShift(_ lines: [ClassifiedLine], _ i: Int) throws -> Bool {
        let s = try CleaningFixtures.scorer()
        var edge = s.weakBlockStart(.lonePageEdge)
        s.addEdgeTopicShift(i, in: lines, facts: s.facts(lines), similarity: 0.07, &edge)
        return edge.fired.contains(.edgeTopicShift)
    }

    func testLedeUnderALoneStampUnderProse() throws {
        let (lines, i) = try glued(SplitStructureTests.harbour, Self.stamp, SplitStructureTests.orchestra)
        XCTAssertTrue(try edgeTopicShift(lines, i), "two stories of one desk across a stamp")
    }

    /// A headline over its own stamp: the story starts at the headline, not under the stamp.
    func testNoShiftUnderAHeadlinesStamp() throws {
        let above = SplitStructureTests.harbour + ["", "Please. Someone. Tell the city that its orchestra needs a new hall."]
        let (lines, i) = try glued(above, Self.stamp, SplitStructureTests.orchestra)
        XCTAssertFalse(try edgeTopicShift(lines, i))
    }

    /// A timeline sets a stamp over each one-paragraph entry: the entries are one article.
    func testNoShiftInATimelineOfStampedEntries() throws {
        let h = SplitStructureTests.harbour
        let above = [h[0], "", "Updated 5 hours ago", "", h[1], "", "Updated 3 hours ago", "", h[2]]
        let (lines, i) = try glued(above, Self.stamp, [h[3], h[4]])
        XCTAssertFalse(try edgeTopicShift(lines, i))
    }

    /// Two paragraphs of one story across a stamp share their words: still one story (prose negative).
    func testLoneStampInsideOneStoryStaysNoStart() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let h = SplitStructureTests.harbour
        let text = (Array(h[0...2]) + ["", Self.stamp, ""] + Array(h[3...])).joined(separator: "\n")
        XCTAssertEqual(splitter.split(classifier.classify(text)).count, 1)
    }

    /// The whole path: two unrelated stories glued at a stamp split in two (there `lone_page_edge`
    /// with `topic_shift` suffices; the unit test above covers one desk's overlap).
    func testTwoStoriesAtALoneStampSplit() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let text = (SplitStructureTests.harbour + ["", Self.stamp, ""] + SplitStructureTests.orchestra).joined(separator: "\n")
        XCTAssertEqual(splitter.split(classifier.classify(text)).count, 2)
    }
}
