import XCTest
@testable import WinnowPipeline

/// A newsletter's items (`BoundaryLengthPrior.isClosedItem`): a headline under the read-more
/// button that closed the item above, its source line under it, a paragraph or two, and its own
/// read-more button. Each is a story however short; the story-length prior merged them.
final class SplitDigestItemTests: XCTestCase {
    static func item(_ headline: String, _ source: String, _ lede: String, _ link: String) -> [String] {
        ["---", "", headline, source, lede, link, ""]
    }
    static let digest = ["View in browser", "", "Good morning. Here is what we are reading today.", "-- Jane Doe, editor", ""]
        + item("Council passes harbour budget after a long night", "Harbor Gazette | 4 min read",
               "The city council passed the harbour budget early on Tuesday after a session that ran past two in the morning and left members hoarse.",
               "[Read the full story](https://www.harborgazette.example/r/4889)")
        + item("Orchestra names a new music director for the autumn season", "City Courier | 6 min read",
               "The symphony orchestra named a young conductor from Lisbon as its music director on Monday, ending a search that lasted nearly three years.",
               "[Read the full story](https://www.citycourier.example/r/1242)")
        + item("Storm closes mountain pass for a third day running", "Valley Post | 3 min read",
               "Snow and high winds kept the mountain pass closed for a third day on Wednesday, stranding trucks on both sides of the range.",
               "Read the full story »")

    func testAMarkdownReadMoreLinkEndsTheItem() throws {
        XCTAssertEqual(try CleaningFixtures.strippedRule("[Read the full story](https://www.harborgazette.example/r/4889)"), "newsletter_trailer")
        XCTAssertEqual(try CleaningFixtures.strippedRule("[Home](https://www.harborgazette.example/)"), "markup_line")
    }

    func testShortItemsBetweenTrailersAreStories() throws {
        let stories = try CleaningFixtures.split(Self.digest)
        XCTAssertEqual(stories.map(\.title), ["Council passes harbour budget after a long night",
                                              "Orchestra names a new music director for the autumn season",
                                              "Storm closes mountain pass for a third day running"])
    }

    /// A word or two under the trailer (a brand, a menu label) opens no item: the text under it stays
    /// with the story above.
    func testALabelUnderATrailerIsNoItem() throws {
        let long = Array(repeating: "The council will meet again next week to hear from residents of the northern wards about the dredging plan and its costs.", count: 4)
        let text = ["Council passes harbour budget after a long night", "Harbor Gazette | 4 min read"] + long
            + ["Read the full story »", "", "MetroDeals", "Harbor Gazette | 4 min read",
               "Subscribers save a little on ferry passes this month with the code printed in the Sunday edition."]
        let stories = try CleaningFixtures.split(text)
        XCTAssertFalse(stories.contains { $0.title == "MetroDeals" }, "\(stories.map(\.title))")
    }

    /// An item with its source line over a dateline lede and no headline (the digest dropped it):
    /// the lede opens a story between the two trailers, short as it is.
    func testDatelineLedeItemBetweenTrailersIsAStory() throws {
        let item = ["---", "", "Valley Post | 3 min read",
                    "DENVER, Colo. - Snow and high winds kept the mountain pass closed for a third day on Wednesday, stranding trucks on both sides.",
                    "[Read the full story](https://www.valleypost.example/r/77)", ""]
        let text = Array(Self.digest.dropLast(7)) + item + Array(Self.digest.suffix(7))
        let stories = try CleaningFixtures.split(text)
        XCTAssertEqual(stories.count, 4, "\(stories.map(\.text))")
        XCTAssertTrue(stories.contains { $0.text.hasPrefix("DENVER, Colo. - Snow") }, "\(stories.map(\.text))")
    }

