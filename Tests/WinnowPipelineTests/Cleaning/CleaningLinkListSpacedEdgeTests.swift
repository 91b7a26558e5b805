import XCTest
@testable import WinnowPipeline

/// A spaced list whose run meets the next story's head: titles a blank line apart, then the
/// headline with a sharing bar right under it (`ListContext+SpacedEdge.swift`): the titles above
/// the headline are the box's items, the headline titles the story below. One title over the
/// headline stays (a `Read more:` label over one linked title sits between paragraphs too).
final class CleaningLinkListSpacedEdgeTests: XCTestCase {
    typealias N = CleaningNextPageHeadTests
    static let items = ["Railway operator adds late trains to its weekend timetable",
                        "Museum reopens its Roman gallery after a two-year restoration"]

    static func text(_ titles: [String]) -> String {
        (N.paragraphs(N.h) + ["Related stories", ""] + N.paragraphs(titles) + [N.headline, "Share", ""]
         + N.paragraphs(N.o)).joined(separator: "\n")
    }

    func testTitlesOverTheNextHeadAreItems() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let classified = classifier.classify(Self.text(Self.items))
        for item in Self.items {
            let line = try XCTUnwrap(classified.lines.first { $0.text == item })
            guard case .stripped(let rule, _) = line.kind else { return XCTFail("the box's item is kept: \(item)") }
            XCTAssertEqual(rule, ListContext.rule)
        }
        let head = try XCTUnwrap(classified.lines.first { $0.text == N.headline })
        if case .stripped(let rule, _) = head.kind { XCTAssertNotEqual(rule, ListContext.rule) }
        let stories = splitter.split(classified)
        XCTAssertFalse(stories.contains { s in Self.items.contains { s.text.contains($0) } })
        // Prose negative: the paragraphs stay in their stories.
        XCTAssertTrue(stories.contains { $0.text.contains(N.o[0]) })
        XCTAssertTrue(stories.first?.text.contains(N.h[4]) == true)
    }

    /// Negative: one title over the headline is left alone.
    func testOneTitleStays() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let classified = classifier.classify(Self.text([Self.items[0]]))
        let line = try XCTUnwrap(classified.lines.first { $0.text == Self.items[0] })
        if case .stripped(let rule, _) = line.kind { XCTAssertNotEqual(rule, ListContext.rule) }
    }
}
