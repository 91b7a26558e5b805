import XCTest
@testable import WinnowPipeline

/// A portal page prints the lede's opening cut short as a teaser over its byline, time stamps,
/// widgets and photo, then the whole lede (`BoundaryTeaserLede.swift`): one story, titled by the
/// headline over the teaser, with the teaser out of the text.
final class SplitTeaserLedeTests: XCTestCase {
    static let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
    static let headline = "City orchestra cuts student tickets to five pounds"
    static let lede = "LONDON (Reuters) - The city orchestra will cut ticket prices for U.S. and British students to five pounds from March, its board said on Tuesday, in a bid to fill the hall."
    /// The lede cut at its first full stop, as the page's teaser prints it.
    static let teaser = "LONDON (Reuters) - The city orchestra will cut ticket prices for U.S."

    /// The harbour story, then the orchestra page: title tag, headline again, `top` (the teaser),
    /// byline, time stamp, widgets, a photo's caption and credit, `lede` and the rest.
    static func text(top: String, lede: String) -> String {
        (h.flatMap { [$0, ""] } + ["© 2019 The Ridge Bulletin. All rights reserved.", "", "Evening Herald", "Skip to main content", "",
          headline + " :: Evening Herald", headline, top, "", "BY CHLOÉ BRENNAN", "Posted February 14, 2019",
          "Reading time: 3 minutes", "Share on Twitter", "Save", "", "The concert hall, pictured in a file photo.",
          "DIEGO PATEL/Reuters", "", lede, ""] + o.flatMap { [$0, ""] }).joined(separator: "\n")
    }

    func split(_ text: String) throws -> [ExtractedStory] {
        let (classifier, splitter) = try CleaningFixtures.stages()
        return splitter.split(classifier.classify(text))
    }

    func testTeaserOverItsLedeIsOneStory() throws {
        let stories = try split(Self.text(top: Self.teaser, lede: Self.lede))
        XCTAssertEqual(stories.count, 2)
        XCTAssertEqual(stories.last?.title, Self.headline)
        XCTAssertTrue(stories.last?.text.contains(Self.lede) ?? false)
        XCTAssertTrue(stories.last?.text.contains(Self.o[4]) ?? false)
        XCTAssertFalse(stories.contains { $0.text.split(separator: "\n").contains { $0 == Self.teaser } }, "the teaser leaves the text")
        XCTAssertTrue(stories.first?.text.contains(Self.h[4]) ?? false)
    }

    /// A page that teases with the whole first paragraph prints it twice: one story. (The copy
    /// over the header stays: a whole paragraph printed twice may be a dek the page keeps.)
    func testWholeLedeAsTeaserIsOneStory() throws {
        let stories = try split(Self.text(top: Self.lede, lede: Self.lede))
        XCTAssertEqual(stories.count, 2)
        XCTAssertEqual(stories.last?.title, Self.headline)
        XCTAssertTrue(stories.last?.text.contains(Self.lede) ?? false)
        XCTAssertTrue(stories.last?.text.contains(Self.o[4]) ?? false)
    }

    /// A line over the header that the lede below does not open with is no teaser: it stays text.
    func testLineTheLedeDoesNotRepeatStays() throws {
        let other = "LONDON (Reuters) - Musicians at the city orchestra voted on Monday to accept a new pay deal."
        let stories = try split(Self.text(top: other, lede: Self.lede))
        XCTAssertTrue(stories.contains { $0.text.contains(other) })
        XCTAssertTrue(stories.contains { $0.text.contains(Self.lede) })
    }
}
