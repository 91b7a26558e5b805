import XCTest
@testable import WinnowPipeline

/// A link line (`<title> Read more`) quotes another page's headline: its words count for neither
/// cohesion nor headline affinity nor story overlap.
final class CohesionLinkLineTests: XCTestCase {
    func testLinkLineHasNoContentWords() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let text = (SplitStructureTests.harbour[..<2] + ["Ferry fares to the islands will rise next month Read more"]
            + SplitStructureTests.harbour[2...]).joined(separator: "\n")
        let lines = classifier.classify(text).lines
        guard let k = lines.firstIndex(where: { $0.linkRule != nil }) else { return XCTFail("no link line") }
        let c = Cohesion(lines, window: 60)
        XCTAssertEqual(c.starts[k + 1] - c.starts[k], 0, "the link line's words are not counted")
        XCTAssertGreaterThan(c.starts[k] - c.starts[k - 1], 0, "a paragraph's are")
    }
}
