import XCTest
@testable import WinnowPipeline

/// A short line ending with a colon between a headline and its lede (`Dear readers:`) introduces
/// the lede: the prose line after it is the lede, so its dateline and prose count for the headline.
final class SplitIntroductionTests: XCTestCase {
    private func headline(_ below: [String]) throws -> ScoredLine {
        let (classifier, _) = try CleaningFixtures.stages()
        let scorer = try CleaningFixtures.scorer(SplitConfig())
        let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
        let text = ([h[0], h[1], h[2], "", "City orchestra names a new conductor for its winter season", ""]
                    + below + ["", o[1], o[2]]).joined(separator: "\n")
        let lines = classifier.classify(text).lines
        let i = try XCTUnwrap(lines.firstIndex { $0.content.hasPrefix("City orchestra names") })
        return try XCTUnwrap(scorer.headline(i, in: lines, facts: scorer.facts(lines)))
    }

    func testIntroductionPassesToTheDatelineLede() throws {
        let s = try headline(["Dear readers:", "", "LONDON, May 2 (Reuters) - " + SplitStructureTests.orchestra[0]])
        XCTAssertTrue(s.fired.contains(.datelineAfter))
        XCTAssertTrue(s.fired.contains(.proseAfter))
    }

    func testIntroductionWithoutProseAfterIsTheLede() throws {
        let s = try headline(["Dear readers:", "", "A long history", "", "LONDON, May 2 (Reuters) - " + SplitStructureTests.orchestra[0]])
        XCTAssertFalse(s.fired.contains(.datelineAfter))
        XCTAssertFalse(s.fired.contains(.proseAfter))
    }
}
