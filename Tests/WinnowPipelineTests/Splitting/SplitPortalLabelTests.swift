import XCTest
@testable import WinnowPipeline

/// Lines a portal sets over a story's headline that are neither its text nor a story of their own:
/// a section label over a print page number (`Tribune` / `Page C12` / headline), a desk's label in
/// sentence case (`Fact check`), and the page's title tag over a headline that adds a label
/// (`… :: Valley Post` over `Liveticker: …`).
final class SplitPortalLabelTests: XCTestCase {
    static func page(_ top: [String], _ headline: String, _ body: [String]) -> [String] {
        top + [headline, "", "By Anna Berg", "Updated 5 hours ago", ""] + body.flatMap { [$0, ""] }
    }
    static let harbourHeadline = "Harbour authority approves plan to dredge the northern channel"
    static let orchestraHeadline = "City orchestra cuts student tickets to five pounds"

    func split(_ lines: [String]) throws -> [ExtractedStory] {
        let (classifier, splitter) = try CleaningFixtures.stages()
        return splitter.split(classifier.classify(lines.joined(separator: "\n")))
    }

    /// A label over a page number between two stories is the next story's kicker, not a story.
    func testLabelOverPageNumberIsAKicker() throws {
        let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
        let stories = try split(Self.page([], Self.harbourHeadline, h)
                                + Self.page(["Tribune", "Page C12", ""], Self.orchestraHeadline, o))
        XCTAssertEqual(stories.map(\.title), [Self.harbourHeadline, Self.orchestraHeadline])
        XCTAssertEqual(stories.last?.metadata["kicker"], .string("Tribune"))
        XCTAssertFalse(stories.contains { $0.text.contains("Tribune") })
    }

    /// A desk's label in sentence case standing alone over a headline is its kicker.
    func testSentenceCaseLabelIsAKicker() throws {
        let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
        let stories = try split(Self.page([], Self.harbourHeadline, h)
                                + Self.page(["Advertisement", "", "Fact check", ""], Self.orchestraHeadline, o))
        XCTAssertEqual(stories.map(\.title), [Self.harbourHeadline, Self.orchestraHeadline])
        XCTAssertEqual(stories.last?.metadata["kicker"], .string("Fact check"))
        XCTAssertFalse(stories.contains { $0.text.contains("Fact check") })
    }

    /// A desk's label in sentence case right over the headline (no blank line between) at a
    /// page's top: the headline titles the story, the label is its kicker.
    func testSentenceCaseLabelRightOverTheHeadlineIsAKicker() throws {
        let o = SplitStructureTests.orchestra
        let stories = try split(["National Star", "Log in", "Menu", "", "Fact check", Self.orchestraHeadline, "",
                                 "Reporting by Anna Berg; Editing by Tom Brown", "June 5, 2016", "Reading time: 2 minutes",
                                 "Share via Email", ""] + o.flatMap { [$0, ""] })
        XCTAssertEqual(stories.map(\.title), [Self.orchestraHeadline])
        XCTAssertEqual(stories.first?.metadata["kicker"], .string("Fact check"))
        XCTAssertTrue(stories.first?.text.hasPrefix(o[0]) ?? false)
        XCTAssertTrue(stories.first?.text.contains(o[4]) ?? false)
    }

