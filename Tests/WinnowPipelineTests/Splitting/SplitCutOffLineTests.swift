import XCTest
@testable import WinnowPipeline

/// A line cut off by a dash (`So you want to convert them to Yang? You think —`) is an interrupted
/// speaker in a transcript, never a headline.
final class SplitCutOffLineTests: XCTestCase {
    func testShape() {
        func cut(_ s: String) -> Bool { Array(s.utf8).withUnsafeBufferPointer { BoundaryScorer.endsCutOff($0) } }
        XCTAssertTrue(cut("So you want to convert them to Yang? You think —"))
        XCTAssertTrue(cut("No, but this is like the last day, so this is the song that –"))
        XCTAssertTrue(cut("And the mayor said we would -- "))
        XCTAssertTrue(cut("“I was going to say —”"))
        XCTAssertFalse(cut("Harbour Authority Approves Plan — And Its Critics"), "a dash inside a headline")
        XCTAssertFalse(cut("The vote — 12 to 3"))
        XCTAssertTrue(cut("Updates —"), "the shape only: `headline` asks it of lines of four words or more")
        XCTAssertFalse(cut("A well-known case-"))
    }

    /// Between two paragraphs of a story about another topic, a cut-off question read on its shape
    /// as a headline opened a story; it stays in its text.
    func testCutOffLineOpensNoStory() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
        let line = "So What Would The Orchestra Play On The Harbour Front If —"
        let text = (["Harbour Authority Approves Plan To Dredge The Northern Channel", ""] + h.flatMap { [$0, ""] }
                    + [line, ""] + o.flatMap { [$0, ""] }).joined(separator: "\n")
        let stories = splitter.split(classifier.classify(text))
        XCTAssertFalse(stories.contains { $0.title == line })
        XCTAssertTrue(stories.contains { $0.text.contains(line) }, "the line stays in a story's text")
    }
}
