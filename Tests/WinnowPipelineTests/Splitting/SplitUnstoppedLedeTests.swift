import XCTest
@testable import WinnowPipeline

/// A lede paragraph that lost its final stop, under a page's furniture block (a contributor
/// trailer, a time stamp, a share row, a photo credit): prose all the same, it opens the next
/// story (`BoundaryScorer.isUnstoppedParagraph`, `furniture_block`).
final class SplitUnstoppedLedeTests: XCTestCase {
    static let lede = "The city orchestra announced its autumn season on Monday. It will play three symphonies by Sibelius and a new violin concerto commissioned from a young composer in Helsinki for the opening night of the season in late September"

    static func text(_ lede: String) -> String {
        let block = ["(Reporting by Jane Doe; Editing by John Roe)", "Published March 3, 2021 10:15am EST", "Share",
                     "Photo: John Smith/Getty Images"]
        return ([SplitFalseStartTests.h1] + SplitFalseStartTests.harbour + block + [lede]
                + SplitFalseStartTests.orchestra.dropFirst()).joined(separator: "\n\n")
    }

    func testUnstoppedLedeUnderFurnitureBlockStartsAStory() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(Self.text(Self.lede))
        let stories = splitter.split(lines)
        XCTAssertEqual(stories.count, 2)
        XCTAssertNil(stories.last?.title)
        XCTAssertTrue(stories.last?.text.hasPrefix(Self.lede) ?? false)
        let fate = try XCTUnwrap(splitter.explain(lines).first { lines.lines[$0.line].content == Self.lede })
        XCTAssertTrue(fate.features.fired("furniture_block", .positive), "\(fate.features)")
    }

    func testUnstoppedParagraphNeedsASentenceInside() throws {
        let scorer = try CleaningFixtures.scorer(SplitConfig())
        let (classifier, _) = try CleaningFixtures.stages()
        // One long sentence without its stop reads as a long headline, not a paragraph.
        let one = Self.lede.replacingOccurrences(of: "on Monday. It", with: "on Monday and")
        for (s, yes) in [(Self.lede, true), (one, false)] {
            let lines = classifier.classify(Self.text(s)).lines
            let at = try XCTUnwrap(lines.firstIndex { $0.content == s })
            XCTAssertEqual(scorer.isUnstoppedParagraph(at, in: lines, facts: scorer.facts(lines)), yes, s)
        }
    }
}
