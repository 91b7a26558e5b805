import XCTest
@testable import WinnowPipeline

/// Title choice where the headline does not look like one at first sight: a headline trailing off
/// in an ellipsis (`SplitTextEllipsis.swift`), a labelled headline set as a sentence over a page
/// header (`StorySplitter+TitleCaseSentence.swift`), and a short label taken as the title under
/// the header block of the real headline above it (`BoundaryHeaderLift.swift`).
final class SplitTitleChoiceTests: XCTestCase {
    let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra

    func split(_ lines: [String]) throws -> [ExtractedStory] { try CleaningFixtures.split(lines) }

    func testEllipsisHeadlineShape() {
        let share = 0.6
        func reads(_ s: String) -> Bool { SplitText.withBytes(s) { SplitText.isEllipsisHeadline($0, titleCaseShare: share) } }
        XCTAssertTrue(reads("Three Conductors Walk Into a Concert Hall..."))
        XCTAssertTrue(reads("THREE CONDUCTORS WALK INTO A CONCERT HALL…"))
        XCTAssertFalse(reads("and then the conductors walked into the hall..."), "prose trailing off is sentence case")
        XCTAssertFalse(reads("Three Conductors Walk Into a Concert Hall."), "a period is no ellipsis")
        XCTAssertFalse(reads("The Hall Was Full. Then the Conductors Walked In..."), "a sentence ending inside")
    }

    /// The header lift walks up from the lede over the furniture and the dek to a headline that
    /// trails off; before, its ellipsis read as a sentence's end and the story had no title.
    func testHeadlineEndingInAnEllipsisTitlesTheStoryBelowItsHeader() throws {
        let head = "Three Conductors Walk Into a Concert Hall..."
        let stories = try split(["Harbour authority approves dredging of northern shipping channel"] + h +
                                [head, "They were not happy about leaving, either.", "Written by Maya Osei",
                                 "Posted: 01/06/2019 11.30 GMT", "Listen to this article · 2 min", "36 Comments",
                                 "Share this article"] + o)
        XCTAssertEqual(stories.map(\.title), ["Harbour authority approves dredging of northern shipping channel", head])
        XCTAssertFalse(stories[0].text.contains(head), "the headline leaves the story above")
        XCTAssertTrue(stories[1].text.hasSuffix(o[4]))
    }

    /// A short label in capitals under the furniture (`THE FACTS`, `SCROLL TO BOTTOM FOR
    /// UPDATES`) was the title; the headline over the header block above it takes it.
    func testLabelUnderTheHeaderGivesTheTitleToTheHeadlineAbove() throws {
        let head = "OPINION: THE ORCHESTRA'S NEW SEASON IS NOTHING COMPARED TO THE OLD ONE"
        let stories = try split(["Harbour authority approves dredging of northern shipping channel"] + h +
                                ["Share this article", "(Reporting by Ingrid Varga; Editing by Daniel Lindqvist)", "",
                                 head, "Written by Maya Osei", "THE FACTS",
                                 "• Ticket prices for students will fall to five pounds.",
                                 "• Rehearsals begin in August under the new conductor.", "VIENNA: " + o[0]] + o[1...])
        XCTAssertEqual(stories.count, 2)
        XCTAssertEqual(stories.last?.title, head)
        XCTAssertFalse(stories.contains { $0.text.contains(head) }, "the headline is no text line")
        XCTAssertTrue(stories.last?.text.hasPrefix("VIENNA: " + o[0]) ?? false)
    }
}

/// A start planned in the header of a titled story that has no text yet (here on the key points
/// under the header furniture) no longer parts the title from its text: the title went with an
/// empty story and the text opened untitled. `Fixtures/split/title-over-key-points.txt` is the
/// shape from a blind dump (a kicker, the headline, a teaser, credit, stamp, widgets, caption,
/// `What to know` over bullets, the dateline lede).
final class SplitStartUnderTitleTests: XCTestCase {
    func testKeyPointsStartUnderATitleStayInItsStory() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let url = CleaningFixtures.root.appendingPathComponent("Fixtures/split/title-over-key-points.txt")
        let stories = splitter.split(classifier.classify(try String(contentsOf: url, encoding: .utf8)))
        let head = "Marco Rubio offers his Trump-crazed party a glint of hope"
        let story = try XCTUnwrap(stories.first { $0.title == head }, "the headline titles a story")
        XCTAssertTrue(story.text.hasPrefix("DENVER: THE episode"), "its text opens with the lede")
        XCTAssertFalse(stories.contains { $0.title == nil && $0.text.hasPrefix("DENVER:") }, "no untitled copy of the story")
    }
}

/// A sentence-case title the page repeats below is the dek of the headline in capitals right
/// above it; a Title Case one is the headline the page repeats, and keeps the title.
final class SplitRepeatedDekTitleTests: XCTestCase {
    let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
    let head = "STORM SHUTS THE NORTHERN SHIPPING CHANNEL FOR A WEEK"

    func split(dek: String) throws -> [ExtractedStory] {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = ["Harbour authority approves dredging of northern shipping channel"] + h +
            ["", "+++", "", head, "", dek, "", "Posted 11/9/17", "",
             "Grace Dubois arrives for a meeting at the port on Sunday. Credit: Chloe MacLeod for AP", "",
             "    " + dek, "", "    This article is more than 2 years old", ""] + o
        return splitter.split(classifier.classify(lines.joined(separator: "\n")))
    }

    func testSentenceCaseRepeatedTitleIsTheDekOfTheCapitalsAbove() throws {
        let stories = try split(dek: "Port officials say the storm could delay the dredging of the northern channel by months and raise its cost for the shipping lines")
        XCTAssertEqual(stories.map(\.title), ["Harbour authority approves dredging of northern shipping channel", head])
        XCTAssertFalse(stories[0].text.contains(head), "the headline leaves the story above")
    }

    func testTitleCaseRepeatedTitleStaysTheTitle() throws {
        let dek = "Port Officials Say Storm Could Delay Dredging Of The Northern Channel By Months"
        let stories = try split(dek: dek)
        XCTAssertEqual(stories.last?.title, dek)
    }
}
