import XCTest
@testable import WinnowPipeline

/// A headline's dek set over its header and repeated whole as the paragraph under it (`This
/// archived news story is available …` over the byline, then the full notice), then the dateline
/// lede: one kept paragraph between headline and lede, as a caption is (`captionBetween`), so the
/// lede stays in the headline's story instead of opening one of its own.
final class SplitRepeatedDekLedeTests: XCTestCase {
    static let headline = "Orchestra names a new conductor for its autumn season"
    static let dek = "This archived news story is available only for your personal, non-commercial use."
    static let notice = dek + " Information in the story may be outdated or superseded by additional information."

    func text() -> String {
        let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
        return (["Harbour Board Backs Dredging Plan"] + h + ["", "Up next", "", Self.headline, Self.dek, "", "By Jane Doe",
                 "March 3, 2024", "3 comments", "Share", "Print", "", Self.notice, "", "LONDON (AP) — " + o[0]] + o.dropFirst())
            .joined(separator: "\n")
    }

    /// The planner reads the lede as the headline's (`lede of the headline at line …`): the
    /// length prior no longer has to drop it.
    func testLedeUnderARepeatedDekIsTheHeadlinesLede() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(text())
        let lede = try XCTUnwrap(splitter.explain(lines).first { lines.lines[$0.line].content.hasPrefix("LONDON (AP)") })
        XCTAssertTrue(lede.features.contains { $0.hasPrefix("lede of the headline") }, "\(lede.features)")
        XCTAssertEqual(splitter.split(lines).map(\.title), ["Harbour Board Backs Dredging Plan", Self.headline])
    }

    func testOnlyAWholeRepeatJoinsTheDek() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let lines = classifier.classify(text()).lines
        let d = try XCTUnwrap(lines.firstIndex { $0.content == Self.dek })
        let n = try XCTUnwrap(lines.firstIndex { $0.content == Self.notice })
        XCTAssertTrue(BoundaryPlanner.opensWith(n, d, lines))
        XCTAssertFalse(BoundaryPlanner.opensWith(d, n, lines))
    }
}
