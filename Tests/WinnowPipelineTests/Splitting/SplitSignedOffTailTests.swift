import XCTest
@testable import WinnowPipeline

/// A story's short last line closed by its sign-off, over the next page's byline
/// (`BoundarySignedOffTail.swift`): the furniture block walk reads the line as the story's tail, so
/// the prose under the block opens the next story; without a byline below the sign-off (a time
/// stamp alone) the walk stops at the line as before.
final class SplitSignedOffTailTests: XCTestCase {
    static let harbour = SplitStructureTests.harbour
    static let orchestra = SplitStructureTests.orchestra

    func text(_ block: [String]) -> String {
        (Self.harbour + ["", "Images: BBC", "", "Source: example.com", ""] + block + [""] + Self.orchestra).joined(separator: "\n")
    }

    func testTailOverSignOffAndBylineEndsTheStory() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(text(["JANE DOE | The Example Tribune", "2019-06-01T03:58:00Z"]))
        let stories = splitter.split(lines)
        XCTAssertEqual(stories.count, 2)
        XCTAssertTrue(stories.first?.text.contains("Images: BBC") ?? false)
        XCTAssertTrue(stories.last?.text.hasPrefix(Self.orchestra[0]) ?? false)
        XCTAssertTrue(splitter.explain(lines).contains {
            $0.kind == .boundary && $0.features.contains { $0.hasPrefix("furniture_block=") } && $0.features.contains { $0.hasPrefix("page_header=") }
        })
    }

    /// A time stamp alone under the sign-off (an embedded video's blurb signs off inside an
    /// article, over a stamp) is no next page's header: the short line stops the walk.
    func testTailOverSignOffAndStampAloneIsNoBlock() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(text(["2019-06-01T03:58:00Z"]))
        XCTAssertFalse(splitter.explain(lines).contains { $0.kind == .boundary && $0.features.contains { $0.hasPrefix("furniture_block=") } })
    }

    /// A sign-off with its date right below it is a headline's `Written by` byline (its headline
    /// missed as such): no tail, even with a pipe byline further down.
    func testSignOffOverItsOwnStampIsNoTail() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify((Self.harbour + ["", "Images: BBC", "", "Source: example.com", "2019-06-01T03:58:00Z", "",
                                                         "JANE DOE | The Example Tribune", ""] + Self.orchestra).joined(separator: "\n"))
        XCTAssertFalse(splitter.explain(lines).contains { $0.kind == .boundary && $0.features.contains { $0.hasPrefix("furniture_block=") } })
    }
    /// A site's source (`Source: example.com`) under a line that stops open, over a full page
    /// header (a contributor line, a stamp, a share row; no byline): the line is the story's tail
    /// however long, and the prose under the header opens the next story.
    func testOpenLineOverSiteSourceAndFullHeaderEndsTheStory() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let tail = "Visit harbourconversations.org or search for the project on Facebook"
        let lines = classifier.classify((Self.harbour + ["", tail, "", "Source: example.com", "",
                                                         "Reporting by Jane Doe", "2019-06-01T03:58:00Z", "Share", ""] + Self.orchestra).joined(separator: "\n"))
        let stories = splitter.split(lines)
        XCTAssertEqual(stories.count, 2)
        XCTAssertTrue(stories.first?.text.contains(tail) ?? false)
        XCTAssertTrue(stories.last?.text.hasPrefix(Self.orchestra[0]) ?? false)
    }

    /// An outlet's name as the source (`Source: Reuters`) is no site's address: the walk stops at
    /// the open line as before.
    func testOpenLineOverOutletSourceIsNoTail() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify((Self.harbour + ["", "Visit the harbour project on Facebook and Twitter", "", "Source: Harbour Gazette", "",
                                                         "Reporting by Jane Doe", "2019-06-01T03:58:00Z", "Share", ""] + Self.orchestra).joined(separator: "\n"))
        XCTAssertFalse(splitter.explain(lines).contains { $0.kind == .boundary && $0.features.contains { $0.hasPrefix("furniture_block=") } })
    }
}
