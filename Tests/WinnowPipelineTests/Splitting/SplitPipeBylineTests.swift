import XCTest
@testable import WinnowPipeline

/// A `Name | Outlet` byline stripped as a photo credit (`BoundaryPipeByline.swift`) is a page
/// edge when the page's stamp or share row is right below it; a headline's dek over such a
/// header keeps the header that headline's; a paragraph ending on a slash-joined name with a full
/// stop is no credit in a block.
final class SplitPipeBylineTests: XCTestCase {
    static let byline = "GRACE PETROVA | The Ridge Sentinel"
    static let stamp = "Published May 3, 2019 10:00 AM"

    func testPipeShape() {
        func pipe(_ s: String) -> Bool { SplitText.withBytes(s) { BoundaryScorer.hasOnePipeBetweenWords($0) } }
        XCTAssertTrue(pipe(Self.byline))
        XCTAssertTrue(pipe("Jane Doe|Reuters"))
        XCTAssertFalse(pipe("Jane Doe/AP | Getty"))
        XCTAssertFalse(pipe("12:30 | 5 May"))
        XCTAssertFalse(pipe("News | World | Europe"))
        XCTAssertFalse(pipe("| Reuters"))
    }

    func testPipeBylineOverAStampIsAPageEdge() throws {
        let kinds = try ledeKinds([Self.byline, Self.stamp])
        XCTAssertNotEqual(kinds & BoundaryScorer.FurnitureKind.byline.rawValue, 0)
        XCTAssertTrue(BoundaryScorer.isPageHeader(kinds))
    }

    /// Under a stamp and a share row, right over the lede, the same shape is a photo's credit.
    func testPipeCreditOverTheLedeStaysACredit() throws {
        let kinds = try ledeKinds([Self.stamp, "Share this article", "Jane Doe | Reuters"])
        XCTAssertEqual(kinds & BoundaryScorer.FurnitureKind.byline.rawValue, 0)
        XCTAssertNotEqual(kinds & BoundaryScorer.FurnitureKind.credit.rawValue, 0)
    }

    /// A headline and its dek over the byline and stamp: the header is that headline's, no
    /// block above the lede.
    func testDekOverPipeBylineIsNoStoryEnd() throws {
        let headline = "Council Approves the New Harbour Budget After a Long Night"
        let dek = "The vote ends a year of argument over who pays for the new quay."
        XCTAssertEqual(try ledeKinds([headline, dek, Self.byline, Self.stamp]), 0)
    }

    /// A paragraph ending `… University of Texas/Texas Tribune Poll.` ends the walk as a paragraph.
    func testParagraphEndingOnSlashNameIsNoCredit() throws {
        let para = "Most registered voters back the new harbour budget, according to the latest University of Texas/Texas Tribune Poll."
        let kinds = try ledeKinds([para, Self.stamp, "Share this article"])
        XCTAssertNotEqual(kinds, 0)
        XCTAssertEqual(kinds & BoundaryScorer.FurnitureKind.credit.rawValue, 0)
    }

    /// Alone between a paragraph that ended and a prose lede, the byline is a page edge too: across
    /// a topic shift the lede opens a story (`lone_page_edge`), not `edge_topic_shift`: a photo's
    /// credit has the byline's shape.
    func testLonePipeBylineOverALedeIsAPageEdge() throws {
        let kinds = try ledeKinds([Self.byline])
        XCTAssertEqual(kinds, BoundaryScorer.FurnitureKind.byline.rawValue)
        let text = (SplitStructureTests.harbour + [Self.byline] + SplitStructureTests.orchestra).joined(separator: "\n\n")
        try CleaningFixtures.assertFeature(.lonePageEdge, fires: .positive, where: { $0.hasPrefix("The city orchestra") },
                                            in: text, stories: 2, without: 1)
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(text)
        let fate = try XCTUnwrap(splitter.explain(lines).first { lines.lines[$0.line].content.hasPrefix("The city orchestra") })
        XCTAssertFalse(fate.features.fired(SplitFeature.edgeTopicShift.rawValue, .positive), "\(fate.features)")
    }

    /// The same line between two paragraphs of one story is an inline photo's credit: no start.
    /// Over a caption or a headline-length line it is no lone byline either.
    func testPipeCreditInsideAStoryIsNoStart() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let h = SplitStructureTests.harbour
        let text = (Array(h[0...2]) + ["JANE DOE | EPA"] + Array(h[3...])).joined(separator: "\n\n")
        XCTAssertEqual(splitter.split(classifier.classify(text)).count, 1)
        XCTAssertEqual(try ledeKinds([Self.byline], lede: "Orchestra season opens with Sibelius"), 0)
    }
}
