import XCTest
@testable import WinnowPipeline

/// A paragraph longer than a dek (`BoundaryHeaderByline.maxDekWords`) set on one line under a
/// short question is a story's last paragraph, not a headline's dek: the `Written by` trailer
/// and stamp below it head the next page, whose lede opens a story.
final class SplitHeaderBylineDekLengthTests: XCTestCase {
    func testLongOneLineParagraphIsNoDek() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let h = SplitStructureTests.harbour
        let long = h[2] + " " + h[3] + " " + h[4]  // 70+ words on one line
        let text = (Array(h[0...1]) + ["", "Will the channel be ready by spring?", "", long, "", "Written by Jane Doe", "",
                                       "2019-06-01T03:58:00Z", ""] + SplitStructureTests.orchestra).joined(separator: "\n")
        let lines = classifier.classify(text)
        XCTAssertEqual(splitter.split(lines).count, 2)
        XCTAssertTrue(splitter.explain(lines).contains {
            $0.kind == .boundary && lines.lines[$0.line].content.hasPrefix("The city orchestra")
                && $0.features.contains { $0.hasPrefix("furniture_block=") }
        })
    }
}
