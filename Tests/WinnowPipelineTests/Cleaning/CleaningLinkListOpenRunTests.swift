import XCTest
@testable import WinnowPipeline

/// A list heading over titles that a long paragraph ends, no blank line between
/// (`ListContext+OpenRun.swift`): all titles but the last are the box's items; the last is left
/// to the splitter. Hard-wrapped short lines under the heading make no such run.
final class CleaningLinkListOpenRunTests: XCTestCase {
    typealias N = CleaningNextPageHeadTests
    static let items = ["Railway operator adds late trains to its weekend timetable",
                        "Museum reopens its Roman gallery after a two-year restoration"]

    /// A lede longer than any title (the box's titles run up to 25 words).
    static let lede = N.o[0] + " The season opens in September."

    static func text(under: [String]) -> String {
        (N.paragraphs(N.h) + ["Related stories"] + items + [N.headline] + under + [""]
         + N.paragraphs(Array(N.o.dropFirst()))).joined(separator: "\n")
    }

    func testTitlesOverALongParagraphAreItems() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let classified = classifier.classify(Self.text(under: [Self.lede]))
        for item in Self.items {
            let line = try XCTUnwrap(classified.lines.first { $0.text == item })
            guard case .stripped(let rule, _) = line.kind else { return XCTFail("the box's item is kept: \(item)") }
            XCTAssertEqual(rule, ListContext.rule)
        }
        // The last title is left: the splitter reads it as the headline over its lede.
        let head = try XCTUnwrap(classified.lines.first { $0.text == N.headline })
        if case .stripped = head.kind { XCTFail("the last title is stripped") }
        let stories = splitter.split(classified)
        XCTAssertFalse(stories.contains { s in Self.items.contains { s.text.contains($0) } })
        // Prose negative: the paragraphs stay in their stories.
        XCTAssertTrue(stories.contains { $0.text.contains(Self.lede) })
        XCTAssertTrue(stories.first?.text.contains(N.h[4]) == true)
    }

    /// Negative: a hard-wrapped lede's short lines under the titles end no run (its lines are as
    /// short as titles): the block is left alone.
    func testWrappedLedeEndsNoRun() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let wrapped = ["The city orchestra announced its autumn season with three",
                       "symphonies by Sibelius and a new violin concerto commissioned from",
                       "a young composer in Helsinki."]
        let classified = classifier.classify(Self.text(under: wrapped))
        let line = try XCTUnwrap(classified.lines.first { $0.text == Self.items[0] })
        if case .stripped(let rule, _) = line.kind { XCTAssertNotEqual(rule, ListContext.rule) }
    }

    /// Negative: more than `openRunMaxStrippedGap` stripped lines in a row between the heading and
    /// the titles (share buttons, a comment count: a page's furniture, not a box's gap) end no
    /// run: the titles under them are the next page's head, left to the splitter.
    func testLongFurnitureGapEndsNoRun() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let furniture = ["Share", "Share on Facebook", "Print", "Join the conversation"]
        XCTAssertGreaterThan(furniture.count, ListContext.openRunMaxStrippedGap)
        let text = (N.paragraphs(N.h) + ["Related stories"] + furniture + Self.items + [N.headline, Self.lede, ""]
                    + N.paragraphs(Array(N.o.dropFirst()))).joined(separator: "\n")
        let classified = classifier.classify(text)
        for f in furniture {
            let line = try XCTUnwrap(classified.lines.first { $0.text == f })
            guard case .stripped = line.kind else { return XCTFail("the fixture's widget is kept: \(f)") }
        }
        let line = try XCTUnwrap(classified.lines.first { $0.text == Self.items[0] })
        if case .stripped(let rule, _) = line.kind { XCTAssertNotEqual(rule, ListContext.rule) }
    }
}
