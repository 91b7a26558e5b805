import XCTest
@testable import WinnowPipeline

/// A record's own subhead however far its topic strays (`BoundaryRecordSubhead.swift`): in a file
/// whose records open with a page's head, a bare headline set straight between two kept
/// paragraphs of a record opened by such a head is the article's section head, not a glued page
/// (`record_glued_cohesion` does not keep it). A glued page's headline with head furniture of its
/// own at it is left to the glued-record reading, and so is a single record (no file style to read).
final class SplitRecordSubheadTests: XCTestCase {
    static let headline = "Harbour authority approves dredging of northern shipping channel"
    /// In Title Case, as a columnist's section heads are set: it passes on its shape alone.
    static let subhead = "City Orchestra Names a New Conductor for Its Autumn Season"
    static let headerFile = SplitFileStyleTests.headerFile

    func text(_ underSubhead: [String] = []) -> String {
        ([Self.headline] + SplitRecordStyleTests.header + SplitStructureTests.harbour + [Self.subhead] + underSubhead
            + SplitStructureTests.orchestra).joined(separator: "\n\n")
    }

    func testBareSubheadInAHeadedFilesRecordStaysInTheArticle() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(text())
        let stories = splitter.split(lines, record: true, fileStyle: Self.headerFile)
        XCTAssertEqual(stories.map(\.title), [Self.headline])
        // The subhead is a body line of the article: kept in its text.
        XCTAssertTrue(try XCTUnwrap(stories.first).text.contains(Self.subhead))
        // Alone (no file style), the record reads as glued pages, as before.
        XCTAssertEqual(splitter.split(lines, record: true).count, 2)
    }

    func testHeadFurnitureAtTheHeadlineIsNoBareSubhead() throws {
        // A contributor line under the headline (stripped): a glued page's own head, which the
        // glued-record reading still weighs (w312/040: `Written by …` over the headline's repeat).
        let (classifier, _) = try CleaningFixtures.stages()
        let lines = classifier.classify(text(["Written by Jane Doe"])).lines
        let i = try XCTUnwrap(lines.firstIndex { $0.content == Self.subhead })
        XCTAssertFalse(BoundaryPlanner.setBetweenParagraphs(i, lines))
    }

    func testSetBetweenParagraphsReadsTheNearestLines() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let lines = classifier.classify(text()).lines
        let i = try XCTUnwrap(lines.firstIndex { $0.content == Self.subhead })
        XCTAssertTrue(BoundaryPlanner.setBetweenParagraphs(i, lines))
        XCTAssertFalse(BoundaryPlanner.setBetweenParagraphs(0, lines), "the record's top has nothing above it")
    }
}
