import XCTest
@testable import WinnowPipeline

/// Portal page structures of the fresh portal sets (g122, g123): a pull quote signed by its speaker
/// (`BoundaryPullQuoteAttributed.swift`), a sponsored box's learned titles over a headline in
/// capitals (`BoundaryPromoBox.swift`), a teaser under the headline that the page prints again under
/// its header (`BoundaryTeaserUnderHeadline.swift`), and a byline start under a `Read next` list's
/// last item (`BoundaryHeaderLift.swift`, `BoundaryListHeadline.swift`).
final class SplitPortalP16Tests: XCTestCase {
    static let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
    static func paragraphs(_ xs: [String]) -> [String] { xs.flatMap { [$0, ""] } }

    /// Classified `text`, with `learned` lines stripped as learned and `listed` ones as link-list items.
    func split(_ text: [String], learned: Set<String> = [], listed: Set<String> = []) throws -> [ExtractedStory] {
        let (classifier, splitter) = try CleaningFixtures.stages()
        var lines = classifier.classify(text.joined(separator: "\n")).lines
        for k in lines.indices {
            let t = String(lines[k].text)
            if learned.contains(t) { lines[k].kind = .stripped(rule: LearnedBoilerplate.rule, role: nil) }
            if listed.contains(t) { lines[k].kind = .stripped(rule: ListContext.rule, role: nil) }
        }
        return splitter.split(ClassifiedText(lines: lines))
    }

    // MARK: Signed pull quote

    func testSignedQuotationIsAPullQuote() {
        let yes = ["\"We’re not going to let them violate a nuclear agreement.\" — President Trump",
                   "“If I have to fight for recognition, I will.” — Kentucky GOP Rep. Rand Paul",
                   "“We will not back down from this fight,” - Secretary of State Mike Pompeo"]
        for s in yes { XCTAssertTrue(SplitText.withBytes(s, BoundaryScorer.isAttributedPullQuote), s) }
        // Headlines that quote go on with words of their own, or close the quote without a stop.
        let no = ["‘Great Anger’ in America Caused By ‘Fake News’ — Trump Rips Media For Biased Reports",
                  "“We’re going out in a blaze of glory” — why NASA is crashing a 20-year-old spacecraft into Saturn",
                  "\"Case closed\" — McConnell",
                  "“We will win,” Trump said at the rally in Ohio on Monday night",
                  "“The deal is done.” — Trump says talks are over for good"]
        for s in no { XCTAssertFalse(SplitText.withBytes(s, BoundaryScorer.isAttributedPullQuote), s) }
    }

