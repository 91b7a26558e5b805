import XCTest
@testable import WinnowPipeline

/// A wire story's dash-set credit line (`— With assistance by …`) right over the next story's short
/// headline scored as that story's headline, and the real headline under it was stripped as header
/// furniture (BoundarySignOffTitle.swift): the start moves down to the headline, the credit line
/// stays the last line of the story above.
final class SplitSignOffTitleTests: XCTestCase {
    static let credit = "— With assistance by Katherine Berg, Peter Martin, and Zhe Huang"

    static func text(headline: String) -> String {
        let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
        return (["Harbour Board Approves Dredging of Northern Channel"] + h + [credit, headline] + o).joined(separator: "\n")
    }

    func testSignOffIsNoTitle() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let stories = splitter.split(classifier.classify(Self.text(headline: "The Orchestra Is Back")))
        XCTAssertEqual(stories.count, 2)
        XCTAssertEqual(stories.last?.title, "The Orchestra Is Back")
        // The credit line stays with the story it closes; the prose under the headline stays too.
        XCTAssertTrue(stories[0].text.hasSuffix(Self.credit), stories[0].text)
        XCTAssertTrue(stories.last?.text.hasPrefix(SplitStructureTests.orchestra[0]) ?? false, stories.last?.text ?? "")
    }

    /// Negative: a credit line over a headline that starts its story on its own score is left as
    /// it was, the last line of the story above; the lede stays under its headline.
    func testCreditOverAStartedHeadlineStays() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let stories = splitter.split(classifier.classify(Self.text(headline: "Orchestra Unveils an Autumn Season of Sibelius")))
        XCTAssertEqual(stories.map(\.title), ["Harbour Board Approves Dredging of Northern Channel", "Orchestra Unveils an Autumn Season of Sibelius"])
        XCTAssertTrue(stories[0].text.hasSuffix(Self.credit), stories[0].text)
        XCTAssertTrue(stories.last?.text.hasPrefix(SplitStructureTests.orchestra[0]) ?? false)
    }
}
