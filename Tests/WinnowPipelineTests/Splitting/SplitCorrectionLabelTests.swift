import XCTest
@testable import WinnowPipeline

/// A correction under a story's last paragraph (`CORRECTION: This story has been corrected …`)
/// has a colon dateline's shape, but it is the story's own end, not the lede of another story,
/// even with a portal's footer and a rail of short lines under it (p1's cms_euro pages, where it
/// opened a story of the rail's items).
final class SplitCorrectionLabelTests: XCTestCase {
    static let correction = "CORRECTION: This story has been corrected to show that the authority met on Tuesday, not the day before."
    /// A portal's footer under the article: sharing bar, sign-up box, app prompt, a numbered rail
    /// whose numbers the scrape kept only on some items, a consent button; then the next page.
    static let chrome = ["Share", "Gift this article", "Share on Facebook", "Sign up for our Daily newsletter",
                         "Enter your email address", "Download the Harbour Times app", "Get the app", "Top stories",
                         "1. Council delays vote on the new ferry timetable",
                         "Ferry operator warns of winter cancellations on the island route",
                         "3 Lighthouse Restoration Wins Heritage Grant",
                         "Port workers agree two-year pay deal",
                         "5. Marina berth fees to rise next spring", "Accept all"]

    func stories(after last: String) throws -> [ExtractedStory] {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let text = (["Harbour Authority Approves Plan To Dredge The Northern Channel", ""]
                    + SplitStructureTests.harbour.flatMap { [$0, ""] } + [last] + Self.chrome
                    + ["City Orchestra Announces Three Sibelius Symphonies For Its Autumn Season",
                       "Written by Pierre Kowalski", "Posted November 26, 2014", "Share"]
                    + SplitStructureTests.orchestra).joined(separator: "\n")
        return splitter.split(classifier.classify(text))
    }

    func testCorrectionStaysWithItsStory() throws {
        let s = try stories(after: Self.correction)
        XCTAssertEqual(s.map(\.title), ["Harbour Authority Approves Plan To Dredge The Northern Channel",
                                        "City Orchestra Announces Three Sibelius Symphonies For Its Autumn Season"])
        XCTAssertTrue(s[0].text.contains(Self.correction))
    }

    /// Prose negative: a line that only mentions a correction is body text and stays where it is.
    func testProseAboutACorrectionStays() throws {
        let line = "The authority issued a correction to its earlier figures on Wednesday, saying the channel would be dredged to fourteen metres."
        let s = try stories(after: line)
        XCTAssertEqual(s.map(\.title), ["Harbour Authority Approves Plan To Dredge The Northern Channel",
                                        "City Orchestra Announces Three Sibelius Symphonies For Its Autumn Season"])
        XCTAssertTrue(s[0].text.contains(line))
    }
}
