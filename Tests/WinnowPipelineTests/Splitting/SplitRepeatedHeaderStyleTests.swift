import XCTest
@testable import WinnowPipeline

/// A headline its page prints again under its own header (dek, `NAME | Outlet` byline, stamp,
/// read time, share row, then the headline once more over the lede: `header_repeat_below`) has a
/// page's header: neither the dump's header style (`unlike_dump_headlines`) nor a record's
/// (`unlike_record_headlines`) demotes it as a bare subhead (`BoundaryRepeatedHeaderStyle.swift`).
final class SplitRepeatedHeaderStyleTests: XCTestCase {
    static let farm = [
        "Farmers in the valley began harvesting wheat two weeks early this summer after a dry spring left the grain ripe and the soil cracked across most of the fields.",
        "Agronomists at the county extension office said yields would fall by a fifth, though the early harvest spared the crop from the storms forecast for August.",
        "The next harvest could decide it all.",
        "Several cooperatives have pooled their combines so that smaller farms can bring in their grain before the weather turns, a practice common a generation ago.",
        "Grain prices at the regional elevator rose sharply on the news, and millers warned that bread and feed costs would climb before the end of the year.",
    ]
    static let headline = "Will Valley Farmers Save This Year’s Wheat Harvest?"
    static let furniture = ["JANE ROWE | The Valley Ledger", "Updated 10 hours ago", "3 min read", "Facebook Twitter Email"]

    /// A page whose headline sits right over its furniture (the dump's house style).
    static func page(_ headline: String, _ body: [String]) -> [String] { [headline] + furniture + body }

    /// The farm page: headline, dek, furniture, the headline again, then the text (which prints the dek again).
    static let farmPage = [headline, "The next harvest could decide it all."] + furniture + [headline] + farm

    func text(_ parts: [String]) -> String { parts.joined(separator: "\n\n") }

    func testHeadlineRepeatedUnderItsHeaderStartsAStoryInAHeaderStyleDump() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(text(Self.page("Harbour Authority Approves Channel Dredging", SplitStructureTests.harbour)
                                             + Self.page("Orchestra Unveils Autumn Season", SplitStructureTests.orchestra) + Self.farmPage))
        XCTAssertFalse(splitter.explain(lines).contains { $0.features.fired("unlike_dump_headlines", .negative) })
        let stories = splitter.split(lines)
        XCTAssertEqual(stories.count, 3)
        XCTAssertEqual(stories.last?.title, Self.headline)
        XCTAssertTrue(stories.last?.text.hasPrefix(Self.farm[0]) ?? false)
        XCTAssertFalse(stories[1].text.contains(Self.farm[0]))
    }

    func testHeadlineRepeatedUnderItsHeaderSplitsARecord() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(text(Self.page("Harbour Authority Approves Channel Dredging", SplitStructureTests.harbour) + Self.farmPage))
        XCTAssertFalse(splitter.explain(lines, record: true).contains { $0.features.fired("unlike_record_headlines", .negative) })
        let stories = splitter.split(lines, record: true)
        XCTAssertEqual(stories.count, 2)
        XCTAssertEqual(stories.last?.title, Self.headline)
    }

    /// Prose negative: an article's own subhead (no header, no repeat) in the same dump stays in
    /// its story.
    func testSubheadInsideAStoryStaysInIt() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let o = SplitStructureTests.orchestra
        let subhead = "What The Musicians Want From Their New Conductor"
        let stories = splitter.split(classifier.classify(text(
            Self.page("Harbour Authority Approves Channel Dredging", SplitStructureTests.harbour)
            + Self.page("Orchestra Unveils Autumn Season", Array(o[..<2]) + [subhead] + Array(o[2...])) + Self.farmPage)))
        XCTAssertEqual(stories.count, 3)
        XCTAssertEqual(stories[1].title, "Orchestra Unveils Autumn Season")
        XCTAssertTrue(stories[1].text.contains(subhead))
        XCTAssertTrue(stories[1].text.contains(o[4]))
    }
}
