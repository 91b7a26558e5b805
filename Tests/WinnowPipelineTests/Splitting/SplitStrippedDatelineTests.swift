import XCTest
@testable import WinnowPipeline

/// A wire lede whose first line a cleaning rule strips (a disclaimer opening with the dateline):
/// the body line right under it starts the story (`stripped_dateline`).
final class SplitStrippedDatelineTests: XCTestCase {
    static let disclaimer = "HELSINKI, Mar 5 (Reuters) - The opinions expressed by columnists are their own."

    func text(_ disclaimer: String = SplitStrippedDatelineTests.disclaimer) -> String {
        let h = SplitStructureTests.harbour, l = SplitLedeHeadlineTests.library, o = SplitStructureTests.orchestra
        var lines: [String] = ["ROTTERDAM, Mar 3 (Reuters) - " + h[0]]
        lines += h.dropFirst()
        lines += [SplitSignedOffTests.signOff, "OSLO, Mar 4 (Reuters) - " + l[0]]
        lines += l.dropFirst()
        lines += [SplitSignedOffTests.signOff, disclaimer]
        lines += o
        lines += [SplitSignedOffTests.signOff]
        return lines.joined(separator: "\n")
    }

    func stages(_ weight: Double?) throws -> (LineClassifier, StorySplitter) {
        try CleaningFixtures.stages { if let w = weight { $0.weights[.strippedDateline] = w } }
    }

    func testLineUnderAStrippedDatelineStartsAStory() throws {
        let (classifier, splitter) = try stages(nil)
        let lines = classifier.classify(text())
        XCTAssertTrue(lines.lines.contains { if case .stripped = $0.kind { return $0.content == Self.disclaimer }; return false },
                      "the disclaimer line is stripped by a cleaning rule")
        let stories = splitter.split(lines)
        XCTAssertEqual(stories.count, 3)
        XCTAssertTrue(stories.last?.text.hasPrefix(SplitStructureTests.orchestra[0]) ?? false)
        XCTAssertTrue(splitter.explain(lines).contains { $0.features.fired("stripped_dateline", .positive) })
        // Off, the orchestra story runs on from the library story.
        let (c0, s0) = try stages(0)
        XCTAssertEqual(s0.split(c0.classify(text())).count, 2)
    }

    /// The disclaimer hard-wrapped over two stripped lines and a blank line before the prose: the
    /// dateline on the first of them still marks the start.
    func testWrappedStrippedParagraphAboveTheLede() throws {
        let (classifier, splitter) = try stages(nil)
        let wrapped = "HELSINKI, Mar 5 (Reuters) - The opinions expressed by columnists are their own\n"
            + "and do not represent the views of the Daily Ledger.\n"
        let lines = classifier.classify(text(wrapped))
        XCTAssertEqual(lines.lines.filter { if case .stripped = $0.kind { return true }; return false }.count, 5,
                       "three sign-offs and both disclaimer lines are stripped")
        let stories = splitter.split(lines)
        XCTAssertEqual(stories.count, 3)
        XCTAssertTrue(stories.last?.text.hasPrefix(SplitStructureTests.orchestra[0]) ?? false)
    }

    /// A stripped line without a wire dateline marks nothing.
    func testStrippedLineWithoutADatelineIsNoStart() throws {
        let (classifier, splitter) = try stages(nil)
        let t = text("The opinions expressed by columnists are their own.")
        XCTAssertFalse(splitter.explain(classifier.classify(t)).contains { $0.features.contains { $0.hasPrefix("stripped_dateline=") } })
    }
}
