import XCTest
@testable import WinnowPipeline

/// A headline under more blank lines than the dump's usual paragraph gap (two between stories, one
/// between paragraphs) gets `wide_gap`; paragraphs under the usual gap do not, and where wide gaps
/// are common (over `wide_gap_share` of body lines) none does.
final class SplitWideGapTests: XCTestCase {
    let text = (["Harbour Board Backs Dredging Plan"] + SplitStructureTests.harbour).joined(separator: "\n\n") + "\n\n\n"
        + (["Orchestra Season Opens With Sibelius"] + SplitStructureTests.orchestra).joined(separator: "\n\n")

    func stages(_ edit: (inout SplitConfig) -> Void = { _ in }) throws -> (LineClassifier, StorySplitter) {
        try CleaningFixtures.stages(editing: edit)
    }

    func testWideGapStartsTheStory() throws {
        let (classifier, splitter) = try stages()
        XCTAssertEqual(splitter.split(classifier.classify(text)).map(\.title),
                       ["Harbour Board Backs Dredging Plan", "Orchestra Season Opens With Sibelius"])
        let (c0, s0) = try stages { $0.weights[.wideGap] = 0 }
        XCTAssertEqual(s0.split(c0.classify(text)).map(\.title), ["Harbour Board Backs Dredging Plan"])
    }

    func testOnlyTheWideGapFires() throws {
        let (classifier, splitter) = try stages()
        let fired = splitter.explain(classifier.classify(text)).filter { $0.features.contains { $0.hasPrefix("wide_gap=") } }
        XCTAssertEqual(fired.map(\.line), [13], "the second headline (input line 14)")
        let (c0, s0) = try stages { $0.wideGapShare = 0 }
        XCTAssertFalse(s0.explain(c0.classify(text)).contains { $0.features.contains { $0.hasPrefix("wide_gap=") } })
    }
}
