import XCTest
@testable import WinnowPipeline

/// A page's title tag (`Headline | Site Name`) over widgets and the headline printed again without
/// the site's name is a header repeat, as the same line printed twice is (`header_repeat`): the
/// page's header, not a line of the story above. Without it, such a header between two stories
/// of one beat (low cohesion) was taken back and the story merged into the one above.
final class SplitSiteSuffixRepeatTests: XCTestCase {
    private let paragraph = "The council voted on Tuesday to approve the budget after a long debate about road repairs, school funding and the pay of city workers, officials said."
    private var text: String {
        """
        Council Approves Budget After Long Debate

        \(paragraph)

        \(paragraph.replacingOccurrences(of: "Tuesday", with: "Monday"))

        Source: example.com

        How Kashmiri artists are resisting the months-long lockdown | The Capitol Courier
        Reading time: 4 minutes
        Print
        Email
        How Kashmiri artists are resisting the months-long lockdown
        SRINAGAR: On a warm summer morning in August, poet Shugufta Zahid says she was devastated when the government announced the scrapping of the region's autonomy.

        "It is a wound on our hearts and it will never be healed," she said of the decision that week.
        """
    }

    func testTitleTagOverItsHeadlineIsAHeaderRepeat() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(text)
        let fate = try XCTUnwrap(splitter.explain(lines).first { lines.lines[$0.line].content.hasSuffix("| The Capitol Courier") })
        XCTAssertTrue(fate.features.contains { $0.hasPrefix("header_repeat=") }, "\(fate.features)")
        let stories = splitter.split(lines)
        XCTAssertEqual(stories.count, 2)
        XCTAssertEqual(stories.last?.title, "How Kashmiri artists are resisting the months-long lockdown")
    }

    func testBareTitleKeyOfBytesMatchesTheStringForm() {
        for t in ["How Kashmiri artists are resisting the lockdown | The Capitol Courier", "No pipe in this headline at all",
                  "Two | pipes | here", "Short | X", "A headline with a sentence | Not. A site"] {
            let bytes = Array(t.utf8)
            XCTAssertEqual(bytes.withUnsafeBufferPointer { StorySplitter.bareTitleKey(bytes: $0) }, StorySplitter.bareTitleKey(t), t)
        }
        XCTAssertNotNil(StorySplitter.bareTitleKey("How Kashmiri artists are resisting the lockdown | The Capitol Courier"))
    }

    /// The pipe is found by `memchr`: exactly one, spaced, neither first nor last in the line.
    func testBareTitleKeyPipeEdges() {
        let key: (String) -> UInt64? = StorySplitter.bareTitleKey
        XCTAssertEqual(key("Harbour authority approves dredging | G"), LineKey.hash("Harbour authority approves dredging"))
        XCTAssertNil(key("Harbour authority approves dredging |"))                  // nothing after it
        XCTAssertNil(key("Harbour authority approves dredging | "))                 // no name after it
        XCTAssertNil(key("| The Harbour Gazette"))                                  // nothing before it
        XCTAssertNil(key("Harbour authority approves dredging|The Harbour Gazette")) // not spaced
        XCTAssertNil(key("Harbour authority | approves dredging | The Gazette"))    // a good last pipe, one before
        XCTAssertNil(key("Harbour authority approves dredging | The Gazette |"))    // one after
        XCTAssertNil(key(""))
    }

    /// An AMP page: the title tag, the site's chrome, the headline again over a dek, a byline block
    /// and a credited caption, then the lede the dek repeats. The plan's start for that lede moves
    /// up to the headline over its header, onto the repeat; the story opened at the title tag has
    /// no text yet, so the repeat is still its headline printed again: stripped, and the title
    /// drops the site's name (p1 amp_mobile kept `… | Global Courier` as the title and the
    /// headline in the text).
    private static let lede = "The investigations into the harbour authority's contracts are threatening to pry the lid off the council's most closely held budget papers: the inner workings of its tenders."
    static func ampPage(repeat again: String) -> String {
        ["Harbour inquiry may force council to reveal its tenders | The Harbour Times", "AMP", "The Harbour Times", "Menu", "",
         again, lede, "", "By Jane Porter and Tom Mills", "Last updated: March 14, 2016 3:41PM EST", "6 comments",
         "Residents wait in line on Monday morning.", "Photo: Sam White/AFP via Getty Images", "", lede, "", "Advertisement", "",
         "As the inquiry unfolds, councillors are beginning to show an interest in how the tenders were scored, and two of them asked on Monday for the papers to be published in full before the next meeting of the finance committee."]
            .joined(separator: "\n")
    }

    func testRepeatUnderAMovedStartIsStripped() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let stories = splitter.split(classifier.classify(Self.ampPage(repeat: "Harbour inquiry may force council to reveal its tenders")))
        XCTAssertEqual(stories.map(\.title), ["Harbour inquiry may force council to reveal its tenders"])
        XCTAssertFalse(stories[0].text.contains("reveal its tenders"), stories[0].text)
    }

    /// Negative: a line under the title tag that is not its headline (other words) stays in the text.
    func testOtherLineUnderTheTitleTagStays() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let other = "Councillors say the tenders were scored fairly and the papers will be published"
        let stories = splitter.split(classifier.classify(Self.ampPage(repeat: other)))
        XCTAssertTrue(stories.contains { $0.text.contains(other) || $0.title == other })
    }
}
