import XCTest
@testable import WinnowPipeline

/// A headline the story-length prior dropped for the lede under its own header block heads that
/// lede's story (`BoundaryDroppedHeadline.swift`): a headline set as two sentences, over a byline,
/// a stamp, widgets and a disclaimer a rule stripped with the lede's dateline on it. A caption of
/// one sentence over its credit there does not title the story below, and stays text.
final class SplitDroppedHeadlineTests: XCTestCase {
    static let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
    static let headline = "Cheaper, Yes. Emptier Halls? No."
    static let disclaimer = "LOS ANGELES, November 9 (Capitol) - The opinions expressed by columnists are their own and do not represent the views of Example.com."

    /// A page: headline, byline, stamp, widgets, the disclaimer, then the lede's paragraphs.
    static func page(_ top: String) -> [String] {
        [top, "", "Written by Tom Lee", "", "Updated 7 hours ago", "", "Print", "Email", "", disclaimer, "",
         o[0], "", o[1], "", o[2], "", o[3], "", o[4]]
    }

    func testSentenceHeadlineOverTheHeaderOfTheTextsFirstLedeTitlesIt() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let stories = splitter.split(classifier.classify(Self.page(Self.headline).joined(separator: "\n")))
        XCTAssertEqual(stories.map(\.title), [Self.headline])
        XCTAssertTrue(stories[0].text.contains(Self.o[0]) && stories[0].text.contains(Self.o[4]))
    }

    /// Under a story closed by its trailer the same page was titled before (the trailer holds the
    /// headline's start against the prior); it must stay so.
    func testSentenceHeadlineUnderAStoryTitlesTheLedeBelowItsHeader() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let text = ["(ROTTERDAM) — " + Self.h[0], "", Self.h[1], "", Self.h[2], "", Self.h[3], "", Self.h[4], "",
                    "(Reporting by Anna Berg; Editing by Tom Lee)", ""] + Self.page(Self.headline)
        let stories = splitter.split(classifier.classify(text.joined(separator: "\n")))
        XCTAssertEqual(stories.map(\.title), [nil, Self.headline])
        XCTAssertFalse(stories[0].text.contains("Cheaper, Yes"), "the headline left the story above")
        XCTAssertTrue(stories[1].text.hasPrefix(Self.o[0]))
    }

    /// One sentence in sentence case over a credit is a photo caption: no title, and its text stays.
    func testCaptionSentenceOverItsCreditDoesNotTitleTheLede() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let caption = "In a letter to the orchestra board on Monday, the mayor asked the musicians to reconsider the schedule."
        let text = ["(ROTTERDAM) — " + Self.h[0], "", Self.h[1], "", Self.h[2], "", Self.h[3], "", Self.h[4], "",
                    "Sign up for our newsletter — The Ledger Daily", "", caption, "", "— AP", "", "Updated 7 hours ago", "",
                    "Photograph: Chen Brennan/EPA-EFE", "", Self.o[0], "", Self.o[1], "", Self.o[2], "", Self.o[3], "", Self.o[4]]
        let stories = splitter.split(classifier.classify(text.joined(separator: "\n")))
        XCTAssertFalse(stories.contains { $0.title == caption })
        XCTAssertTrue(stories.contains { $0.text.contains(caption) }, "the caption sentence stays text")
        XCTAssertTrue(stories.contains { $0.text.contains(Self.o[4]) })
    }
    /// A paragraph ending in a question scores as a headline; the prior drops it for the lede under
    /// the furniture below it (three topics: the paragraph's own starts on a topic shift). It is no
    /// headline of that lede: a headline is of a headline's width. Hard-wrapped at 80, indented.
    func testParagraphEndingInAQuestionDoesNotTitleTheLedeBelow() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let harbour = ["The harbour authority approved a plan on Tuesday to dredge the northern shipping channel, allowing container vessels with deeper hulls to dock at the terminal. Dredging crews will remove sediment from the channel floor over eighteen months.",
                       "Fishermen who moor their trawlers near the channel worry that sediment plumes will drive shellfish away from the harbour beds during the dredging season. The authority said its engineers would monitor sediment levels daily.",
                       "Terminal operators welcomed the decision, saying deeper berths would let them compete with rival ports for the largest container vessels calling in the region. None of that was settled."]
        let para = "How much is a human life worth? As a society we have historically been willing to incur costs to save lives and improve public welfare. Government forces carmakers to reduce air pollution, and the price of cars goes up. Few people suggest deactivating the economy to fight flu or traffic accidents. Why do it for this one virus?"
        let orchestra = ["The city orchestra announced its autumn season with three symphonies by Sibelius and a new violin concerto commissioned from a young composer in Helsinki. Rehearsals begin in August under the new conductor.",
                         "Ticket prices for students will fall to five pounds, a change the orchestra hopes will bring younger listeners into the concert hall on weekday evenings. The concerto will be played by a soloist from Brussels.",
                         "Musicians said the conductor's rehearsal schedule leaves more time for sectional practice, something the string players had requested for several seasons. The hall reopens in September."]
        var text: [String] = []
        for p in harbour { text += Self.wrapped(p) + [""] }
        text += ["  SIGN UP TODAY Get the Backchannel newsletter for the best features and", "investigations on WIRED.", ""]
        text += Self.wrapped(para) + ["", "", "Jane Doe leaves the concert hall near the harbour on Sunday. (Shutterstock Photo/Tom Lee)", "",
                                     "848 Shares", "", "Diego Novak, AFP", ""]
        for p in orchestra { text += Self.wrapped(p) + [""] }
        let stories = splitter.split(classifier.classify(text.joined(separator: "\n")))
        XCTAssertFalse(stories.contains { ($0.title ?? "").hasPrefix("How much is a human life worth?") })
        XCTAssertTrue(stories.contains { $0.text.contains(para) }, "the paragraph stays text")
        XCTAssertTrue(stories.contains { $0.text.contains("The city orchestra announced") })
    }

    /// `p` indented two spaces and wrapped at 80 columns, as a hard-wrapped dump sets it.
    static func wrapped(_ p: String) -> [String] {
        var out: [String] = [], line = " "
        for w in p.split(separator: " ") {
            if line.count + 1 + w.count > 80 { out.append(line); line = String(w) } else { line += " " + w }
        }
        return out + [line]
    }
}
