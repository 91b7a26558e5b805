import XCTest
@testable import WinnowPipeline

/// A line that opens with a dash (`— With assistance by Jane Doe`) is a story's tail set without a
/// full stop, not a paragraph cut above the next line: the wire lede under it gets no
/// `after_open_line` and opens its story.
final class SplitDashTailTests: XCTestCase {
    let h = SplitStructureTests.harbour

    /// Two wire stories of one beat (cohesion holds the tail line under as a headline; a wire
    /// dateline is not asked cohesion): the lede's own score decides.
    func text(tail: String) -> String {
        [h[0], h[1], h[2], tail, "NEW YORK (Reuters) - " + h[3], h[4], h[0]].joined(separator: "\n\n")
    }

    func fate(_ text: String) throws -> (stories: Int, features: [String]) {
        let (classifier, splitter) = try CleaningFixtures.stages { _ in }
        let lines = classifier.classify(text)
        let f = try XCTUnwrap(splitter.explain(lines).first { lines.lines[$0.line].content.hasPrefix("NEW YORK") })
        return (splitter.split(lines).count, f.features)
    }

    func testLedeUnderDashTailOpensItsStory() throws {
        let (stories, features) = try fate(text(tail: "— With assistance by Jane Doe and John Roe"))
        XCTAssertFalse(features.contains { $0.hasPrefix("after_open_line=") }, "\(features)")
        XCTAssertEqual(stories, 2)
    }

    /// Guard: the same tail without its dash is an open line like any other.
    func testUndashedOpenLineKeepsThePenalty() throws {
        let (_, features) = try fate(text(tail: "With assistance by Jane Doe and John Roe"))
        XCTAssertTrue(features.contains { $0.hasPrefix("after_open_line=") }, "\(features)")
    }
}
