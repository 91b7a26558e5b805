import XCTest
@testable import WinnowPipeline

/// A list heading over one title, then the next story's headline, its byline and a hard-wrapped
/// lede, no blank line between (`ListContext+OneItem.swift`): the title is the box's item, the
/// headline titles the story below. A dek under the headline (a sentence) leaves the block alone.
final class CleaningLinkListOneItemTests: XCTestCase {
    typealias N = CleaningNextPageHeadTests
    static let item = "Railway operator adds late trains to its weekend timetable"

    static let wrapped = ["The city orchestra announced its autumn season with three",
                          "symphonies by Sibelius and a new violin concerto commissioned from",
                          "a young composer in Helsinki."]

    static func text(_ head: [String]) -> String {
        (N.paragraphs(N.h) + ["You might also like"] + head + ["By Jane Doe, Staff Writer"] + wrapped + [""]
         + N.paragraphs(Array(N.o.dropFirst()))).joined(separator: "\n")
    }

    func testOneItemOverHeadlineIsALinkList() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let classified = classifier.classify(Self.text([Self.item, N.headline]))
        let line = try XCTUnwrap(classified.lines.first { $0.text == Self.item })
        guard case .stripped(let rule, _) = line.kind else { return XCTFail("the box's item is kept") }
        XCTAssertEqual(rule, ListContext.rule)
        let stories = splitter.split(classified)
        XCTAssertEqual(stories.count, 2)
        XCTAssertEqual(stories.last?.title, N.headline)
        XCTAssertFalse(stories.contains { $0.text.contains(Self.item) })
        // Prose negative: the paragraphs stay in their stories.
        XCTAssertTrue(stories.last?.text.contains(N.o[1]) == true)
        XCTAssertTrue(stories.first?.text.contains(N.h[4]) == true)
    }

    /// Negative: a headline and its dek (a sentence) over the byline are no item and headline.
    func testHeadlineOverDekIsNoLinkList() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let classified = classifier.classify(Self.text([N.headline, N.dek]))
        let line = try XCTUnwrap(classified.lines.first { $0.text == N.headline })
        if case .stripped(let rule, _) = line.kind { XCTAssertNotEqual(rule, ListContext.rule) }
    }
}
