import XCTest
@testable import WinnowPipeline

/// Headline-less pages glued with the next page's section label over its lead photo's credit and
/// nothing else (`soft_block`, `BoundarySoftBlock.swift`): across a topic shift the lede below
/// opens a story; the same pair inside one story, or an ad apart from a captioned credit, does not.
final class SplitSoftBlockTests: XCTestCase {
    func glued(_ block: [String], above: [String] = SplitStructureTests.harbour,
               below: [String] = SplitStructureTests.orchestra) -> String {
        (above + [""] + block + [""] + below).joined(separator: "\n")
    }

    let labelOverCredit = ["Breaking News", "", "Photo: Jane Doe/Reuters"]

    func testLabelOverCreditOverAnotherTopicStartsAStory() throws {
        try CleaningFixtures.assertFeature(.softBlock, fires: .positive,
                                            where: { $0.hasPrefix("The city orchestra") },
                                            in: glued(labelOverCredit), stories: 2, without: 1)
    }

    /// The same pair between two paragraphs of one story: cohesion holds it under the threshold.
    func testLabelOverCreditInsideOneStoryIsNoStart() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let h = SplitStructureTests.harbour
        let text = glued(labelOverCredit, above: Array(h[0...2]), below: Array(h[3...]))
        XCTAssertEqual(splitter.split(classifier.classify(text)).count, 1)
    }

    /// An inline photo's caption beside its credit, an ad apart: no label right over the credit.
    func testCaptionedCreditIsNoSoftBlock() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let block = ["Advertisement", "", "Photo: Jane Doe/Reuters", "", "Advertisement"]
        let lines = classifier.classify(glued(block))
        XCTAssertFalse(splitter.explain(lines).contains { $0.features.contains { $0.hasPrefix("soft_block=") } })
        XCTAssertFalse(splitter.explain(classifier.classify(glued(["Breaking News", "Photo: Jane Doe/Reuters", "Jane Doe speaks on Monday."])))
            .contains { $0.features.contains { $0.hasPrefix("soft_block=") } })
    }
}
