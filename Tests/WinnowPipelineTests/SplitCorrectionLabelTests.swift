import XCTest
@testable import WinnowPipeline

/// A correction under a story's last paragraph (`CORRECTION: This story has been corrected …`)
/// has a colon dateline's shape, but it is the story's own end, not the lede of another story,
/// even with a portal's sharing bar and sign-up box under it (p1's cms_euro pages). A colon
/// dateline lede under a finished story still opens one.
final class SplitCorrectionLabelTests: XCTestCase {
    static let correction = "CORRECTION: This story has been corrected to show that the authority met on Tuesday, not the day before."
    static let chrome = ["Share", "Gift this article", "Share on Facebook", "Sign up for our Daily newsletter", "Enter your email address"]

    func stories(after last: String) throws -> [ExtractedStory] {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let text = (["Harbour Authority Approves Plan To Dredge The Northern Channel", ""]
                    + SplitStructureTests.harbour.flatMap { [$0, ""] } + [last] + Self.chrome + [""]
                    + ["City Orchestra Announces Three Sibelius Symphonies For Its Autumn Season", ""]
                    + SplitStructureTests.orchestra.flatMap { [$0, ""] }).joined(separator: "\n")
        return splitter.split(classifier.classify(text))
    }

    func testCorrectionStaysWithItsStory() throws {
        let s = try stories(after: Self.correction)
        XCTAssertEqual(s.map(\.title), ["Harbour Authority Approves Plan To Dredge The Northern Channel",
                                        "City Orchestra Announces Three Sibelius Symphonies For Its Autumn Season"])
        XCTAssertTrue(s[0].text.hasSuffix(Self.correction))
    }

    /// Prose negative: a line that only mentions a correction is body text and stays where it is.
    func testProseAboutACorrectionStays() throws {
        let line = "The authority issued a correction to its earlier figures on Wednesday, saying the channel would be dredged to fourteen metres."
        let s = try stories(after: line)
        XCTAssertEqual(s.count, 2)
        XCTAssertTrue(s[0].text.hasSuffix(line))
    }
}