    /// Prose negative: a dateline paragraph inside an item (no trailer, no source line over it)
    /// stays with its item.
    func testDatelineParagraphInsideAnItemStays() throws {
        let text = ["---", "", "Council passes harbour budget after a long night", "Harbor Gazette | 4 min read",
                    "The city council passed the harbour budget early on Tuesday after a session that ran past two in the morning.",
                    "DENVER, Colo. - The city's budget vote drew comparisons with the council in Denver, which passed its own.",
                    "Read the full story »", ""] + Array(Self.digest.suffix(7))
        let stories = try CleaningFixtures.split(text)
        XCTAssertFalse(stories.contains { $0.text.hasPrefix("DENVER") }, "\(stories.map(\.text))")
        XCTAssertTrue(stories.first?.text.contains("DENVER, Colo. - The city's budget vote") ?? false)
    }

    /// Items with no source line under their headlines (a digest that prints headline, a
    /// paragraph or two and the read-more button): each is still a story, bracketed by the
    /// buttons, though shorter than `min_story_words`.
    func testItemsWithoutSourceLinesAreStories() throws {
        let items: [(String, String)] = [
            ("Council passes harbour budget after a long night",
             "The city council passed the harbour budget early on Tuesday after a session that ran past two in the morning."),
            ("Orchestra names a new music director for the autumn season",
             "The symphony orchestra named a young conductor from Lisbon as its music director on Monday, ending a long search."),
            ("Storm closes mountain pass for a third day running",
             "Snow and high winds kept the mountain pass closed for a third day on Wednesday, stranding trucks on both sides."),
        ]
        let text = ["View in browser", ""] + items.flatMap { ["---", "", $0.0, "", $0.1, "", "Read the full story »", ""] }
        let stories = try CleaningFixtures.split(text)
        XCTAssertEqual(stories.map(\.title), items.map(\.0), "\(stories.map(\.text))")
    }

    /// Prose negative: a subhead inside an article has no button above it, so its short section
    /// stays with the article.
    func testSubheadOverAShortLastSectionStays() throws {
        let para = "The council will meet again next week to hear from residents of the northern wards about the dredging plan and its costs."
        let text = ["Council passes harbour budget after a long night", "", para, "", para, "", para, "",
                    "What comes next for the harbour", "",
                    "Dredging could start in the spring if the state signs off on the permits before March.", "",
                    "Read the full story »", "", "---", "",
                    "Storm closes mountain pass for a third day running", "",
                    "Snow and high winds kept the mountain pass closed for a third day on Wednesday, stranding trucks on both sides.", "",
                    "Read the full story »"]
        let stories = try CleaningFixtures.split(text)
        XCTAssertFalse(stories.contains { $0.title == "What comes next for the harbour" }, "\(stories.map(\.title))")
        XCTAssertEqual(stories.first?.title, "Council passes harbour budget after a long night")
    }

    /// Prose negative: a page's header block (headline, a teaser that cuts the lede short, a
    /// contributor line, widgets) over the dateline lede is one story. The contributor line is
    /// a trailer above the lede, but the lede is no next item's headline.
    func testHeaderTeaserOverAContributorLineIsNoItem() throws {
        let lede = "WASHINGTON (Reuters) - Nancy Pelosi on Wednesday was nominated as expected by fellow Democrats to be speaker of the U.S."
        let text = ["Nancy Pelosi in spotlight as Democrats seek a House speaker", lede, "",
                    "Reporting by Richard Cowan; Editing by Leslie Adler", "Last updated: November 6, 2014 02:52", "Share", "",
                    lede + " House of Representatives, but she still faces a battle to win the post.", "",
                    "Pelosi, who made history as the first woman to hold the post when she was speaker from 2007 to 2011, won the Democratic caucus vote after a closed-door meeting on Capitol Hill.", "",
                    "She needs a majority of the full House in January, and several newly elected Democrats have said they will not back her."]
        let stories = try CleaningFixtures.split(text)
        XCTAssertEqual(stories.count, 1, "\(stories.map(\.text))")
        XCTAssertEqual(stories.first?.title, "Nancy Pelosi in spotlight as Democrats seek a House speaker")
    }
}
