import XCTest
@testable import WinnowPipeline

/// A media page's chrome (news.yaml): a transcript's timestamp line in square brackets is stripped
/// (widget), as is a player's typed teaser for another clip (`Watch: <title> (video)`,
/// related_link); a clip's running time in parentheses stays for the reflow to join to its
/// caption, and a bare `( WATCH: …)` aside stays as body.
final class CleaningMediaChromeTests: XCTestCase {
    private func rules(_ lines: [String]) throws -> [String?] {
        let classifier = try LineClassifier(config: CleaningFixtures.configs().0, learned: nil)
        return classifier.classify(lines.joined(separator: "\n")).lines.map(\.strippedRule)
    }

    func testBracketedTimestampLinesAreStripped() throws {
        let prose = "The council voted on Tuesday to dredge the channel before the winter storms arrive."
        XCTAssertEqual(try rules(["[00:01:12]", prose, "", "[12:05]", prose]), ["widget", nil, nil, "widget", nil])
    }

    /// Negative: a running time in parentheses, and a bracketed time inside a sentence.
    func testRunningTimeAndTimeInProseStay() throws {
        XCTAssertEqual(try rules(["(4:29)", "The vote was held at [10:30] on Tuesday, officials said."]), [nil, nil])
    }

    func testTypedClipTeaserIsStripped() throws {
        XCTAssertEqual(try rules(["Watch: Court backs Michigan on affirmative action (video)",
                                  "Watch: Why the way we pick our running mates is terrible (podcast)"]),
                       ["related_link", "related_link"])
    }

    /// Negative: a watch label without the media type, and a headline about a video.
    func testUntypedWatchLineStays() throws {
        XCTAssertEqual(try rules(["( WATCH: The senator answers questions from reporters)",
                                  "Can You Trust The Press? (Video)"]), [nil, nil])
    }
}
