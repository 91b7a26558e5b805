import XCTest
@testable import WinnowPipeline

/// A story that opens with its picture's caption (carrying a dateline, printed twice) and then the
/// wire dateline lede: one story, not a caption story and a lede story (`BoundaryCaptionLede.swift`).
final class SplitCaptionLedeTests: XCTestCase {
    static let harbour = SplitStructureTests.harbour
    static let orchestra = SplitStructureTests.orchestra
    static let caption = "Trawlers moored at the quay near the northern channel in Lowestoft, England, on Tuesday, March 3, 2020. (AP Photo/Jane Roe)"
    static let lede = "LOWESTOFT, England (AP) — " + harbour[0]

    /// The dump's stories: the orchestra story signs off, then the harbour story opens with its
    /// caption (the first copy under a dateline) and its lede.
    static func text(copies: Int) -> String {
        let captions = ["CHICAGO, March 3 (Riverside) - " + caption] + Array(repeating: caption, count: copies - 1)
        return (orchestra + ["(Reporting by Ann Lee; Editing by Bob Roe)"] + captions + [lede] + harbour[1...]).joined(separator: "\n\n")
    }

    func testLedeUnderCreditedCaptionJoinsIt() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        for copies in [1, 2] {
            let lines = classifier.classify(Self.text(copies: copies))
            let fate = try XCTUnwrap(splitter.explain(lines).first { lines.lines[$0.line].content == Self.lede })
            XCTAssertTrue(fate.features.fired("caption_only_above", .negative), "\(copies): \(fate.features)")
            let stories = splitter.split(lines)
            XCTAssertEqual(stories.count, 2, "\(copies)")
            XCTAssertTrue(stories.last?.text.contains(Self.harbour[4]) ?? false)
            XCTAssertTrue(stories.last?.text.contains("Trawlers moored") ?? false)
        }
        // Off: the caption is a story of its own.
        let (c0, s0) = try CleaningFixtures.stages { $0.weights[.captionOnlyAbove] = 0 }
        XCTAssertEqual(s0.split(c0.classify(Self.text(copies: 2))).count, 3)
    }

    /// A paragraph of prose between (no credit closing it) is a story, not a caption.
    func testProseAboveKeepsTheLede() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let text = (Self.orchestra + ["(Reporting by Ann Lee; Editing by Bob Roe)", "CHICAGO, March 3 (Riverside) - " + Self.orchestra[1],
                                      Self.orchestra[2], Self.lede] + Self.harbour[1...]).joined(separator: "\n\n")
        let lines = classifier.classify(text)
        let fate = try XCTUnwrap(splitter.explain(lines).first { lines.lines[$0.line].content == Self.lede })
        XCTAssertFalse(fate.features.contains { $0.hasPrefix("caption_only_above=") }, "\(fate.features)")
    }

    /// A credited run past a caption's length (`captionLedeMaxWords`) is a short story's text over
    /// a picture credit: the dateline lede below it keeps its start.
    func testLongCreditedRunIsAStory() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let story = "CHICAGO, March 3 (Riverside) - " + Self.orchestra[0...3].joined(separator: " ") + " (AP Photo/Jane Roe)"
        let text = (Self.orchestra + ["(Reporting by Ann Lee; Editing by Bob Roe)", story, Self.lede] + Self.harbour[1...]).joined(separator: "\n\n")
        let lines = classifier.classify(text)
        let fate = try XCTUnwrap(splitter.explain(lines).first { lines.lines[$0.line].content == Self.lede })
        XCTAssertFalse(fate.features.contains { $0.hasPrefix("caption_only_above=") }, "\(fate.features)")
    }
}
