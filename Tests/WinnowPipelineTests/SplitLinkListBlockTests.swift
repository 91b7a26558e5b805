import XCTest
@testable import WinnowPipeline

/// A headline-less lede under a link list (`soft_block`, `BoundaryLinkListBlock.swift`): across a
/// topic shift it opens a story; the same box between two paragraphs of one story does not.
final class SplitLinkListBlockTests: XCTestCase {
    let box = ["Related:", "", "• Harbour board weighs a new ferry timetable", "",
               "• Council delays the vote on the waterfront plan"]

    func testLinkListOverAnotherTopicStartsAStory() throws {
        let text = (SplitStructureTests.harbour + [""] + box + [""] + SplitStructureTests.orchestra).joined(separator: "\n")
        try CleaningFixtures.assertFeature(.softBlock, fires: .positive,
                                            where: { $0.hasPrefix("The city orchestra") },
                                            in: text, stories: 2, without: 1)
    }

    func testLinkListInsideOneStoryIsNoStart() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let h = SplitStructureTests.harbour
        let text = (Array(h[0...2]) + [""] + box + [""] + Array(h[3...])).joined(separator: "\n")
        XCTAssertEqual(splitter.split(classifier.classify(text)).count, 1)
    }
}
