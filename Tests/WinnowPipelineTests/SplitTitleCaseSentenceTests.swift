import XCTest
@testable import WinnowPipeline

/// A start line set as a sentence in Title Case over a header block reads as its story's headline
/// (`StorySplitter+TitleCaseSentence.swift`); a sentence in sentence case, or one with no header
/// below it, does not.
final class SplitTitleCaseSentenceTests: XCTestCase {
    func reads(_ line: String, header: [String]) throws -> Bool {
        let (classifier, _) = try CleaningFixtures.stages()
        let (_, config) = try CleaningFixtures.configs()
        let scorer = try CleaningFixtures.scorer(config)
        let text = (SplitStructureTests.harbour + ["=====", line] + header + SplitStructureTests.orchestra).joined(separator: "\n")
        let lines = classifier.classify(text).lines
        let i = try XCTUnwrap(lines.firstIndex { $0.content == line })
        return StorySplitter.readsAsStartHeadline(i, in: lines, facts: scorer.facts(lines), config: config)
    }

    func testTitleCaseSentenceOverAHeaderIsAHeadline() throws {
        XCTAssertTrue(try reads("Orchestra Season, Please Call Sibelius.", header: ["419 Comments", "2019-05-14T09:55:00Z"]))
    }

    func testSentenceCaseIsNoHeadline() throws {
        XCTAssertFalse(try reads("The orchestra season, please call Sibelius.", header: ["419 Comments", "2019-05-14T09:55:00Z"]))
    }

    func testNoHeaderBelowIsNoHeadline() throws {
        XCTAssertFalse(try reads("Orchestra Season, Please Call Sibelius.", header: []))
    }
}
