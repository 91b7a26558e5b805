import XCTest
@testable import WinnowPipeline

/// A title line that is a teaser sentence with a shortened headline glued to its end takes the full
/// headline set just above it (`StorySplitter+GluedTeaser.swift`); a two-sentence headline, a
/// glued tail with no headline above that repeats it, and prose stay as they are.
final class SplitGluedTeaserTitleTests: XCTestCase {
    static let above = [
        "The library will now open on Sundays for the first time, the city said.",
        "The Associated Press contributed to this report.",
        "Senate Democrats break from Obama",
        "Reporting by Jane Doe; Editing by John Roe",
    ]
    static let glued = "Harry Reid didn’t mince words last week when he rejected a bill to fast-track trade deals. Senate Dems break from Obama"

    /// The index of `line` in `text` classified, and the headline the function picks for it.
    func pick(_ text: [String], _ line: String) throws -> String? {
        let (classifier, _) = try CleaningFixtures.stages()
        let lines = classifier.classify(text.joined(separator: "\n\n")).lines
        let i = try XCTUnwrap(lines.firstIndex { $0.content == line })
        return StorySplitter.headlineOverGluedTeaser(i, in: lines, maxWords: 30).map { String(lines[$0].content) }
    }

    func testGluedTailTakesTheFullHeadlineAbove() throws {
        XCTAssertEqual(try pick(Self.above + [Self.glued], Self.glued), "Senate Democrats break from Obama")
        // Stems, not words: `Mitt's` / `Mitt`, `problem` under a link list's item.
        let mitt = "The attack is a way of saying that Romney would represent a third term for Bush. Mitt's 'W' problem"
        XCTAssertEqual(try pick(["Recommended for you", "Mitt Romney's George W. Bush problem", "Share", mitt], mitt),
                       "Mitt Romney's George W. Bush problem")
    }

    /// No line above repeats the tail: the title stays.
    func testNoHeadlineAboveKeepsTheTitle() throws {
        XCTAssertNil(try pick(Array(Self.above[..<2]) + ["Harbour wall plan approved", Self.glued], Self.glued))
    }

    /// A two-sentence headline (short first sentence, or ending in a question) and a prose
    /// paragraph (it ends like a sentence) are no glued teaser.
    func testTwoSentenceHeadlinesAndProseAreNoGluedTeaser() throws {
        let bytes = { (s: String) in SplitText.withBytes(s) { StorySplitter.gluedTail($0) } }
        XCTAssertNil(bytes("Campaign 2016 is divisive. Will governing in 2017 be worse?"))
        XCTAssertNil(bytes("Obama regrets polarized rancor. He should"))
        XCTAssertNil(bytes("Senate Democrats say the bill would cost jobs in their states. Unions agree with them."))
        XCTAssertNil(bytes("Officials in the U.S. Senate say the bill would cost factory jobs"))
        XCTAssertNotNil(bytes(Self.glued))
    }

    /// A headline that closes on a quote ends on the quote's own sentence: no glued tail, even
    /// with a caption above sharing three-letter stems with it (held-out outsider dumps).
    func testHeadlineClosingOnAQuoteIsNoGluedTeaser() throws {
        let quoted = "Underwood on Trump impeachment: In Illinois, folks are ‘familiar with political corruption. It’s not a foreign concept’"
        XCTAssertNil(SplitText.withBytes(quoted) { StorySplitter.gluedTail($0) })
        let caption = "James Kowalski arrives for a meeting at the convention center on Tuesday. (Reuters Photo/Grace Ferreira)"
        XCTAssertNil(try pick([caption, quoted], quoted))
    }
}

/// A title tag whose headline ends like a sentence (`… Cutting Rates? – The City Star`) has the
/// site's name after a dash, no glued headline: the masthead above, which repeats that name, does
/// not title the story (p541).
final class SplitGluedTeaserSiteSuffixTests: XCTestCase {
    func testDashedSiteNameIsNoGluedTail() throws {
        let tag = "Is Trump the Reason the Federal Reserve Is Cutting Interest Rates Again? – The City Star"
        XCTAssertNil(SplitText.withBytes(tag) { StorySplitter.gluedTail($0) })
        let (classifier, _) = try CleaningFixtures.stages()
        let lines = classifier.classify(["The City Star", "Menu", "", tag].joined(separator: "\n")).lines
        XCTAssertNil(StorySplitter.headlineOverGluedTeaser(3, in: lines, maxWords: 30))
        // A glued headline opening with a capital still counts.
        XCTAssertNotNil(SplitText.withBytes(SplitGluedTeaserTitleTests.glued) { StorySplitter.gluedTail($0) })
    }
}
