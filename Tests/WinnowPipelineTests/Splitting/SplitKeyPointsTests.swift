import XCTest
@testable import WinnowPipeline

/// A summary box (a label over bullets, each a sentence the story repeats below) leaves the
/// story's text; a bulleted list whose items the story does not repeat stays.
final class SplitKeyPointsTests: XCTestCase {
    let h = SplitStructureTests.harbour

    func split(_ lines: [String]) throws -> [ExtractedStory] { try CleaningFixtures.split(lines) }

    func testSummaryBoxLeavesTheText() throws {
        for bullet in ["•", "-", "▪"] {
            let box = ["What to know", "\(bullet) \(h[2])", "\(bullet) \(h[1])"]
            let stories = try split(["Harbour authority approves dredging of the northern channel", ""] + box + [""] + h)
            XCTAssertEqual(stories.count, 1, bullet)
            XCTAssertEqual(stories[0].title, "Harbour authority approves dredging of the northern channel")
            XCTAssertTrue(stories[0].text.hasPrefix(h[0]), "the text opens with the lede, not the box (\(bullet))")
            XCTAssertFalse(stories[0].text.contains("What to know"), "the box's label goes with it (\(bullet))")
            XCTAssertEqual(stories[0].text.components(separatedBy: h[2]).count, 2, "the sentence stands once (\(bullet))")
        }
    }

    func testBulletedListInTheBodyStays() throws {
        let list = ["• Deeper berths for the largest container vessels in the region",
                    "• A monitoring station for sediment plumes at the harbour mouth"]
        let stories = try split(["Harbour authority approves dredging of the northern channel", ""] + h[0...1] + list + h[2...])
        XCTAssertEqual(stories.count, 1)
        for item in list { XCTAssertTrue(stories[0].text.contains(item), item) }
    }

    func testAfterMarker() {
        let cases = ["• Some text here": "Some text here", "-  spaced ": "spaced", "▪": ""]
        for (line, want) in cases {
            let got = SplitText.withBytes(line) { String(decoding: StoryFurniture.afterMarker($0), as: UTF8.self) }
            XCTAssertEqual(got, want, line)
        }
    }

    /// A headline-less story under a page header (byline, stamp) and a summary box: the box is
    /// furniture, so the lede under it starts the story (its bullets, counted as the lede's own
    /// words, used to veto the start by cohesion; its label was taken for a headline).
    func testLedeUnderAPageHeaderWithABoxStartsItsStory() throws {
        let o = SplitStructureTests.orchestra
        let header = ["By Jane Doe", "", "Published May 21, 2020 12:34am EST", "", "What to know", "",
                      "• \(o[2])", "", "• \(o[1])", ""]
        let text = ["Harbour authority approves dredging of the northern channel", ""] + h.flatMap { [$0, ""] }
            + header + o.flatMap { [$0, ""] }
        let stories = try split(text)
        XCTAssertEqual(stories.count, 2)
        guard stories.count == 2 else { return }
        XCTAssertTrue(stories[1].text.hasPrefix(o[0]), "the lede opens the second story")
        XCTAssertFalse(stories[0].text.contains("What to know"))
        XCTAssertEqual(stories[1].metadata["bylines"], .array([.string("By Jane Doe")]), "the byline heads the story below")
    }

    /// A standfirst under the headline that repeats, whole, a sentence further into the story
    /// (not the lede) is header furniture like a teaser repeating the lede.
    func testStandfirstRepeatingALaterSentenceLeavesTheText() throws {
        // The sentence sits inside a longer paragraph below (a paragraph repeated whole is left
        // alone: dumps repeat paragraphs of their own text).
        var body = h
        body[3] = h[3] + " Officials said the first dredgers would arrive in the spring."
        let stories = try split(["Harbour authority approves dredging of the northern channel", "", h[3], ""] + body.flatMap { [$0, ""] })
        XCTAssertEqual(stories.count, 1)
        XCTAssertTrue(stories[0].text.hasPrefix(h[0]), "the text opens with the lede")
        XCTAssertEqual(stories[0].text.components(separatedBy: h[3]).count, 2, "the sentence stands once")
    }

    /// A hard-wrapped dump's box: the reflow joined two items into one bulleted line. Each item
    /// the story repeats below makes the line a box item; one the story never repeats keeps it.
    func testBoxItemsGluedByTheReflowLeaveTheText() throws {
        for bullet in ["-", "•"] {
            let glued = "\(bullet) \(h[2]) \(bullet) \(h[1])"
            let stories = try split(["Harbour authority approves dredging of the northern channel", "", "What to know", glued, ""] + h)
            XCTAssertEqual(stories.count, 1, bullet)
            XCTAssertTrue(stories[0].text.hasPrefix(h[0]), "the text opens with the lede, not the box (\(bullet))")
            XCTAssertEqual(stories[0].text.components(separatedBy: h[2]).count, 2, "the sentence stands once (\(bullet))")
        }
        // The line facts: a glued line is a box item when each item repeats below, not when one does not.
        let (classifier, _) = try CleaningFixtures.stages()
        let scorer = try CleaningFixtures.scorer()
        func isBoxItem(_ line: String) -> Bool {
            let lines = classifier.classify(([line] + h).joined(separator: "\n\n")).lines
            return scorer.facts(lines).isKeyPoint(0)
        }
        XCTAssertTrue(isBoxItem("- \(h[2]) - \(h[1])"))
        XCTAssertFalse(isBoxItem("- \(h[2]) - The council has not said when the dredging contract goes out to tender."),
                       "an item the story never says again: no box")
    }

    func testBoxItemsCutWhereTheMarkerFollowsASentenceEnd() {
        func items(_ line: String) -> [String] {
            SplitText.withBytes(line) { u in StoryFurniture.boxItems(u).map { String(decoding: $0, as: UTF8.self) } }
        }
        XCTAssertEqual(items("- One item ends here. - Another follows"), ["One item ends here.", "Another follows"])
        XCTAssertEqual(items("• He said “no.” • Then left"), ["He said “no.”", "Then left"])
        XCTAssertEqual(items("- Prices - and wages - rose"), ["Prices - and wages - rose"], "a dash inside a sentence")
        XCTAssertEqual(items("- Done. • Other marker"), ["Done. • Other marker"], "only the line's own marker")
        XCTAssertEqual(items("• Single item"), ["Single item"])
        XCTAssertEqual(items("- Critics called it \"reckless\" - and the council agreed"),
                       ["Critics called it \"reckless\" - and the council agreed"], "a quoted word is no sentence's end")
        XCTAssertEqual(items("- He said \"no.\" - Then left"), ["He said \"no.\"", "Then left"])
    }
}
