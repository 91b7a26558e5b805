import XCTest
@testable import WinnowPipeline

/// A short headline over its byline is its story's title, not the learned site name at the page's
/// top above it (`BoundaryOwnHeadline.swift`); a label in capitals there still takes a learned
/// headline over it.
final class SplitOwnHeadlineTests: XCTestCase {
    static let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
    static let site = "The National Courier"
    static let menu = ["News", "Business", "Politics", "Health"]

    /// The harbour story and its copyright line, then a portal page: the site's name, its sign-in
    /// and subscribe buttons, menu and breadcrumb, `headline`, byline, time stamps and the lede.
    /// Without `breadcrumb` the header runs up to the menu: a breadcrumb is the page's top itself
    /// (`BoundaryBreadcrumb.swift`), and the header lift stops there.
    static func text(headline: String, breadcrumb: Bool = true) -> String {
        ([h[0], "", h[1], "", h[2], "", h[3], "", h[4], "", "© 2019 The Ridge Bulletin. All rights reserved.", "",
          site, "Sign in", "Subscribe"] + menu + (breadcrumb ? ["Home > World > Podcasts"] : []) + [headline,
          "David Dubois, Staff Writer", "Published September 9, 2014", "Reading time: 4 minutes", "9 comments",
          o[0], o[1], o[2], o[3], o[4]]).joined(separator: "\n")
    }

    /// `text(headline:)` classified, with the site's name and the menu stripped as learned (every
    /// page of the site prints them).
    func split(headline: String, breadcrumb: Bool = true) throws -> [ExtractedStory] {
        let (classifier, splitter) = try CleaningFixtures.stages()
        var lines = classifier.classify(Self.text(headline: headline, breadcrumb: breadcrumb)).lines
        let learned = Set([Self.site] + Self.menu)
        for k in lines.indices where learned.contains(String(lines[k].text)) { lines[k].kind = .stripped(rule: "learned", role: nil) }
        return splitter.split(ClassifiedText(lines: lines))
    }

    func testShortHeadlineUnderTheLearnedSiteNameIsTheTitle() throws {
        let headline = "Larger iPhones and smartwatch unveiled"
        let stories = try split(headline: headline)
        XCTAssertEqual(stories.count, 2)
        XCTAssertEqual(stories.last?.title, headline)
        XCTAssertFalse(stories.contains { $0.title == Self.site })
        // The lede and the rest of the text stay; the headline leaves it.
        XCTAssertTrue(stories.last?.text.hasPrefix(Self.o[0]) ?? false)
        XCTAssertTrue(stories.last?.text.contains(Self.o[4]) ?? false)
        XCTAssertFalse(stories.last?.text.contains(headline) ?? true)
    }

    /// A label set in capitals is no headline of its own (`SCROLL TO BOTTOM FOR UPDATES`).
    func testCapitalsLabelIsNotItsOwnHeadline() throws {
        let label = "SCROLL TO BOTTOM FOR UPDATES"
        let stories = try split(headline: label, breadcrumb: false)
        XCTAssertNotEqual(stories.last?.title, label)
        XCTAssertTrue(stories.last?.text.contains(Self.o[0]) ?? false)
    }
}
