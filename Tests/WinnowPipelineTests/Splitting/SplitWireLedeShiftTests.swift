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
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(text(rail))
        XCTAssertEqual(splitter.split(lines).count, 4)
        let fate = try XCTUnwrap(splitter.explain(lines).first { lines.lines[$0.line].content.hasPrefix("TOKYO (AFP) - ") })
        XCTAssertTrue(fate.features.fired("wire_lede_shift", .positive), "\(fate.features)")
        // Under one line of prose (a header's note) over stripped furniture, the lede is not asked.
        var noted = rail
        noted.insert(contentsOf: ["ADVERTISEMENT", "Editor's note: this report was first published by a partner agency overnight."], at: 0)
        let l2 = classifier.classify(text(noted))
        XCTAssertFalse(splitter.explain(l2).contains { $0.features.contains { $0.hasPrefix("wire_lede_shift=") } })
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
        XCTAssertFalse(splitter.explain(lines).contains { $0.features.contains { $0.hasPrefix("wire_lede_shift=") } })
    }
}
