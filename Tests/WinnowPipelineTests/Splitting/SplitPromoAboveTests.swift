import XCTest
@testable import WinnowPipeline

/// A page's promo block between a headline and its dateline lede (`BoundaryPromoAbove.swift`): a
/// teaser paragraph with the photo credit, the section and the headline run together into it.
/// The dateline lede below belongs to the headline; it starts no story of its own.
final class SplitPromoAboveTests: XCTestCase {
    static let headline = "Harbour authority approves plan to dredge the northern shipping channel"
    static func text(promo: String) -> String {
        ([headline, "", promo, "",
          "PORTSMOUTH, June 13 (Reuters) - " + SplitStructureTests.harbour[0]] + SplitStructureTests.harbour.dropFirst())
            .joined(separator: "\n")
    }

    func testPromoRepeatingTheHeadlineKeepsTheLedeUnderIt() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let promo = "Container vessels with deeper hulls will soon dock at the terminal, the authority said. | Jane Doe/Reuters Business "
            + Self.headline + " Fishermen worry about the shellfish beds."
        let lines = classifier.classify(Self.text(promo: promo))
        let stories = splitter.split(lines)
        XCTAssertEqual(stories.count, 1)
        XCTAssertEqual(stories.first?.title, Self.headline)
        XCTAssertTrue(splitter.explain(lines).contains { $0.features.fired("caption_only_above", .negative) })
    }

    /// A paragraph that does not print the headline again is the headline's own story: the
    /// dateline lede under it opens the next one.
    func testParagraphWithoutTheHeadlineIsNoPromo() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let paragraph = "Container vessels with deeper hulls will soon dock at the terminal, the authority said, and fishermen worry about the shellfish beds near the harbour mouth."
        let lines = classifier.classify(Self.text(promo: paragraph))
        XCTAssertFalse(splitter.explain(lines).contains { $0.features.fired("caption_only_above", .negative) })
    }
}
