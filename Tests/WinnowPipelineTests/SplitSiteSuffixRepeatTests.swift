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
}
