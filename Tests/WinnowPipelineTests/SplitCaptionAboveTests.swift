import XCTest
import Yams
@testable import WinnowPipeline

/// A lead photo's caption above its story's headline (`BoundaryCaptionAbove.swift`): the caption
/// shares the new story's words, so cohesion at the headline is high; measured above the caption
/// (`caption_cohesion`) the boundary shows.
final class SplitCaptionAboveTests: XCTestCase {
    static let caption = "The new conductor rehearses the violin concerto with the string players and the soloist from Brussels in the concert hall. (Jane Doe)"
    static let headline = "City orchestra announces an autumn season of Sibelius symphonies"

    func text(caption: String = SplitCaptionAboveTests.caption) -> String {
        let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
        return (["Harbour authority approves dredging of northern shipping channel"] + h + [caption, Self.headline] + o)
            .joined(separator: "\n")
    }

    func stages(_ on: Bool) throws -> (LineClassifier, StorySplitter) {
        try CleaningFixtures.stages { $0.captionCohesion = on }
    }

    func testHeadlineUnderALeadPhotoCaptionStartsAStory() throws {
        let (classifier, splitter) = try stages(true)
        let lines = classifier.classify(text())
        XCTAssertTrue(lines.lines.contains { $0.kind == .body && $0.content == Self.caption }, "the caption is kept as body")
        let stories = splitter.split(lines)
        XCTAssertEqual(stories.map(\.title), ["Harbour authority approves dredging of northern shipping channel", Self.headline])
        // The caption stays with the story above (where it sits); the orchestra story starts at its headline.
        XCTAssertTrue(stories.last?.text.hasPrefix(SplitStructureTests.orchestra[0]) ?? false)
        let fate = try XCTUnwrap(splitter.explain(lines).first { $0.kind == .title && $0.score != nil && $0.features.contains { $0.hasPrefix("caption_above") } })
        XCTAssertGreaterThanOrEqual(fate.score ?? 0, 4.5)
        // Off: the caption's words hold the headline inside the harbour story.
        let (c0, s0) = try stages(false)
        XCTAssertEqual(s0.split(c0.classify(text())).count, 1)
    }

    /// A line above the headline without a credit is prose of the story before: nothing changes.
    func testCaptionWithoutACreditIsNotSkipped() throws {
        let (classifier, splitter) = try stages(true)
        let t = text(caption: "The new conductor rehearses the violin concerto with the string players and the soloist from Brussels in the concert hall.")
        XCTAssertFalse(splitter.explain(classifier.classify(t)).contains { $0.features.contains { $0.hasPrefix("caption_above") } })
    }

    func testCaptionCohesionKey() throws {
        XCTAssertTrue(try YAMLDecoder().decode(SplitConfig.self, from: "caption_cohesion: true").captionCohesion)
        XCTAssertFalse(try YAMLDecoder().decode(SplitConfig.self, from: "threshold: 4.5").captionCohesion)
    }
}
