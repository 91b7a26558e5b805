import XCTest
@testable import WinnowPipeline

/// Page headers between stories: headline, a caption or teaser that repeats the lede, widget
/// lines, the headline again, a teaser bullet, then the lede. The caption and teaser are prose
/// shaped, so the splitter must pass over them to see the rest of the header.
final class SplitHeaderBlockTests: XCTestCase {
    typealias S = SplitStructureTests

    /// A story with a page header above it; `caption` and `bullet` go where a site puts them.
    static func page(_ headline: String, _ body: [String], caption: String, bullet: String, lede: String) -> [String] {
        [headline, "", caption, "Last updated: 3h ago", "Reading time: 10 minutes", "",
         headline, "", bullet, "", lede] + body.flatMap { ["", $0] } + ["", ""]
    }

    func testCaptionAndTeaserInAPageHeaderAreStrippedAndTheHeadlineFound() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let h = S.harbour, o = S.orchestra
        // The caption repeats the lede's first words and ends with an agency in brackets; the
        // second story's lede adds a dateline before the same words.
        let first = Self.page("Harbour authority approves dredging of northern shipping channel", Array(h[1...]),
                              caption: "The harbour authority approved a plan on Tuesday to dredge the northern channel. (Redux)",
                              bullet: "▸ Fishermen worry about the shellfish beds", lede: h[0])
        let second = Self.page("City orchestra unveils autumn season with Sibelius cycle", Array(o[1...]),
                               caption: "The city orchestra announced its autumn season with three symphonies by Sibelius",
                               bullet: "- Ticket prices for students will fall", lede: "ATHENS: " + o[0])
        let classified = classifier.classify((first + second).joined(separator: "\n"))
        let stories = splitter.split(classified)
        XCTAssertEqual(stories.map(\.title), ["Harbour authority approves dredging of northern shipping channel",
                                              "City orchestra unveils autumn season with Sibelius cycle"])
        XCTAssertEqual(stories.map { $0.text.split(separator: "\n").count }, [5, 5], "every body paragraph kept, nothing else")
        XCTAssertFalse(stories.contains { $0.text.contains("(Redux)") || $0.text.contains("▸") || $0.text.contains("- Ticket") })
        let fates = splitter.explain(classified)
        let captionFate = try XCTUnwrap(fates.first { classified.lines[$0.line].content.hasSuffix("(Redux)") })
        guard case .stripped(let rule, _) = captionFate.kind else { return XCTFail("caption kept: \(captionFate)") }
        XCTAssertEqual(rule, "teaser")
    }

    func testListItemsWithASharedOpeningAreNotTeasers() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let h = S.harbour
        // Items share their first 40 bytes, not their first 64: a list in the body, kept.
        let items = ["Dredging crews working for the harbour authority cleared the eastern berth.",
                     "Dredging crews working for the harbour authority cleared the western quay wall.",
                     "Dredging crews working for the harbour authority cleared the old ferry slip area."]
        let text = (["Harbour authority approves dredging of northern shipping channel", "", "Share this article", "",
                     items[0], "", items[1], "", items[2], "", h[0], "", h[1], "", h[2]]).joined(separator: "\n")
        let stories = splitter.split(classifier.classify(text))
        XCTAssertEqual(stories.count, 1)
        XCTAssertTrue(items.allSatisfy { item in stories.first?.text.contains(item) ?? false }, stories.first?.text ?? "")
    }

    func testBracketCreditEndsACaptionButNotAParenthesisInProse() {
        XCTAssertTrue(SplitText.endsWithCredit("Protesters gather outside the parliament on Tuesday. (Sipa USA)"))
        XCTAssertTrue(SplitText.endsWithCredit("When was the last time that any U.S. (Redux)"))
        XCTAssertFalse(SplitText.endsWithCredit("The bill passed the chamber (by a narrow margin)"))
        XCTAssertFalse(SplitText.endsWithCredit("The agency said so (Reuters reported, citing sources)."))
    }

    func testPictographBulletsAreTeaserBullets() {
        XCTAssertTrue(BoundaryScorer.startsWithSymbolBullet("▸ Yet this went beyond March".utf8))
        XCTAssertTrue(BoundaryScorer.startsWithSymbolBullet("► Read the full ruling".utf8))
        XCTAssertFalse(BoundaryScorer.startsWithSymbolBullet("“Quoted words” open this line".utf8))
        XCTAssertFalse(BoundaryScorer.startsWithSymbolBullet("▸no blank after the marker".utf8))
    }
}
