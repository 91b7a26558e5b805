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

    /// A heading the learner stripped (no role: furniture of kind `other`) heads a link list as a
    /// rule's widget heading does: the lede under the box across a topic shift opens a story.
    func testLinkListUnderALearnedHeadingStartsAStory() throws {
        let text = (SplitStructureTests.harbour + [""] + box + [""] + SplitStructureTests.orchestra).joined(separator: "\n")
        func learned(_ classifier: LineClassifier) throws -> ClassifiedText {
            var lines = classifier.classify(text).lines
            let k = try XCTUnwrap(lines.firstIndex { $0.text == "Related:" })
            lines[k].kind = .stripped(rule: "learned", role: nil)
            return ClassifiedText(lines: lines)
        }
        let (classifier, splitter) = try CleaningFixtures.stages()
        let classified = try learned(classifier)
        let fate = try XCTUnwrap(splitter.explain(classified).first { classified.lines[$0.line].content.hasPrefix("The city orchestra") })
        XCTAssertTrue(fate.features.fired(SplitFeature.softBlock.rawValue, .positive), "\(fate.features)")
        XCTAssertEqual(splitter.split(classified).count, 2)
        let (c0, s0) = try CleaningFixtures.stages(editing: { $0.weights[.softBlock] = 0 })
        XCTAssertEqual(s0.split(try learned(c0)).count, 1)
    }

    /// Items closed by a full stop are a wrapped paragraph the list pass took under a label, and one
    /// link is an inline `Related:` line: neither is a box, so neither opens the story below.
    func testStoppedItemsOrOneLinkAreNoBlock() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let stopped = ["Related:", "", "• Harbour board weighs a new ferry timetable.", "",
                       "• Council delays the vote on the waterfront plan."]
        let one = Array(box[0...2])
        for b in [stopped, one] {
            let text = (SplitStructureTests.harbour + [""] + b + [""] + SplitStructureTests.orchestra).joined(separator: "\n")
            XCTAssertEqual(splitter.split(classifier.classify(text)).count, 1, "\(b)")
        }
    }

    func testLinkListInsideOneStoryIsNoStart() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let h = SplitStructureTests.harbour
        let text = (Array(h[0...2]) + [""] + box + [""] + Array(h[3...])).joined(separator: "\n")
        XCTAssertEqual(splitter.split(classifier.classify(text)).count, 1)
    }

    /// A page's follow row under its box (`Follow us on Twitter …`) is its footer too: the box is
    /// still a link list over the lede below; inside one story the same box and row start nothing.
    func testFollowRowUnderTheListKeepsTheBlock() throws {
        let row = ["", "Follow us on Twitter @HarbourNews and like us on Facebook"]
        let text = (SplitStructureTests.harbour + [""] + box + row + [""] + SplitStructureTests.orchestra).joined(separator: "\n")
        try CleaningFixtures.assertFeature(.softBlock, fires: .positive,
                                            where: { $0.hasPrefix("The city orchestra") },
                                            in: text, stories: 2, without: 1)
        let (classifier, splitter) = try CleaningFixtures.stages()
        let h = SplitStructureTests.harbour
        let inside = (Array(h[0...2]) + [""] + box + row + [""] + Array(h[3...])).joined(separator: "\n")
        XCTAssertEqual(splitter.split(classifier.classify(inside)).count, 1)
    }
}

