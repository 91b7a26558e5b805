import XCTest
@testable import WinnowPipeline

/// A summary box (a label over bullets, each a sentence the story repeats below) leaves the
/// story's text; a bulleted list whose items the story does not repeat stays.
final class SplitKeyPointsTests: XCTestCase {
    let h = SplitStructureTests.harbour

    func split(_ lines: [String]) throws -> [ExtractedStory] {
        let (classifier, splitter) = try CleaningFixtures.stages()
        return splitter.split(classifier.classify(lines.joined(separator: "\n")))
    }

    func testSummaryBoxLeavesTheText() throws {
        for bullet in ["•", "-", "▪"] {
            let box = ["What to know", "\(bullet) \(h[2])", "\(bullet) \(h[1])"]
            let stories = try split(["Harbour authority approves dredging of the northern channel", ""] + box + [""] + h)
            XCTAssertEqual(stories.count, 1, bullet)
            XCTAssertEqual(stories[0].title, "Harbour authority approves dredging of the northern channel")
            XCTAssertTrue(stories[0].text.hasPrefix(h[0]), "the text opens with the lede, not the box (\(bullet))")
            XCTAssertFalse(stories[0].text.contains("What to know"), "the box's label goes with it (\(bullet))")
            XCTAssertEqual(stories[0].text.components(separatedBy: h[2]).count, 2, "the sentence stands once (\(bullet))")
        }
    }

    func testBulletedListInTheBodyStays() throws {
        let list = ["• Deeper berths for the largest container vessels in the region",
                    "• A monitoring station for sediment plumes at the harbour mouth"]
        let stories = try split(["Harbour authority approves dredging of the northern channel", ""] + h[0...1] + list + h[2...])
        XCTAssertEqual(stories.count, 1)
        for item in list { XCTAssertTrue(stories[0].text.contains(item), item) }
    }

    func testAfterMarker() {
        let cases = ["• Some text here": "Some text here", "-  spaced ": "spaced", "▪": ""]
        for (line, want) in cases {
            let got = SplitText.withBytes(line) { String(decoding: StoryFurniture.afterMarker($0), as: UTF8.self) }
            XCTAssertEqual(got, want, line)
        }
    }
}
