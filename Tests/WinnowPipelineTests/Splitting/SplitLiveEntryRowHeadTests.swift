import XCTest
@testable import WinnowPipeline

/// A live blog's entry heading over its entry row (`entry_row_after`,
/// `BoundaryLiveEntryRowHead.swift`): a line over a share row and a bare clock stamp, then the
/// entry's prose, heads an entry of the running story; over a stamp with a date it is a page's
/// headline as before.
final class SplitLiveEntryRowHeadTests: XCTestCase {
    let h = SplitStructureTests.harbour
    let o = SplitStructureTests.orchestra
    static let headline = "Live updates: Harbour authority votes on dredging plan"
    static let head = "ORCHESTRA ANNOUNCES AUTUMN SEASON WITH A NEW VIOLIN CONCERTO"

    func stages(_ weight: Double?) throws -> (LineClassifier, StorySplitter) {
        try CleaningFixtures.stages { if let w = weight { $0.weights[.entryRowAfter] = w } }
    }

    /// The live page: its header, three harbour entries, then `head` over `row` and three
    /// orchestra entries (a live page changes topic from entry to entry).
    func text(row: [String]) -> String {
        ([Self.headline, "By Jane Doe", "March 3, 2024", h[0], h[1], h[2], Self.head] + row + [o[0], o[1], o[2]])
            .joined(separator: "\n")
    }

    private func fired(_ t: String) throws -> FiredFeatures {
        let (classifier, _) = try stages(nil)
        let scorer = try CleaningFixtures.scorer()
        let lines = classifier.classify(t).lines
        let i = try XCTUnwrap(lines.firstIndex { $0.content == Self.head })
        let facts = scorer.facts(lines)
        return try XCTUnwrap(scorer.headline(i, in: lines, facts: facts, inArticle: scorer.inArticleWidgets(lines, facts: facts))).fired
    }

    func testHeadOverShareRowAndClockStampIsAnEntryHeading() throws {
        XCTAssertTrue(try fired(text(row: ["Link copied", "6:20AM EST"])).contains(.entryRowAfter))
        XCTAssertTrue(try fired(text(row: ["10:50 p.m. ET"])).contains(.entryRowAfter), "a stamp right under it")
    }

    func testHeadOverDatedStampIsNoEntryHeading() throws {
        XCTAssertFalse(try fired(text(row: ["Link copied", "March 4, 2024 6:20"])).contains(.entryRowAfter))
    }

    func testEntryHeadingStaysInTheLivePage() throws {
        let t = text(row: ["Link copied", "Share this post", "6:20AM EST"])
        let (classifier, splitter) = try stages(nil)
        XCTAssertEqual(splitter.split(classifier.classify(t)).map(\.title), [Self.headline])
        let (c0, s0) = try stages(0)
        XCTAssertEqual(s0.split(c0.classify(t)).count, 2, "the heading opens a story without the feature")
    }
}
