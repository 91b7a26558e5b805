import XCTest
@testable import WinnowPipeline

/// A headline-less lede that ends on `!` or `?` and runs longer than any headline in characters
/// (`max_chars`), though not in words (`max_words`: long words), is a paragraph: under a page's
/// header it opens the next story as a lede ending on a full stop does (`furniture_block`), and
/// it stays in the story's text rather than becoming its title.
final class SplitExclaimedLedeTests: XCTestCase {
    static let header = ["* * *", "374 Comments", "Posted 9/14/16"]
    /// 26 words, 214 characters: a headline's word count, no headline's length.
    static let lede = "When the city orchestra unveiled an extraordinarily ambitious autumn programme of Sibelius symphonies, newly commissioned concertos and dramatically cheaper student tickets, everybody finally agreed: a renaissance!"

    func text(_ parts: [String]) -> String { parts.joined(separator: "\n\n") }

    func testLongExclaimedLedeUnderPageHeaderOpensAStory() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        XCTAssertLessThanOrEqual(Self.lede.split(separator: " ").count, 30)
        let lines = classifier.classify(text(SplitStructureTests.harbour + Self.header + [Self.lede]
                                              + SplitStructureTests.orchestra.dropFirst()))
        XCTAssertTrue(splitter.explain(lines).contains { $0.features.fired("furniture_block", .positive) })
        let stories = splitter.split(lines)
        XCTAssertEqual(stories.count, 2)
        // Before, the lede was read as a headline: the story opened, but titled by its own lede,
        // which left its text.
        XCTAssertNil(stories.last?.title)
        XCTAssertTrue(stories.last?.text.hasPrefix(Self.lede) ?? false)
    }

    /// A headline-length exclamation under the same header is still that story's title.
    func testShortExclaimedHeadlineStaysTheTitle() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let stories = splitter.split(classifier.classify(text(SplitStructureTests.harbour + Self.header
                                                              + ["Orchestra Season Opens With Sibelius!"] + SplitStructureTests.orchestra)))
        XCTAssertEqual(stories.count, 2)
        XCTAssertEqual(stories.last?.title, "Orchestra Season Opens With Sibelius!")
    }

    /// Prose negative: a long exclaimed paragraph inside a story, under nothing but an ad marker,
    /// opens nothing.
    func testExclaimedParagraphInsideAStoryStaysInIt() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let h = SplitStructureTests.harbour
        let quote = "Sediment plumes, disappearing shellfish beds, unemployed trawlermen and ruined harbour mornings: that is what eighteen months of continuous dredging will bring to this whole community, the fishermen warned!"
        let stories = splitter.split(classifier.classify(text(Array(h[..<3]) + ["Advertisement", quote] + Array(h[3...]))))
        XCTAssertEqual(stories.count, 1)
        XCTAssertTrue(stories.first?.text.contains(quote) ?? false)
    }
}
