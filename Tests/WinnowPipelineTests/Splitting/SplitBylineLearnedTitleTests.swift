import XCTest
@testable import WinnowPipeline

/// A story whose start is planned on its kept byline (`By Jane Doe, Staff Writer`), under a
/// headline the learned pass stripped (the same story ran in several dumps): that headline titles
/// the story (`BoundaryHeaderLift.swift`). A learned line that closes a block of learned lines (a
/// widget box the corpus repeats) titles nothing.
final class SplitBylineLearnedTitleTests: XCTestCase {
    static let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
    static let headline = "Will Cheap Seats Fill the Concert Hall?"

    /// The harbour story and its copyright line, then the orchestra page: `above` (the headline,
    /// or lines over it), its byline, widgets and lede.
    static func text(above: [String]) -> String {
        ([h[0], "", h[1], "", h[2], "", h[3], "", h[4], "", "© 2019 The Ridge Bulletin. All rights reserved.", ""]
            + above.flatMap { [$0, ""] }
            + ["By Ibrahim Okafor, National Security Editor", "", "Listen to this article · 4 min", "", "379 Comments", "",
               "Share this article", "", o[0], "", o[1], "", o[2], "", o[3], "", o[4]]).joined(separator: "\n")
    }

    /// `text(above:)` classified, with the lines in `learned` stripped as learned boilerplate.
    func split(above: [String], learned: Set<String>) throws -> [ExtractedStory] {
        let (classifier, splitter) = try CleaningFixtures.stages()
        var lines = classifier.classify(Self.text(above: above)).lines
        for k in lines.indices where learned.contains(String(lines[k].text)) { lines[k].kind = .stripped(rule: "learned", role: nil) }
        return splitter.split(ClassifiedText(lines: lines))
    }

    func testLearnedHeadlineOverTheBylineTitlesTheStory() throws {
        let stories = try split(above: [Self.headline], learned: [Self.headline])
        XCTAssertEqual(stories.count, 2)
        XCTAssertEqual(stories.last?.title, Self.headline)
        XCTAssertTrue(stories.last?.text.hasPrefix(Self.o[0]) ?? false)
        // The story above keeps its prose, without the headline.
        XCTAssertTrue(stories.first?.text.contains(Self.h[4]) ?? false)
        XCTAssertFalse(stories.first?.text.contains(Self.headline) ?? true)
    }

    func testLearnedBlockOverTheBylineTitlesNothing() throws {
        let box = ["Recommended for You Today", "Stories From Across the Network"]
        let stories = try split(above: box, learned: Set(box))
        XCTAssertEqual(stories.count, 2)
        XCTAssertNil(stories.last?.title)
        XCTAssertTrue(stories.last?.text.contains(Self.o[4]) ?? false)
    }
}
