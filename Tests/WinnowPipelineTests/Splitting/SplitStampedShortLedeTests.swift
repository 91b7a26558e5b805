import XCTest
@testable import WinnowPipeline

/// A headline-less page opening on a short sentence under its date stamp and a photo credit
/// (`BoundaryStampedShortLede.swift`); a stamp alone over the same line is no page header.
final class SplitStampedShortLedeTests: XCTestCase {
    static let lede = "You have five free articles left today, enjoy reading."

    func glued(_ block: [String]) -> String {
        let h = SplitStructureTests.harbour
        let longEnd = h[3] + " " + h[4]  // the story above ends on a paragraph longer than a headline
        return (Array(h[0...2]) + [longEnd, ""] + block + ["", Self.lede, ""] + SplitStructureTests.orchestra).joined(separator: "\n")
    }

    func testShortSentenceUnderAStampAndACreditOpensTheStory() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let text = glued(["2019-08-22T04:22:00Z", "(Photo by Jane Doe/Getty Images)"])
        let lines = classifier.classify(text)
        let stories = splitter.split(lines)
        XCTAssertEqual(stories.count, 2)
        XCTAssertNil(stories.last?.title)
        XCTAssertTrue(stories.last?.text.hasPrefix(Self.lede) ?? false)
        XCTAssertTrue(splitter.explain(lines).contains {
            $0.kind == .boundary && lines.lines[$0.line].content.hasPrefix("You have five")
                && $0.features.contains { $0.hasPrefix("furniture_block=") }
        })
    }

    func testShortSentenceUnderAStampAloneIsNoLede() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(glued(["2019-08-22T04:22:00Z"]))
        XCTAssertFalse(splitter.explain(lines).contains {
            $0.kind == .boundary && lines.lines[$0.line].content.hasPrefix("You have five")
                && $0.features.contains { $0.hasPrefix("furniture_block=") }
        })
    }
}
