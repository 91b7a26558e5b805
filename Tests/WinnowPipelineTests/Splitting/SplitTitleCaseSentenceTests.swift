import XCTest
@testable import WinnowPipeline

/// Whether `line`, set between two stories over `header`, reads as its story's headline.
fileprivate func readsAsStartHeadline(_ line: String, header: [String]) throws -> Bool {
    let (classifier, _) = try CleaningFixtures.stages()
    let (_, config) = try CleaningFixtures.configs()
    let scorer = try CleaningFixtures.scorer(config)
    let text = (SplitStructureTests.harbour + ["=====", line] + header + SplitStructureTests.orchestra).joined(separator: "\n")
    let lines = classifier.classify(text).lines
    let i = try XCTUnwrap(lines.firstIndex { $0.content == line })
    return StorySplitter.readsAsStartHeadline(i, in: lines, facts: scorer.facts(lines), config: config)
}

/// A start line set as a sentence in Title Case over a header block reads as its story's headline
/// (`StorySplitter+TitleCaseSentence.swift`); a sentence in sentence case, or one with no header
/// below it, does not.
final class SplitTitleCaseSentenceTests: XCTestCase {
    func reads(_ line: String, header: [String]) throws -> Bool { try readsAsStartHeadline(line, header: header) }

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

/// A start opening with a bare section label and ending like a sentence reads as a headline over
/// a page header that opens right under it (a time stamp, a byline, widgets); a dateline lede
/// over a photo caption and prose does not.
final class SplitLabelledSentenceTests: XCTestCase {
    func reads(_ line: String, header: [String]) throws -> Bool { try readsAsStartHeadline(line, header: header) }

    let line = "OPINION: The orchestra needs to think hard about who its new season is for."

    func testLabelledSentenceOverATimeStampIsAHeadline() throws {
        XCTAssertTrue(try reads(line, header: ["Published April 28, 2019 7:36pm EST", "Share", "Save"]))
    }

    func testLabelledSentenceOverACaptionIsALede() throws {
        XCTAssertFalse(try reads(line, header: ["Maria Lindqvist walks past the concert hall on Tuesday. (Getty Images Photo/Anika Adeyemi)"]))
    }

    func testLabelledSentenceOverProseIsALede() throws {
        XCTAssertFalse(try reads(line, header: []))
    }
}