    /// Between two paragraphs of one story, a signed quotation of headline shape gets `pull_quote`
    /// and starts no story; the quote itself stays in the text.
    func testSignedPullQuoteBetweenParagraphsStaysInItsStory() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let quote = "“Deeper berths will let us compete with the largest ports.” — Harbour Master Jane Doe"
        let text = (Self.h[..<3] + [quote] + Self.h[3...]).joined(separator: "\n\n")
        let lines = classifier.classify(text)
        XCTAssertTrue(splitter.explain(lines).contains { $0.features.fired("pull_quote", .negative) })
        let stories = splitter.split(lines)
        XCTAssertEqual(stories.count, 1)
        XCTAssertTrue(stories[0].text.contains(quote))
    }

    // MARK: Sponsored box over a headline in capitals

    static let box = ["You Won't Believe What These Child Stars Look Like Now", "Ranked: The 20 Safest Cars Of The Year",
                      "Seniors Are Switching To This New Phone Plan"]
    static let capsHeadline = "HOW THE ORCHESTRA CAN REBOUND"

    /// The harbour story, a sponsored box (its titles learned, its labels stripped) or one learned
    /// `above` line, then a page: headline in capitals, byline, time stamp, the orchestra story.
    static func boxPage(_ above: [String]) -> [String] {
        paragraphs(h) + ["© 2019 The Ridge Bulletin. All rights reserved.", "Sponsored"] + above
            + ["Share on Facebook", "Sign up for our newsletter", capsHeadline, "POR SOFIA HARTLEY",
               "Publicado em 03/01/2015", "5 min de leitura", "2 comentários"] + o
    }

    func testCapitalsHeadlineUnderASponsoredBoxTitlesItself() throws {
        let above = [Self.box[0], "Ad", Self.box[1], Self.box[2]]
        let stories = try split(Self.boxPage(above), learned: Set(Self.box))
        XCTAssertEqual(stories.last?.title, Self.capsHeadline)
        XCTAssertFalse(stories.contains { Self.box.contains($0.title ?? "") })
        XCTAssertTrue(stories.last?.text.hasPrefix(Self.o[0]) ?? false)
        XCTAssertTrue(stories.last?.text.contains(Self.o[4]) ?? false)
    }

    /// Negative: a learned headline standing alone (a story run in several dumps) still titles the
    /// page under it.
    func testLoneLearnedHeadlineStillTitles() throws {
        let lone = "Orchestra Hires a Conductor From the Vienna Opera"
        let stories = try split(Self.boxPage([lone]), learned: [lone])
        XCTAssertEqual(stories.last?.title, lone)
        XCTAssertTrue(stories.last?.text.contains(Self.o[0]) ?? false)
    }

    // MARK: Teaser under the headline, printed again under the header

    static let headline = "Questions for the new conductor"

    static func teaserPage(headline: String, teaser: String) -> [String] {
        paragraphs(h) + ["© 2019 The Ridge Bulletin. All rights reserved.", "Harbor Dispatch", "Menu", "ANALYSIS",
                         headline, teaser, "", "By Elena Patel", "Published July 12, 2017", "7 min read", "7 comments",
                         "Save", "", teaser, ""] + paragraphs(o)
    }

    /// The teaser is a photo's caption set in Title Case: no dek for the header lift, which left it
    /// the title (g122 046: `Supreme Court nominee Neil Gorsuch on Capitol Hill (Reuters photo: …)`).
    func testHeadlineOverARepeatedTeaserTitlesTheStory() throws {
        let teaser = "Orchestra Conductor Jane Doe at the Sibelius Concert Hall (Reuters photo: John Roe)"
        let stories = try split(Self.teaserPage(headline: Self.headline, teaser: teaser))
        XCTAssertEqual(stories.last?.title, Self.headline)
        // The teaser's second copy stays the text's first paragraph; the rest of the story stays.
        XCTAssertTrue(stories.last?.text.hasPrefix(teaser) ?? false)
        XCTAssertTrue(stories.last?.text.contains(Self.o[4]) ?? false)
        XCTAssertEqual(stories.last?.text.components(separatedBy: teaser).count, 2, "printed once")
    }

    /// Negative: the line above restating the repeated line is the page's headline over the
    /// article's own, which the copy keeps as its first line (p1 lost it as a teaser).
    func testRestatedHeadlineIsNoTeaser() throws {
        let own = "New conductor faces questions from orchestra"
        let stories = try split(Self.teaserPage(headline: "Orchestra faces questions on new conductor", teaser: own))
        let story = try XCTUnwrap(stories.last)
        XCTAssertTrue(story.title == own || story.text.contains(own), "the article's own headline is kept")
        XCTAssertTrue(story.text.contains(Self.o[0]))
    }

    // MARK: Byline start under a Read next list's last item

    func testBylineStartUnderReadNextItemTakesItsTitle() throws {
        let item = "OPINION: Orchestra Expert: My Fear is That More Halls Will Close"
        let caption = "Residents wait in line on Monday morning."
        let text = Self.paragraphs(Self.h) + ["© 2018 Union Sentinel. All rights reserved.", "About us", "Terms of Use", "",
                                              "Read next", "", "Fact check", item, "", "David Costa, Staff Writer",
                                              "Published February 11, 2017", "8 min read", "9 comments", "Share", "Save",
                                              "Share via Email", caption, "Credit: Shutterstock", "",
                                              "The conductor walked onto the stage and raised his baton.", ""]
            + Self.paragraphs(Self.o)
        let stories = try split(text, learned: ["Fact check", caption], listed: [item])
        XCTAssertEqual(stories.last?.title, item)
        XCTAssertTrue(stories.last?.text.hasPrefix("The conductor walked") ?? false)
        XCTAssertFalse(stories.last?.text.contains(item) ?? true)
    }
}
