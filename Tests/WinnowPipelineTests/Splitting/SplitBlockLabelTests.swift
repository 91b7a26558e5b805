import XCTest
@testable import WinnowPipeline

/// A section label between a page's header and its headline-less lede (`WHY THIS MATTERS:`,
/// `BoundaryBlockLabel.swift`): the walk up from the lede steps over it, so the block reads as
/// it does without the label; a longer line ending in a colon, or a label right under the text,
/// is no part of a block.
final class SplitBlockLabelTests: XCTestCase {
    static let header = SplitCaptionedBlockTests.stamp + ["Photo: Jane Doe/Reuters"]

    func testLabelBetweenHeaderAndLedeIsSteppedOver() throws {
        let plain = try ledeKinds(Self.header)
        XCTAssertNotEqual(plain, 0)
        XCTAssertEqual(try ledeKinds(Self.header + ["WHY THIS QUESTION MATTERS:"]), plain)
        XCTAssertEqual(try ledeKinds(Self.header + ["The facts:"]), plain)
    }

    /// Seven words and a colon introduce a quote or a list: the walk stops there.
    func testLongColonLineIsAParagraph() throws {
        XCTAssertEqual(try ledeKinds(Self.header + ["The council then said in its statement that:"]), 0)
    }

    /// A label with no furniture above it belongs to the text above: no block.
    func testLabelRightUnderTheTextIsNoPartOfABlock() throws {
        XCTAssertEqual(try ledeKinds(["WHY THIS QUESTION MATTERS:"]), 0)
    }

    func testLedeUnderLabelOpensTheStory() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let header = SplitPageHeaderTests.header
        let text = (SplitStructureTests.harbour + header + ["WHY THIS QUESTION MATTERS:"] + SplitStructureTests.orchestra).joined(separator: "\n\n")
        let stories = splitter.split(classifier.classify(text))
        XCTAssertEqual(stories.count, 2)
        XCTAssertTrue(stories.last?.text.hasPrefix(SplitStructureTests.orchestra[0]) ?? false)
    }
}
