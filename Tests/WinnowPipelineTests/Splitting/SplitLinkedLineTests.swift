import XCTest
@testable import WinnowPipeline

/// A line carrying a link is no headline over a header block (`BoundaryLinkedLine.swift`): an
/// embedded tweet near the end of a story, over the story's last paragraph and the next page's
/// header (section label, stamp, byline, promo, photo credit), stays in its story; the header's
/// lede opens the next story without a title. So does a correction under a story's last paragraph
/// (`Correction: Corrected by: …` over `Correction: A previous version …`): no headline either.
final class SplitLinkedLineTests: XCTestCase {
    static let tweet = "Not worth the mud. pic.twitter.com/N5tMTEoLln — Jane Doe (@janedoe) August 6, 2019"
    static let last = "And the local fishermen's union condemned what it called “the cowardice of the harbour board”."
    static let harbour = Array(SplitStructureTests.harbour.prefix(3)) + ["The mayor mocked the plan in a post on social media:", tweet, last]
    static let header = ["Opinion", "Published 10:50 PM ET May 17, 2019", "By Kwame Castellano, Globe Report",
                         "Print this page", "TOM NAKAMURA/NurPhoto via Getty Images"]

    func testTweetOverAHeaderBlockStaysInItsStory() throws {
        let text = (Self.harbour + Self.header + Array(SplitStructureTests.orchestra.prefix(3))).joined(separator: "\n")
        let (classifier, splitter) = try CleaningFixtures.stages { _ in }
        let stories = splitter.split(classifier.classify(text))
        XCTAssertEqual(stories.count, 2)
        XCTAssertTrue(stories.first?.text.contains(Self.last) ?? false)
        XCTAssertTrue(stories.first?.text.contains("pic.twitter.com/N5tMTEoLln") ?? false)
        XCTAssertNotEqual(stories.last?.title, Self.tweet)
        XCTAssertTrue(stories.last?.text.hasPrefix(SplitStructureTests.orchestra[0]) ?? false)
    }

    func testLinkMarks() {
        func linked(_ s: String) -> Bool { Array(s.utf8).withUnsafeBufferPointer(BoundaryScorer.carriesLink) }
        XCTAssertTrue(linked(Self.tweet))
        XCTAssertTrue(linked("Lives depend on it. https://t.co/L4CpCb8zLi — Jane Roe (@janeroe) August 6, 2019"))
        XCTAssertTrue(linked("Read the report at www.example.org"))
        XCTAssertFalse(linked("Senate Passes Harbour Dredging Bill After Long Debate"))
    }

    func testCorrectionOverAHeaderBlockStaysInItsStory() throws {
        let correction = ["Correction: Corrected by: Jane Doe @ 08/14/2013 02:33 PM",
                          "Correction: A previous version of this article misstated the length of the dredging season."]
        let lede = "NEW YORK: " + SplitStructureTests.orchestra[0]
        let text = (Array(SplitStructureTests.harbour.prefix(3)) + correction + ["", "2017-12-15T08:28:00Z", "Written by Hannah Mensah", lede]
                    + SplitStructureTests.orchestra[1...2]).joined(separator: "\n")
        let (classifier, splitter) = try CleaningFixtures.stages { _ in }
        let stories = splitter.split(classifier.classify(text))
        XCTAssertEqual(stories.count, 2)
        XCTAssertTrue(stories.first?.text.contains(correction[1]) ?? false)
        XCTAssertNotEqual(stories.last?.title, correction[0])
        XCTAssertTrue(stories.last?.text.hasPrefix(lede) ?? false)
    }
}
