import XCTest
@testable import WinnowPipeline

/// In a dump whose stories start at headlines, a dateline-shaped paragraph in the middle of a
/// story (no headline above, no trailer before) gets `unlike_dump_ledes` and stays in its story;
/// a dateline lede a couple of short lines under a headline keeps its weight.
final class SplitHeadlineStyleTests: XCTestCase {
    static let library = SplitLedeHeadlineTests.library

    func text(_ orchestra: [String]) -> String {
        (["Harbour Board Backs Dredging Plan"] + SplitStructureTests.harbour
            + ["City Library Opens a Reading Room for Its Archive"] + Self.library
            + ["Orchestra Names a New Conductor for the Autumn Season"] + orchestra).joined(separator: "\n")
    }

    /// A wire-style dateline on the orchestra story's fourth paragraph.
    var midStory: [String] {
        var o = SplitStructureTests.orchestra
        o[3] = "(VIENNA) — " + o[3]
        return o
    }

    /// With a weight given, `note_story_lines` is off: the dateline paragraph here has one
    /// paragraph below it, which that check alone would keep in its story (`SplitNoteStoryTests`).
    func stages(_ weight: Double?) throws -> (LineClassifier, StorySplitter) {
        try CleaningFixtures.stages {
            if let w = weight { $0.weights[.unlikeDumpLedes] = w; $0.noteStoryLines = 0 }
        }
    }

    func testMidStoryDatelineStaysInItsStory() throws {
        let (classifier, splitter) = try stages(nil)
        let stories = splitter.split(classifier.classify(text(midStory)))
        XCTAssertEqual(stories.map(\.title), ["Harbour Board Backs Dredging Plan", "City Library Opens a Reading Room for Its Archive",
                                              "Orchestra Names a New Conductor for the Autumn Season"])
        let fates = splitter.explain(classifier.classify(text(midStory)))
        XCTAssertTrue(fates.contains { $0.features.fired("unlike_dump_ledes", .negative) })
        // Without the weight the paragraph starts an untitled story of its own.
        let (c0, s0) = try stages(0)
        XCTAssertEqual(s0.split(c0.classify(text(midStory))).count, 4)
    }

    /// Page furniture right above the dateline lede (a widget line): a header block whose headline
    /// was missed, so the lede keeps its weight and still starts a story.
    func testDatelineUnderAHeaderBlockStaysAStart() throws {
        var o = midStory
        o.insert("ADVERTISEMENT", at: 3)
        let (classifier, splitter) = try stages(nil)
        let stories = splitter.split(classifier.classify(text(o)))
        XCTAssertEqual(stories.count, 4)
        XCTAssertTrue(stories.last?.text.hasPrefix("(VIENNA) — ") ?? false)
    }

    /// A teaser bullet between the header block's furniture and the lede is part of the header
    /// block (the splitter strips it there as a teaser): the lede under it keeps its weight.
    func testDatelineUnderAHeaderBlockWithATeaserBulletStaysAStart() throws {
        var o = midStory
        o.insert(contentsOf: ["ADVERTISEMENT", "- The conductor offered a robust defence of the new programme"], at: 3)
        let (classifier, splitter) = try stages(nil)
        let stories = splitter.split(classifier.classify(text(o)))
        XCTAssertEqual(stories.count, 4)
        XCTAssertTrue(stories.last?.text.hasPrefix("(VIENNA) — ") ?? false)
    }

    /// The dump-style check does not fire in a dump of dateline ledes (fewer than 3 headlines).
    func testNotInADumpWithFewHeadlines() throws {
        let (classifier, splitter) = try stages(nil)
        let t = (["Harbour Board Backs Dredging Plan"] + SplitStructureTests.harbour + midStory).joined(separator: "\n")
        let fates = splitter.explain(classifier.classify(t))
        XCTAssertFalse(fates.contains { $0.features.contains { $0.hasPrefix("unlike_dump_ledes=") } })
    }
}
