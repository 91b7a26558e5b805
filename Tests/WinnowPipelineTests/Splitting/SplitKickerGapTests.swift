import XCTest
@testable import WinnowPipeline

/// A section label over a headline with a piece's own label stripped between them (`ESPORTES` /
/// `Opinião` / headline / byline): the headline takes the title back from the section label, as
/// it does with only blank lines between (`StorySplitter+KickerGap.swift`).
final class SplitKickerGapTests: XCTestCase {
    static let headline = "Harbour dredging plan splits the city's fishing families"

    func text(_ between: [String]) -> String {
        (["ESPORTES", ""] + between + [Self.headline, "", "By Jane Doe", "March 3, 2024", ""] + SplitStructureTests.harbour)
            .joined(separator: "\n")
    }

    func testHeadlineUnderALabelAndAStrippedLabelTakesTheTitle() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(text(["Opinião"]))
        let k = try XCTUnwrap(lines.lines.firstIndex { $0.content == "Opinião" })
        guard case .stripped(_, .widget?) = lines.lines[k].kind else { return XCTFail("the piece's label is a widget") }
        let stories = splitter.split(lines)
        XCTAssertEqual(stories.map(\.title), [Self.headline])
        XCTAssertEqual(stories.first?.metadata["kicker"], .string("ESPORTES"))
        XCTAssertFalse(stories.first?.text.contains(Self.headline) ?? true, "the headline is not in the body")
    }

    func testOnlyShortWidgetsMayPartTheLabel() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let lines = classifier.classify(text(["Opinião"])).lines
        let i = try XCTUnwrap(lines.firstIndex { $0.content == Self.headline })
        XCTAssertTrue(StorySplitter.onlyLabelsBetween(0, i, in: lines))
        let stamped = classifier.classify(text(["March 2, 2024"])).lines
        let j = try XCTUnwrap(stamped.firstIndex { $0.content == Self.headline })
        XCTAssertFalse(StorySplitter.onlyLabelsBetween(0, j, in: stamped), "a time stamp between is the header")
    }
}
