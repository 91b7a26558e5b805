import XCTest
@testable import WinnowPipeline

/// Two headline-less pages glued together with page furniture between them (a separator, a
/// comment count, a `Posted …` stamp): the prose line under the block starts the second story
/// (`furniture_block`); one stripped line, or a credit and an ad, inside a story do not.
final class SplitFurnitureBlockTests: XCTestCase {
    func text(_ block: [String]) -> String {
        (SplitStructureTests.harbour + [""] + block.flatMap { [$0, ""] } + SplitStructureTests.orchestra)
            .joined(separator: "\n")
    }

    func stages(_ weight: Double?) throws -> (LineClassifier, StorySplitter) {
        try CleaningFixtures.stages { if let w = weight { $0.weights[.furnitureBlock] = w } }
    }

    func testProseUnderAFurnitureBlockStartsAStory() throws {
        let (classifier, splitter) = try stages(nil)
        let lines = classifier.classify(text(["* * *", "374 Comments", "Posted 9/14/16"]))
        let stories = splitter.split(lines)
        XCTAssertEqual(stories.count, 2)
        XCTAssertTrue(stories.last?.text.hasPrefix(SplitStructureTests.orchestra[0]) ?? false)
        XCTAssertTrue(splitter.explain(lines).contains { $0.features.fired("furniture_block", .positive) })
        // Off, the orchestra story runs on from the harbour story.
        let (c0, s0) = try stages(0)
        XCTAssertEqual(s0.split(c0.classify(text(["* * *", "374 Comments", "Posted 9/14/16"]))).count, 1)
    }

    /// A story that ends on a question (a column's rhetorical close) ended as surely as one ending
    /// on a full stop: the block under it still opens the next story.
    func testBlockAfterAQuestionStartsAStory() throws {
        let (classifier, splitter) = try stages(nil)
        var harbour = SplitStructureTests.harbour
        harbour[harbour.count - 1] = "Who, the harbour master asked the council, will pay for the dredging once the port is busy again?"
        let text = (harbour + ["", "* * *", "", "374 Comments", "", "Posted 9/14/16", ""] + SplitStructureTests.orchestra)
            .joined(separator: "\n")
        let lines = classifier.classify(text)
        XCTAssertTrue(splitter.explain(lines).contains { $0.features.fired("furniture_block", .positive) })
        let stories = splitter.split(lines)
        XCTAssertEqual(stories.count, 2)
        XCTAssertTrue(stories.last?.text.hasPrefix(SplitStructureTests.orchestra[0]) ?? false)
    }

    /// A photo credit next to an ad is what an article carries between its own paragraphs: two
    /// kinds, but no page edge (separator, byline, stamp, sign-off).
    func testCreditAndAdAreNoBlock() throws {
        let (classifier, splitter) = try stages(nil)
        let lines = classifier.classify(text(["(Photo by Jane Doe/AFP)", "Advertisement"]))
        XCTAssertEqual(lines.lines.filter { if case .stripped = $0.kind { return true }; return false }.count, 2)
        XCTAssertFalse(splitter.explain(lines).contains { $0.features.contains { $0.hasPrefix("furniture_block=") } })
        XCTAssertEqual(splitter.split(lines).count, 1)
    }

    /// A single stripped line (an ad marker) between two paragraphs is no block.
    func testOneStrippedLineIsNoBlock() throws {
        let (classifier, splitter) = try stages(nil)
        let lines = classifier.classify(text(["Advertisement"]))
        XCTAssertTrue(lines.lines.contains { if case .stripped = $0.kind { return $0.content == "Advertisement" }; return false })
        XCTAssertFalse(splitter.explain(lines).contains { $0.features.contains { $0.hasPrefix("furniture_block=") } })
    }
}
