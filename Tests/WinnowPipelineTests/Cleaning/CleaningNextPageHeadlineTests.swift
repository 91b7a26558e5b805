import XCTest
@testable import WinnowPipeline

/// Rail headings with no titles left, then the next page's label, headline and time stamp
/// (`ListContext+NextPageHeadline.swift`): the headline is no link list and titles the article
/// below. Two titles under the heading stay a rail's links.
final class CleaningNextPageHeadlineTests: XCTestCase {
    typealias N = CleaningNextPageHeadTests
    static let second = "Railway operator adds late trains to its weekend timetable"

    static func text(titles: [String], under: [String]) -> String {
        (N.paragraphs(N.h) + ["Trending Now", "", "Recommended for you", "", "", "Analysis"] + titles + [""] + under + [""]
         + N.paragraphs(N.o)).joined(separator: "\n")
    }

    func testHeadlineOverItsStampIsNoLinkList() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let classified = classifier.classify(Self.text(titles: [N.headline], under: ["Last Updated: 8/1/2016 10:13 p.m."]))
        let line = try XCTUnwrap(classified.lines.first { $0.text == N.headline })
        if case .stripped(let rule, _) = line.kind { XCTAssertNotEqual(rule, ListContext.rule) }
        let stories = splitter.split(classified)
        XCTAssertEqual(stories.count, 2)
        XCTAssertEqual(stories.last?.title, N.headline)
        // Prose negative: the paragraphs stay in their stories.
        XCTAssertTrue(stories.last?.text.contains(N.o[0]) == true)
        XCTAssertTrue(stories.first?.text.contains(N.h[4]) == true)
    }

    /// Negative: two titles over the stamp are a rail's box, stripped as links.
    func testTwoTitlesStayALinkList() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let classified = classifier.classify(Self.text(titles: [N.headline, Self.second], under: ["Last Updated: 8/1/2016 10:13 p.m."]))
        let line = try XCTUnwrap(classified.lines.first { $0.text == N.headline })
        guard case .stripped(let rule, _) = line.kind else { return XCTFail("the rail's title is kept") }
        XCTAssertEqual(rule, ListContext.rule)
    }

    /// The headline over its own byline (and printed again under it) in the block, then the lede:
    /// the byline and the repeat are the page's header, no second title; the headline titles the
    /// story below.
    func testHeadlineOverItsBylineIsNoLinkList() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        for titles in [[N.headline, "By Hannah Okafor"], [N.headline, "By Hannah Okafor", N.headline]] {
            let classified = classifier.classify(Self.text(titles: titles, under: []))
            let line = try XCTUnwrap(classified.lines.first { $0.text == N.headline })
            if case .stripped(let rule, _) = line.kind { XCTAssertNotEqual(rule, ListContext.rule, "\(titles)") }
            let stories = splitter.split(classified)
            XCTAssertEqual(stories.count, 2, "\(titles)")
            XCTAssertEqual(stories.last?.title, N.headline, "\(titles)")
            XCTAssertTrue(stories.first?.text.contains(N.h[4]) == true)
        }
    }

    /// Negative: two different titles, each over its byline, are a rail's box.
    func testTitlesWithBylinesStayALinkList() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let classified = classifier.classify(Self.text(titles: [N.headline, "By Hannah Okafor", Self.second, "By John Roe"], under: []))
        let line = try XCTUnwrap(classified.lines.first { $0.text == N.headline })
        guard case .stripped(let rule, _) = line.kind else { return XCTFail("the rail's title is kept") }
        XCTAssertEqual(rule, ListContext.rule)
    }
}
