import XCTest
@testable import WinnowPipeline

/// The dump-level header-style vote (`unlike_dump_headlines`) abstains on a tie: when exactly
/// `header_style_share` of a dump's headlines carry a header block, the dump has shown no house
/// style, and its bare headlines are not demoted as in-article subheads.
final class SplitHeaderStyleTieTests: XCTestCase {
    static let pool = SplitSignedOffHeaderStyleTests.pool
    static let bare = ["City Library Opens A Reading Room For The Newspaper Archive", "Council Votes To Close Two Municipal Swimming Pools"]

    /// Two stories under a photo credit, two under a bare headline: two of four is the 0.5 share.
    static func text() -> String {
        var lines: [String] = []
        for (headline, paragraphs) in [("Harbour Authority Approves Plan To Dredge The Northern Channel", SplitStructureTests.harbour),
                                       ("City Orchestra Announces An Autumn Season Of Sibelius", SplitStructureTests.orchestra)] {
            lines += [headline, "Photo: Jane Doe/Reuters"] + paragraphs.prefix(4)
        }
        lines += [bare[0]] + SplitLedeHeadlineTests.library
        lines += [bare[1]] + pool
        return lines.joined(separator: "\n")
    }

    func testTiedVoteLeavesBareHeadlinesAlone() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let classified = classifier.classify(Self.text())
        let titles = splitter.split(classified).map(\.title)
        for h in Self.bare { XCTAssertTrue(titles.contains(h), "\(h) starts a story: \(titles)") }
        XCTAssertFalse(splitter.explain(classified).contains { $0.features.contains { $0.hasPrefix("unlike_dump_headlines") } })
        // Read as a majority, the tie demotes both bare headlines.
        let (c0, s0) = try CleaningFixtures.stages { $0.headerStyleTiesAbstain = false }
        let fates = s0.explain(c0.classify(Self.text()))
        XCTAssertEqual(fates.filter { $0.features.contains { $0.hasPrefix("unlike_dump_headlines") } }.count, 2)
        XCTAssertFalse(s0.split(c0.classify(Self.text())).map(\.title).contains(Self.bare[1]))
    }

    /// The vote itself (also what the long-story prior asks, where a tie reads the dump as bare).
    func testVoteOnTheBar() {
        XCTAssertFalse(BoundaryPlanner.votes(2, of: 4, share: 0.5, tiesAbstain: true))
        XCTAssertTrue(BoundaryPlanner.votes(2, of: 4, share: 0.5, tiesAbstain: false))
        XCTAssertTrue(BoundaryPlanner.votes(3, of: 4, share: 0.5, tiesAbstain: true))
        XCTAssertFalse(BoundaryPlanner.votes(1, of: 3, share: 0.5, tiesAbstain: false))
    }
}
