import XCTest
@testable import WinnowPipeline

/// `caption_only_above` under a headline (`BoundaryCaptionLede.swift`): the headline set again
/// under its header block and a caption printed twice (the image's alt text, then the visible
/// caption) add no paragraph and no second caption, so the wire dateline lede below still joins
/// the headline's story; a paragraph of prose in their place keeps the lede a start.
final class SplitCaptionLedeRepeatTests: XCTestCase {
    static let harbour = SplitStructureTests.harbour
    static let orchestra = SplitStructureTests.orchestra
    static let headline = "Harbour authority approves plan to dredge the northern shipping channel"
    static let dek = "Container vessels with deeper hulls will soon dock at the terminal."
    static let caption = "FILE - Trawlers moored at the quay near the northern channel in Lowestoft, England, on Tuesday, March 3, 2020."
    static let lede = "LOWESTOFT, England (AP) — " + harbour[0]

    /// The orchestra story, then the harbour page: headline, dek, credit, share row, `between`,
    /// the caption twice (each closed by its credit line) and the lede.
    static func text(between: String) -> String {
        (orchestra + [headline, dek, "Photo: Jane Doe/Reuters", "Share this article", between,
                      caption, "(Jane Roe/Lowestoft Mercury via AP)", caption, "(Jane Roe/Lowestoft Mercury via AP)", lede]
            + harbour[1...]).joined(separator: "\n\n")
    }

    func testRepeatedHeadlineAndCaptionKeepTheLedeInItsStory() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(Self.text(between: Self.headline))
        let fate = try XCTUnwrap(splitter.explain(lines).first { lines.lines[$0.line].content == Self.lede })
        XCTAssertTrue(fate.features.fired("caption_only_above", .negative), "\(fate.features)")
        let stories = splitter.split(lines)
        XCTAssertEqual(stories.map(\.title).last, Self.headline)
        XCTAssertTrue(stories.last?.text.contains(Self.harbour[4]) ?? false)
        XCTAssertTrue(stories.last?.text.contains("LOWESTOFT, England (AP)") ?? false)
    }

    /// A paragraph of prose where the headline's repeat stood is the headline's own story: the lede
    /// is not demoted as under captions only.
    func testProseParagraphKeepsTheLedeAStart() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(Self.text(between: Self.orchestra[2]))
        let fate = try XCTUnwrap(splitter.explain(lines).first { lines.lines[$0.line].content == Self.lede })
        XCTAssertFalse(fate.features.contains { $0.hasPrefix("caption_only_above=") }, "\(fate.features)")
    }
}
