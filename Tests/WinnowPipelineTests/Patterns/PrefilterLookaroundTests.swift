import XCTest
@testable import WinnowPipeline

/// A lookaround matches no bytes: the prefilter skips it whatever it holds (an inline flag it does
/// not model), so the rest of the pattern still gives it its first bytes and needles.
final class PrefilterLookaroundTests: XCTestCase {
    func testFlaggedLookaheadLeavesThePatternModelled() throws {
        let flagged = "^(?!(?:.*?\\s(?-i:\\p{Ll})){3})@?x[a-z]*/y$"
        let plain = "^@?x[a-z]*/y$"
        XCTAssertEqual(PatternPrefilter(pattern: flagged).firstBytes, PatternPrefilter(pattern: plain).firstBytes)
        XCTAssertNotNil(PatternPrefilter(pattern: flagged).firstBytes, "its first bytes are known")
        // Brackets inside a class or escaped in the lookaround do not end it early.
        XCTAssertEqual(PatternPrefilter(pattern: "^(?![)(]\\)(?i:a))x$").firstBytes, PatternPrefilter(pattern: "^x$").firstBytes)
    }
}
