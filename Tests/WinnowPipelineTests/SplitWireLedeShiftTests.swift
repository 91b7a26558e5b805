import XCTest
@testable import WinnowPipeline

/// In a dump whose stories start at headlines, a wire dateline lede glued under the last story
/// with no headline (`TOKYO (AFP) - …` on another topic) gets `wire_lede_shift` and holds its
/// start against `unlike_dump_ledes`; a wire paragraph on the story's own topic (`(VIENNA) — …`
/// quoted mid-story) does not, and stays in its story (`SplitHeadlineStyleTests`).
final class SplitWireLedeShiftTests: XCTestCase {
    func text(_ tail: [String]) -> String {
        (["Harbour Board Backs Dredging Plan"] + SplitStructureTests.harbour
            + ["City Library Opens a Reading Room for Its Archive"] + SplitLedeHeadlineTests.library
            + ["Orchestra Names a New Conductor for the Autumn Season"] + SplitStructureTests.orchestra
            + tail).joined(separator: "\n")
    }

    func testOffTopicWireLedeStartsAStory() throws {
        var rail = SplitFalseStartTests.rail
        rail[0] = "TOKYO (AFP) - " + rail[0]
        try CleaningFixtures.assertFeature(.wireLedeShift, fires: "wire_lede_shift=1.0", where: { $0.hasPrefix("TOKYO (AFP) - ") },
                                           in: text(rail), stories: 4, without: 3)
    }

    func testOnTopicWireParagraphStaysInItsStory() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        var o = SplitStructureTests.orchestra
        o[3] = "(VIENNA) — " + o[3]
        let t = (["Harbour Board Backs Dredging Plan"] + SplitStructureTests.harbour
            + ["City Library Opens a Reading Room for Its Archive"] + SplitLedeHeadlineTests.library
            + ["Orchestra Names a New Conductor for the Autumn Season"] + o).joined(separator: "\n")
        let lines = classifier.classify(t)
        XCTAssertEqual(splitter.split(lines).count, 3)
        XCTAssertFalse(splitter.explain(lines).contains { $0.features.contains("wire_lede_shift") })
    }
}
