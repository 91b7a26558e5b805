import XCTest
@testable import WinnowPipeline

/// A dateline lede under a page's header (a `Name | Outlet` byline and a share row) opens a story
/// even when it shares its beat with the story above (`BoundaryDatedPageHeader.swift`).
final class SplitDatedPageHeaderTests: XCTestCase {
    /// A second harbour story: cohesion with the first (0.17) is over `same_topic_above`.
    static func second(_ place: String = "near the northern channel") -> [String] {
        var s = SplitFullPageHeaderTests.second
        s[1] = s[1].replacingOccurrences(of: "night shifts since", with: "night shifts \(place) since")
        return s
    }
    static let header = ["Jane Doe | Harbour Times", "Share on Facebook", "Share on Twitter"]

    func split(_ block: [String], lede: String, second: [String] = second()) throws -> [ExtractedStory] {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let text = SplitStructureTests.harbour + [""] + block + [""] + [lede] + second.dropFirst()
        return splitter.split(classifier.classify(text.joined(separator: "\n")))
    }

    func testSameBeatDatelineLedeUnderAPageHeaderOpensAStory() throws {
        let lede = "Washington: " + Self.second()[0]
        let stories = try split(Self.header, lede: lede)
        XCTAssertEqual(stories.count, 2)
        guard stories.count == 2 else { return }
        XCTAssertTrue(stories[1].text.hasPrefix("Washington: Dock workers"))
    }

    /// The same paragraph without its dateline is a lede of no page: cohesion keeps it in.
    /// (Prose negative: the harbour story's own paragraph under a share row stays in it.)
    func testUndatedParagraphUnderTheSameHeaderStays() throws {
        let stories = try split(Self.header, lede: Self.second()[0])
        XCTAssertEqual(stories.count, 1)
    }

    /// A dateline paragraph under a share row alone (no page header: one kind of furniture) keeps
    /// the cohesion check: an article sets its share buttons between its own paragraphs.
    func testDatelineUnderAShareRowAloneKeepsTheCohesionCheck() throws {
        let stories = try split(["Share on Facebook", "Share on Twitter"], lede: "Washington: " + Self.second()[0])
        XCTAssertEqual(stories.count, 1)
    }

    /// Over `fullPageHeaderCohesionCeiling` (0.21 here) the lede continues the text above, as a
    /// live blog's entry does: cohesion vetoes it again.
    func testDatelineLedeContinuingTheTextAboveStays() throws {
        let second = Self.second("near the northern shipping channel where sediment is dredged")
        XCTAssertEqual(try split(Self.header, lede: "Washington: " + second[0], second: second).count, 1)
    }
}
