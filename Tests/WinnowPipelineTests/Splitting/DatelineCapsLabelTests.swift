import XCTest
@testable import WinnowPipeline

/// A colon label over a headline set in capitals (`JOHNS HOPKINS: U.S. MORE PREPARED FOR …`, a
/// related link a site sets between an article's paragraphs) has a capitals dateline's shape, but
/// a colon dateline's lede goes on in lower case; a dash dateline keeps its place whatever follows
/// (`MANILA, May 13 (UPI) - LISTEN TO ARTICLE …`, a player's widget glued on). A pointer's or an
/// update's label (`WATCH:`, `BELOW:`, `UPDATE:`) is no place either.
final class DatelineCapsLabelTests: XCTestCase {
    func testColonLabelOverCapitalsIsNoDateline() throws {
        let (_, config) = try CleaningFixtures.configs()
        let m = try DatelineMatcher(config)
        XCTAssertNil(m.place(in: "JOHNS HOPKINS: U.S. MORE PREPARED FOR PANDEMIC THAN ANY OTHER COUNTRY"))
        XCTAssertNil(m.place(in: "PELOSI: 'NO CHOICE BUT TO ACT' ON ARTICLES OF IMPEACHMENT"))
        for line in ["WATCH: How the rich stole the recovery", "BELOW: Regent Law Dean Explains How AG Barr Could End It",
                     "UPDATE: Dec. 3, 2018, 3:19 p.m. PST Tesla has said it supports a plan",
                     "PHOTO GALLERY: 9 Americans on how we can each improve race relations", "RELATED : The vote in pictures",
                     "SOURCE: The White House, Wikipedia | Jacob Turcotte/Staff"] {
            XCTAssertNil(m.place(in: line), line)
        }
        XCTAssertEqual(m.place(in: "WATCHUNG: The borough council voted on Tuesday"), "WATCHUNG", "a place that begins like a label")
        XCTAssertNil(m.place(in: "KERRY SAYS ATTACKS STILL POSSIBLE - After the first day of weapons talks"), "a newsletter item's head")
        XCTAssertEqual(m.place(in: "ABOARD AIR FORCE ONE (Reuters) - U.S. President Donald Trump is pleased"), "ABOARD AIR FORCE ONE")
        XCTAssertEqual(m.place(in: "RIO DE JANEIRO — Brazil's president said on Monday"), "RIO DE JANEIRO")
        XCTAssertEqual(m.place(in: "ATHENS: Before diving into the sea, the swimmers checked the water"), "ATHENS")
        XCTAssertEqual(m.place(in: "BRUSSELS: EU ministers met on Tuesday to agree the budget"), "BRUSSELS")
        XCTAssertEqual(m.place(in: "MANILA, May 13 (UPI) - LISTEN TO ARTICLE 1:50 SHARE THIS ARTICLE Share"), "MANILA")
        XCTAssertEqual(m.place(in: "WASHINGTON — NASA SAID ON MONDAY THAT THE LAUNCH WOULD GO AHEAD"), "WASHINGTON")
    }

    /// A Fox News article from allsides-dev (`Fixtures/split/caps-related-link.txt`) with a related
    /// link in capitals between its paragraphs (`JOHNS HOPKINS: U.S. MORE PREPARED FOR PANDEMIC …`):
    /// read as a colon dateline, it opened a second story there. It goes to the story's links.
    func testRelatedLinkInCapitalsDoesNotSplitTheArticle() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let url = CleaningFixtures.root.appendingPathComponent("Fixtures/split/caps-related-link.txt")
        // As the JSONL record it came in (one article per record, as allsides-dev holds them).
        let stories = splitter.split(classifier.classify(try String(contentsOf: url, encoding: .utf8)), record: true)
        XCTAssertEqual(stories.count, 1)
        // The link is another story's headline inside this one: it leaves the text for the
        // story's links (`StorySplitter+CapsLink.swift`), the article stays whole around it.
        XCTAssertFalse(stories.first?.text.contains("JOHNS HOPKINS: U.S. MORE PREPARED") ?? true, "the link leaves the text")
        guard case .array(let links)? = stories.first?.metadata["links"] else { return XCTFail("no links") }
        XCTAssertTrue(links.contains { if case .string(let s) = $0 { return s.hasPrefix("JOHNS HOPKINS: U.S. MORE PREPARED") }; return false })
    }
}
