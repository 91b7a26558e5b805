import XCTest
@testable import WinnowPipeline

/// A `Read next` box that holds the next page's headline and dek over its byline and time stamp
/// (`ListContext+NextPageHead.swift`): the two lines are no link list, and the headline titles the
/// article below. A rail of a title and a one-sentence teaser over the page's prose stays a list.
final class CleaningNextPageHeadTests: XCTestCase {
    static let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
    static let headline = "City orchestra names a new conductor for its autumn season"
    static let dek = "The orchestra's board chose a conductor who led opera productions in Vienna for a decade."

    static func paragraphs(_ xs: [String]) -> [String] { xs.flatMap { [$0, ""] } }

    static func text(under: [String]) -> String {
        (paragraphs(h) + ["Read next", "", headline, dek, ""] + under + [""] + paragraphs(o)).joined(separator: "\n")
    }

    func testNextPageHeadIsNoLinkList() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let classified = classifier.classify(Self.text(under: ["By Jane Doe", "Published May 18, 2019 1:07pm EST", "Share this article"]))
        let line = try XCTUnwrap(classified.lines.first { $0.text == Self.headline })
        if case .stripped(let rule, _) = line.kind { XCTAssertNotEqual(rule, ListContext.rule) }
        let stories = splitter.split(classified)
        XCTAssertEqual(stories.count, 2)
        XCTAssertEqual(stories.last?.title, Self.headline)
        // Prose negative: the orchestra's paragraphs stay its text, the harbour's stay above.
        XCTAssertTrue(stories.last?.text.contains(Self.o[0]) == true)
        XCTAssertTrue(stories.first?.text.contains(Self.h[4]) == true)
    }

    /// Negative: the same two lines over the page's prose (no byline, no stamp) are a rail's links.
    func testRailOverProseStaysALinkList() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let classified = classifier.classify(Self.text(under: []))
        let line = try XCTUnwrap(classified.lines.first { $0.text == Self.headline })
        guard case .stripped(let rule, _) = line.kind else { return XCTFail("the rail's title is kept") }
        XCTAssertEqual(rule, ListContext.rule)
    }
}
