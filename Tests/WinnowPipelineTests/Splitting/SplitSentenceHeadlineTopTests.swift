import XCTest
@testable import WinnowPipeline

/// A headline set as two sentences (`Has the orchestra won over students? What that could mean.`)
/// reads as a dek, so a start planned under the header (an editor's note, a dateline lede) left it
/// and its dek as a story of their own. Right under the page's top, over a dek and the furniture,
/// it is the page's headline; the dek the story repeats (whole, or cut short as a teaser of the
/// lede) leaves the text.
final class SplitSentenceHeadlineTopTests: XCTestCase {
    static let headline = "Has the orchestra finally won over students? What that could mean."
    static let top = ["Valley Gazette", "Skip to content", "Subscribe", ""]
    static let furniture = ["", "Reporting by Jane Doe", "Updated 11:35PM EST", "6 minute read", "4 comments",
                            "Share on Twitter", "Save", ""]

    func split(_ lines: [String]) throws -> [ExtractedStory] {
        let (classifier, splitter) = try CleaningFixtures.stages()
        return splitter.split(classifier.classify(lines.joined(separator: "\n")))
    }

    func testTwoSentenceHeadlineOverEditorsNoteTitlesTheStory() throws {
        let o = SplitStructureTests.orchestra
        let dek = "Last week, the city orchestra appeared to accept a prospect that, for years, seemed too costly even to consider:"
        let note = "Editor’s Note: This article has been updated to reflect new information about a spokesperson."
        let stories = try split(Self.top + [Self.headline, dek] + Self.furniture + [note, "", dek, ""] + o.flatMap { [$0, ""] })
        XCTAssertEqual(stories.count, 1, "the headline and its dek are no story of their own")
        XCTAssertEqual(stories.first?.title, Self.headline)
        XCTAssertTrue(stories.first?.text.hasPrefix(note) ?? false, "the note under the header is the text's first line")
        XCTAssertEqual(stories.first?.text.components(separatedBy: dek).count, 2, "the dek the story repeats is there once")
    }

    func testTeaserCutShortLeavesTheHeader() throws {
        let o = SplitStructureTests.orchestra
        let lede = "HELSINKI (Reuters) - The U.S. tour of the city orchestra opens its autumn season with three symphonies by Sibelius and a new violin concerto."
        let stories = try split(Self.top + [Self.headline, "HELSINKI (Reuters) - The U.S."] + Self.furniture + [lede, ""]
                                + o.dropFirst().flatMap { [$0, ""] })
        XCTAssertEqual(stories.count, 1)
        XCTAssertEqual(stories.first?.title, Self.headline)
        XCTAssertTrue(stories.first?.text.hasPrefix(lede) ?? false, "the teaser cut from the lede left the text")
    }

    /// Prose with a sentence break inside, under a page's top over furniture and a lede, stays a
    /// line of the text: only a dek's line of headline length is read as the headline.
    func testLongProseUnderPageTopStays() throws {
        let o = SplitStructureTests.orchestra
        let prose = "The orchestra said on Monday that it would cut prices for students. It expects younger listeners to fill the hall on weekday evenings, when half the seats now go unsold, and hopes to add more concerts in the spring."
        let dek = "Last week, the city orchestra appeared to accept a prospect that, for years, seemed too costly even to consider:"
        let stories = try split(Self.top + [prose, dek] + Self.furniture + [o[0], ""] + o.dropFirst().flatMap { [$0, ""] })
        XCTAssertNotEqual(stories.first?.title, prose, "a paragraph is no headline")
        XCTAssertTrue(stories.contains { $0.text.contains(prose) }, "the paragraph stays text")
    }
}
