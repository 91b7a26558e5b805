import XCTest
@testable import WinnowPipeline

/// A short bare label start (`MEMORIALS`: `too_few_words`, nothing but its shape and topic) does
/// not confirm a rule line as the dump's story separator (`BoundarySeparatorStyle.swift`): an AP
/// fact check sets such labels under its `___` between claims. A short headline with a header
/// block of its own, or one right after a trailer, still votes.
final class SplitSeparatorLabelVoteTests: XCTestCase {
    typealias Start = BoundaryPlanner.Start

    func testBareShortLabelIsASectionLabelStart() {
        let label = Start(isTitle: true, scored: .fixture(5.0, [.openEnding, .tooFewWords, .capitalised, .wideGap, .topicShift]))
        XCTAssertTrue(BoundaryPlanner.isSectionLabelStart(label))
    }

    func testShortHeadlineWithItsHeaderStillVotes() {
        let headed = Start(isTitle: true, scored: .fixture(9.0, [.openEnding, .tooFewWords, .widgetAfter, .creditAfter]))
        XCTAssertFalse(BoundaryPlanner.isSectionLabelStart(headed))
        let afterTrailer = Start(isTitle: true, scored: .fixture(7.0, [.openEnding, .tooFewWords, .trailerBefore]))
        XCTAssertFalse(BoundaryPlanner.isSectionLabelStart(afterTrailer))
    }

    /// Prose negative: a full-length bare headline and a headline-less lede are no labels; the
    /// vote keeps counting them as before.
    func testLongHeadlineAndLedeAreNoLabels() {
        XCTAssertFalse(BoundaryPlanner.isSectionLabelStart(Start(isTitle: true, scored: .fixture(6.0, [.openEnding, .headlineLength]))))
        XCTAssertFalse(BoundaryPlanner.isSectionLabelStart(Start(isTitle: false, scored: .fixture(6.0, [.tooFewWords, .lonePageEdge]))))
    }
}