    func testSentenceCaseLabelShape() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let scorer = try CleaningFixtures.scorer { _ in }
        func label(_ s: String) -> Bool {
            let lines = classifier.classify(s).lines
            return StorySplitter.isSentenceCaseLabel(0, in: lines, facts: scorer.facts(lines))
        }
        XCTAssertTrue(label("Fact check"))
        XCTAssertTrue(label("Breaking news"))
        XCTAssertFalse(label("Fact Check"), "Title Case is the other branch's")
        XCTAssertFalse(label("Amen."), "a sentence")
        XCTAssertFalse(label("It rained."), "a sentence")
        XCTAssertFalse(label("Election 2020"), "letters only")
    }

    /// The title tag (headline and site name) over the headline with a label before it leaves the
    /// text; the labelled headline is the title.
    func testTitleTagOverLabelledHeadlineLeaves() throws {
        let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
        let labelled = "Live updates: " + Self.orchestraHeadline
        let stories = try split(Self.page([], Self.harbourHeadline, h)
                                + Self.page(["Valley Post", "Menu", "", Self.orchestraHeadline + " | Valley Post"], labelled, o))
        XCTAssertEqual(stories.map(\.title), [Self.harbourHeadline, labelled])
        XCTAssertFalse(stories.contains { $0.text.contains("| Valley Post") })
    }

    /// A story started at the page's title tag (the text's first line) over the headline with a
    /// label: the labelled headline titles the story and leaves the text; the site's name goes.
    /// A first paragraph that opens with a label but does not end in the headline stays.
    func testLabelledHeadlineUnderTitleTagStartTitlesTheStory() throws {
        let o = SplitStructureTests.orchestra
        let top = ["The Evening Sentinel", "Subscribe", "Skip to main content", "Home", "World", "Sports", "News", "", "LIVE"]
        let header = ["", "Reporting by Anna Berg; Editing by Tom Brown", "Last updated: September 20, 2016 9:36 p.m. ET",
                      "Reading time: 6 minutes", "Share via Email", ""]
        let labelled = "Live updates: " + Self.orchestraHeadline
        let stories = try split(top + [Self.orchestraHeadline + " | The Evening Sentinel", labelled] + header + o.flatMap { [$0, ""] })
        XCTAssertEqual(stories.map(\.title), [labelled])
        XCTAssertFalse(stories.contains { $0.text.contains("Live updates:") })
        XCTAssertTrue(stories.first?.text.hasPrefix(o[0]) ?? false)

        let prose = "Update: the orchestra said on Monday that its student tickets will cost five pounds from March."
        let kept = try split(top + [Self.orchestraHeadline + " | The Evening Sentinel", prose] + header + o.flatMap { [$0, ""] })
        XCTAssertTrue(kept.contains { $0.text.contains(prose) }, "a labelled first paragraph is text")

        // Under the byline and time stamps, the labelled headline opens the text (a column's
        // `Opinion: <headline>`): it stays.
        let column = "Opinion: " + Self.orchestraHeadline
        let opened = try split(top + [Self.orchestraHeadline + " | The Evening Sentinel"] + header + [column, ""] + o.flatMap { [$0, ""] })
        XCTAssertTrue(opened.contains { $0.text.contains(column) }, "a labelled line under the header is text")
    }

    /// A title tag read as a lede start (`OPINION: …` opens like a dateline) gives its start to the
    /// labelled headline under it: the story is titled, the tag leaves the text.
    func testStartAtTitleTagMovesToTheHeadline() throws {
        let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
        let headline = "OPINION: City orchestra cuts student tickets to five pounds, despite critics' desperate efforts"
        let stories = try split(Self.page([], Self.harbourHeadline, h)
                                + [headline + " - Valley Post", "Live updates: " + headline, "", "BY TOM BECKER",
                                   "Posted February 15, 2019", "7 minute read", "Share on Facebook", ""]
                                + o.flatMap { [$0, ""] })
        XCTAssertEqual(stories.map(\.title), [Self.harbourHeadline, "Live updates: " + headline])
        XCTAssertFalse(stories.contains { $0.text.contains("- Valley Post") })
        XCTAssertTrue(stories.last?.text.hasPrefix(o[0]) ?? false)
    }

    /// A title planned at the dek under a title tag and the headline it names goes up to the
    /// headline; the tag leaves, the dek stays the story's first line.
    func testTitleUnderTaggedHeadlineMovesUp() throws {
        let o = SplitStructureTests.orchestra
        let headline = "City orchestra cuts student tickets to five pounds"
        let dek = "A weekly roundup of music and culture news"
        let stories = try split(["Valley Post", "Subscribe", "Menu", "Home > Arts > Music", headline + " :: Valley Post", headline, dek,
                                 "Tom Becker, Staff Writer", "Published February 15, 2019", "Reading time: 7 minutes", "Share",
                                 "Share on Facebook", dek] + o)
        XCTAssertEqual(stories.map(\.title), [headline])
        XCTAssertFalse(stories[0].text.contains("Valley Post"))
        XCTAssertTrue(stories[0].text.contains(o[4]))
    }

    /// Prose ending in a dash and a name over a headline stays: its words are not the title's.
    func testProseWithDashOverHeadlineStays() throws {
        let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
        let tail = "The authority will publish its plan next week - Harbour Office"
        let stories = try split(Self.page([], Self.harbourHeadline, h + [tail])
                                + Self.page([], Self.orchestraHeadline, o))
        XCTAssertTrue(stories.first?.text.contains(tail) ?? false, "a body line whose words are not the title's stays")
    }
}
