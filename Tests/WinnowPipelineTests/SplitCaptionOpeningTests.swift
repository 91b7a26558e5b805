import XCTest
@testable import WinnowPipeline

/// A photo caption closed by its credit, set between a page's header furniture and a headline-less
/// lede, opens the story below it: it is not left as the last paragraph of the story above
/// (`BoundaryCaptionOpening.swift`).
final class SplitCaptionOpeningTests: XCTestCase {
    static let harbour = SplitStructureTests.harbour
    static let orchestra = SplitStructureTests.orchestra

    static func text(caption: String) -> String {
        (orchestra + ["Source: example.com", "By Jane Roe", "Share", "Save", caption] + harbour).joined(separator: "\n\n")
    }

    func testCaptionOverLedeOpensTheStoryBelow() throws {
        let captions = [
            "Trawlers moored at the quay near the northern channel on Tuesday, March 3, 2020. (Photo: Jane Roe/Getty Images)",
            "Trawlers moored at the quay near the northern channel on Tuesday, March 3, 2020. (Harbour Authority via AP)",
        ]
        for caption in captions {
            let (classifier, splitter) = try CleaningFixtures.stages()
            let lines = classifier.classify(Self.text(caption: caption))
            let fate = try XCTUnwrap(splitter.explain(lines).first { lines.lines[$0.line].content == caption })
            XCTAssertTrue(fate.features.contains { $0.hasPrefix("caption_over_start=") }, "\(fate.features)")
            let stories = splitter.split(lines)
            XCTAssertEqual(stories.count, 2)
            XCTAssertFalse(stories.first?.text.contains("Trawlers moored") ?? true)
            XCTAssertTrue(stories.last?.text.hasPrefix("Trawlers moored") ?? false)
            XCTAssertTrue(stories.last?.text.contains(Self.harbour[0]) ?? false)
            // Off: the caption stays with the story above.
            let (c0, s0) = try CleaningFixtures.stages { $0.weights[.captionOverStart] = 0 }
            let off = s0.split(c0.classify(Self.text(caption: caption)))
            XCTAssertEqual(off.count, 2)
            XCTAssertTrue(off.first?.text.contains("Trawlers moored") ?? false)
        }
    }

    /// A sentence with no credit between the furniture and the lede is no caption: the start stays.
    func testUncreditedSentenceDoesNotMoveTheStart() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let line = "Trawlers moored at the quay near the northern channel on Tuesday, March 3, 2020."
        let lines = classifier.classify(Self.text(caption: line))
        let fates = splitter.explain(lines)
        XCTAssertFalse(fates.contains { $0.features.contains { $0.hasPrefix("caption_over_start=") } })
    }
}
