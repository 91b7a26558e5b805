import XCTest
@testable import WinnowPipeline

/// A hard-wrapped summary box whose last item is as wide as the wrap: the reflow joins it with the
/// lede below it, and the header's bullet check used to strip the lede with it.
final class SplitBoxItemLedeTests: XCTestCase {
    static let headline = "Harbour authority approves dredging of the northern channel"
    /// Wrapped at 66 columns, no blank lines (b4 067's layout).
    static let story = [
        "The harbour authority on Tuesday approved a plan to dredge the",
        "northern channel, ending a decade of delays that had kept the",
        "largest container ships away from the port and sent much of the",
        "region's freight to rival terminals further down the coast.",
        "The dredging will cost the port authority about $40 million over",
        "the next three years. Officials said work is expected to begin",
        "in the spring once the last environmental permits are issued by",
        "the state.",
        "By comparison, the harbour's annual budget is $12 million a year.",
        "Board members said the cost would be covered by bonds repaid from",
        "berth fees charged to shipping lines that use the deepened",
        "channel.",
        "Fishermen who work the channel said they feared the sediment",
        "plumes would drive away the crab stocks they depend on, and asked",
        "the board to fund a monitoring station at the harbour mouth before",
        "any work starts.",
    ]

    func split(_ lines: [String]) throws -> (stories: [ExtractedStory], fates: [LineFate]) {
        try CleaningFixtures.splitWithFates(lines)
    }

    func testLedeJoinedToTheLastBoxItemStays() throws {
        let item = "- By comparison, the harbour's annual budget is $12 million a year."
        let box = ["Key points",
                   "- The dredging will cost the port authority about $40 million over",
                   "the next three years.",
                   item]
        let (stories, fates) = try split([Self.headline] + box + Self.story)
        XCTAssertEqual(stories.count, 1)
        guard stories.count == 1 else { return }
        XCTAssertEqual(stories[0].title, Self.headline)
        XCTAssertTrue(stories[0].text.hasPrefix("The harbour authority on Tuesday approved"), "the lede opens the text")
        XCTAssertFalse(stories[0].text.contains("- By comparison"), "the box item leaves")
        XCTAssertEqual(stories[0].text.components(separatedBy: "$12 million a year").count, 2, "the sentence stands once")
        // Line 4 (0-based) is the item, line 5 the lede's first line.
        XCTAssertEqual(fates.first { $0.line == 4 }?.kind, .stripped(rule: "key_points", detail: "summary box item joined to the lede below it"))
        XCTAssertEqual(fates.first { $0.line == 5 }?.kind, .kept)
    }

    /// A wrapped teaser bullet whose sentence the story does not repeat is stripped whole, as before.
    func testUnrepeatedBulletStaysOneTeaser() throws {
        let teaser = "- Dredgers from three countries will bid for the work this winter."
        let (stories, _) = try split([Self.headline, teaser] + Self.story)
        XCTAssertEqual(stories.count, 1)
        guard stories.count == 1 else { return }
        XCTAssertFalse(stories[0].text.contains("Dredgers from three countries"))
    }
}
