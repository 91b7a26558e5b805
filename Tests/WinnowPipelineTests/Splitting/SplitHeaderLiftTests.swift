import XCTest
@testable import WinnowPipeline

/// A start planned below its header (at the dateline lede under a dek and a byline block) moves
/// up to the headline over that header (`BoundaryHeaderLift.swift`); a trailer right under the
/// story above stops the walk, and a headline the rules stripped still titles the story.
final class SplitHeaderLiftTests: XCTestCase {
    static let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
    static let headline = "City orchestra cuts student tickets to five pounds"

    /// The harbour story, then the orchestra's page: headline, dek, byline, stamp, share widget, lede.
    static func page(headline: String = headline) -> [String] {
        ["(ROTTERDAM) — " + h[0], "", h[1], "", h[2], "", h[3], "", h[4], "",
         headline, "Younger listeners are the point, the new conductor says.",
         "Written by Tom Lee", "Published May 18, 2019 1:07pm EST", "Share this article",
         "(HELSINKI) — " + o[0], "", o[1], "", o[2], "", o[3], "", o[4]]
    }

    func testStartUnderADekAndHeaderMovesUpToTheHeadline() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let stories = splitter.split(classifier.classify(Self.page().joined(separator: "\n")))
        XCTAssertEqual(stories.map(\.title), [nil, Self.headline])
        XCTAssertFalse(stories[0].text.contains("City orchestra"), "the headline left the story above")
        XCTAssertTrue(stories[1].text.hasPrefix("Younger listeners"), "the dek opens the story's text")
        XCTAssertTrue(stories[1].text.contains(Self.o[4]))
    }

    /// An author's bio closes the story above (`SignOff`): the walk up from the lede stops there.
    /// Neither the bio (as a dek) nor the related headline over it goes to the next story.
    func testAuthorBioUnderTheStoryAboveStopsTheWalk() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let related = "Harbour pilots win a new contract for the northern channel"
        let bio = "Anna Berg is a washington bureau chief at The Harbour Times covering shipping."
        let text = ["(ROTTERDAM) — " + Self.h[0], "", Self.h[1], "", Self.h[2], "", Self.h[3], "", Self.h[4], "",
                    related, bio, "", "Written by Tom Lee", "Published May 18, 2019 1:07pm EST", "Share this article",
                    "(HELSINKI) — " + Self.o[0], "", Self.o[1], "", Self.o[2], "", Self.o[3], "", Self.o[4]]
        let stories = splitter.split(classifier.classify(text.joined(separator: "\n")))
        XCTAssertEqual(stories.count, 2)
        XCTAssertNotEqual(stories.last?.title, related, "the headline over the bio is the story above's")
        XCTAssertTrue(stories[0].text.contains(bio), "the bio ends the story above")
        XCTAssertTrue(stories[1].text.hasPrefix("(HELSINKI)") || stories[1].text.hasPrefix(Self.o[0]))
    }

    func testWireTrailerUnderTheStoryAboveStopsTheWalk() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        // The story above ends on an open line, then its wire trailer: that line is no headline.
        let last = "Harbour officials listed the dredging sites in a notice to mariners"
        let text = ["(ROTTERDAM) — " + Self.h[0], "", Self.h[1], "", Self.h[2], "", last, "",
                    "(Reporting by Anna Berg; Editing by Tom Lee)", "",
                    "(HELSINKI) — " + Self.o[0], "", Self.o[1], "", Self.o[2], "", Self.o[3], "", Self.o[4]]
        let stories = splitter.split(classifier.classify(text.joined(separator: "\n")))
        XCTAssertEqual(stories.map(\.title), [nil, nil])
        XCTAssertTrue(stories[0].text.contains(last))
    }

    /// A separator parts two pages: the walk stops at it. The last page's promo line over it is no
    /// headline; the sentence right under it, over the byline and stamp, is the page's headline.
    func testSeparatorStopsTheWalkAndTheDekUnderItIsTheHeadline() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let promo = "Watch: How the harbour will dredge its northern channel"
        let dek = "The orchestra cut its prices. That is the point."
        let text = ["(ROTTERDAM) — " + Self.h[0], "", Self.h[1], "", Self.h[2], "", Self.h[3], "", Self.h[4], "",
                    promo, "", "* * *", "", dek, "", "Written by Tom Lee", "", "Published May 18, 2019 1:07pm EST", "",
                    "(HELSINKI) — " + Self.o[0], "", Self.o[1], "", Self.o[2], "", Self.o[3], "", Self.o[4]]
        let stories = splitter.split(classifier.classify(text.joined(separator: "\n")))
        XCTAssertEqual(stories.map(\.title), [nil, dek])
        XCTAssertTrue(stories[0].text.contains(promo), "the promo stays with the page above the separator")
        XCTAssertTrue(stories[1].text.contains(Self.o[4]))
    }

    func testHeadlineTheRulesStrippedTitlesTheStory() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        var lines = classifier.classify(Self.page().joined(separator: "\n")).lines
        // The same story ran in several dumps: its headline was learned as boilerplate.
        let k = try XCTUnwrap(lines.firstIndex { $0.text == Self.headline })
        lines[k].kind = .stripped(rule: "learned", role: nil)
        let stories = splitter.split(ClassifiedText(lines: lines))
        XCTAssertEqual(stories.last?.title, Self.headline)
        XCTAssertFalse(stories.last?.text.contains("City orchestra cuts") ?? true, "a stripped line stays out of the text")
    }

    /// A dump opening on a page's header whose headline the rules stripped (learned): the first
    /// lede, under the credit, headline and stamp, takes that headline as its title.
    func testStrippedHeadlineOverTheTextsFirstLedeTitlesIt() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let text = ["Published May 18, 2019 1:07pm EST", "", Self.headline, "", "Share this article", "",
                    Self.o[0], "", Self.o[1], "", Self.o[2], "", Self.o[3], "", Self.o[4]]
        var lines = classifier.classify(text.joined(separator: "\n")).lines
        let k = try XCTUnwrap(lines.firstIndex { $0.text == Self.headline })
        lines[k].kind = .stripped(rule: "learned", role: nil)
        let stories = splitter.split(ClassifiedText(lines: lines))
        XCTAssertEqual(stories.map(\.title), [Self.headline])
        XCTAssertTrue(stories[0].text.hasPrefix(Self.o[0]))
        // With no furniture between headline and lede, the learned line may be anything: no title.
        let bare = [Self.headline, "", Self.o[0], "", Self.o[1], "", Self.o[2], "", Self.o[3]]
        var bareLines = classifier.classify(bare.joined(separator: "\n")).lines
        bareLines[0].kind = .stripped(rule: "learned", role: nil)
        let bareStories = splitter.split(ClassifiedText(lines: bareLines))
        let story = try XCTUnwrap(bareStories.first, "the lede still opens a story")
        XCTAssertNil(story.title, "no header block under the learned line: it titles nothing")
        XCTAssertTrue(story.text.hasPrefix(Self.o[0]), story.text)
    }

    /// A question under a learned headline (blank lines between) is that headline's dek.
    func testStrippedHeadlineRightOverAQuestionTitlesTheStory() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let question = "Will the orchestra's cheap seats fill the hall this winter?"
        let text = ["(ROTTERDAM) — " + Self.h[0], "", Self.h[1], "", Self.h[2], "", Self.h[3], "", Self.h[4], "",
                    Self.headline, "", question, "", "Written by Tom Lee", "", "Published May 18, 2019 1:07pm EST", "",
                    Self.o[0], "", Self.o[1], "", Self.o[2], "", Self.o[3], "", Self.o[4]]
        var lines = classifier.classify(text.joined(separator: "\n")).lines
        let k = try XCTUnwrap(lines.firstIndex { $0.text == Self.headline })
        lines[k].kind = .stripped(rule: "learned", role: nil)
        let stories = splitter.split(ClassifiedText(lines: lines))
        XCTAssertEqual(stories.last?.title, Self.headline)
        XCTAssertTrue(stories.last?.text.contains(Self.o[4]) ?? false)
    }

    func testLabelledHeadlineOverAHeaderIsATitleNotALede() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let label = "OPINION: The orchestra's cheap seats are a gift to the city"
        let text = ["(ROTTERDAM) — " + Self.h[0], "", Self.h[1], "", Self.h[2], "", Self.h[3], "", Self.h[4], "",
                    label, "", "Written by Tom Lee", "", "Published May 18, 2019 1:07pm EST", "",
                    Self.o[0], "", Self.o[1], "", Self.o[2], "", Self.o[3], "", Self.o[4]]
        let stories = splitter.split(classifier.classify(text.joined(separator: "\n")))
        XCTAssertEqual(stories.map(\.title), [nil, label])
        XCTAssertEqual(stories.last?.metadata["dateline"], nil, "a label is no place")
    }

    func testHeaderFollowsNeedsFurnitureThenProse() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        _ = splitter
        let lines = classifier.classify(Self.page().joined(separator: "\n")).lines
        let config = try CleaningFixtures.configs().1
        let scorer = try CleaningFixtures.scorer(config)
        let facts = scorer.facts(lines)
        let k = try XCTUnwrap(lines.firstIndex { $0.text == Self.headline })
        XCTAssertTrue(BoundaryPlanner.headerFollows(k, lines, facts, config), "dek, byline, stamp, widget, then the lede")
        XCTAssertFalse(BoundaryPlanner.headerFollows(2, lines, facts, config), "prose under prose is no header")
    }

    /// A separator (read by the planner as a paragraph break) parts two pages as a stripped line
    /// does: a headline right under it stands set apart from the paragraph above.
    func testHeadlineUnderASeparatorStandsUnderStripped() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let scorer = try CleaningFixtures.scorer()
        func underStripped(_ text: [String]) throws -> Bool {
            let lines = Separator.asBreaks(classifier.classify(text.joined(separator: "\n")).lines)
            let k = try XCTUnwrap(lines.firstIndex { $0.text == Self.headline })
            return BoundaryPlanner.underStripped(k, lines, scorer.facts(lines))
        }
        XCTAssertTrue(try underStripped([Self.h[0], "", "* * *", "", Self.headline, "", Self.o[0]]))
        XCTAssertFalse(try underStripped([Self.h[0], "", Self.headline, "", Self.o[0]]), "right under a paragraph")
    }

    func testAuthorCreditIsNoTrailer() {
        func names(_ s: String) -> Bool { SplitText.withBytes(s) { BoundaryPlanner.namesAuthor($0, words: s.split(separator: " ").count) } }
        XCTAssertTrue(names("Written by Tom Lee"))
        XCTAssertFalse(names("(Reporting by Anna Berg; Editing by Tom Lee)"))
        XCTAssertFalse(names("Reporting by Anna Berg; Editing by Tom Lee"))
        XCTAssertFalse(names("The opinions expressed by columnists are their own"))
    }
}
