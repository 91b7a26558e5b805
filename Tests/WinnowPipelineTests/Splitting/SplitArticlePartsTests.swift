import XCTest
@testable import WinnowPipeline

/// Lines of an article that passed for headlines on the blind sets: a video player's clip title
/// with its running time (`clip_running_time`), a source quoted with its attribution
/// (`reported_speech`), a paragraph cut mid-sentence above its lower-case rest (`continues_below`),
/// and an indented line in a text that indents its paragraphs under flush headlines (`indented_start`).
final class SplitArticlePartsTests: XCTestCase {
    static let harbour = SplitStructureTests.harbour
    static let orchestra = SplitStructureTests.orchestra
    static let h1 = SplitFalseStartTests.h1

    func testRunningTimeShapes() {
        for s in ["JUST WATCHED Obama, Romney break down the math Replay More Videos ... MUST WATCH Obama, Romney break down the math 04:40",
                  "Michael Smith: 'Who are you to tell Native Americans what to be offended by?' (1:52)",
                  "Netanyahu Rival Launches Challenge To Lead Likud Party Listen · 2:49 2:49", "The full hearing 1:02:33 "] {
            XCTAssertTrue(SplitText.withBytes(s, BoundaryScorer.endsWithRunningTime), s)
        }
        for s in ["Polls close at 10:30 ET", "Romans 13:1", "The vote was 3:2", "Game ends 4:61", "Clip (2:31", "Watch:2:31",
                  "Harbour authority approves plan to dredge the northern channel", "12:30"] {
            XCTAssertFalse(SplitText.withBytes(s, BoundaryScorer.endsWithRunningTime), s)
        }
    }

    func testSpeechAttributionShapes() {
        for s in ["Mr. Obama looked at him incredulously. “Of course not,” he said. “If you’re in public life, where else?”",
                  "“I went to my bosses at the time,” Chomsky told the Observer.", "\"And I will vote,\" he added, \"so there's only one option.\"",
                  "“Everybody was completely accessible,” said Anthony Scaramucci", "“Why now?” the town mayor asked"] {
            XCTAssertTrue(SplitText.withBytes(s, BoundaryScorer.hasSpeechAttribution), s)
        }
        for s in ["Trump: “We will win” as rally crowds return", "‘Absurd, Immoral and Offensive’: UN hands Maduro a seat",
                  "“We will win,” says Trump", "Trump said he would sign the bill", "“Fake news,” they cried, and the crowd of supporters said nothing",
                  "\"Shocking, Yes. Looming Dictatorship? No.\""] {
            XCTAssertFalse(SplitText.withBytes(s, BoundaryScorer.hasSpeechAttribution), s)
        }
    }

    /// Between two unrelated stories' paragraphs, a clip title and a quoted source of headline
    /// shape start no story; with the weights at 0 each one does.
    func testClipTitleAndQuotedSourceStartNoStory() throws {
        let cases: [(String, SplitFeature, WeightSign)] = [
            ("Conductor explains the new Sibelius season in Helsinki 02:31", .clipRunningTime, .negative),
            ("“We will bring younger listeners into the concert hall,” the conductor told reporters", .reportedSpeech, .negative),
        ]
        for (x, feature, sign) in cases {
            let text = ([Self.h1] + Self.harbour + [x] + Self.orchestra).joined(separator: "\n\n")
            try CleaningFixtures.assertFeature(feature, fires: sign, where: { $0 == x }, in: text, stories: 1, without: 2)
        }
    }

    /// A line that opens with a dateline is a lede even when it ends with a running time (a
    /// sports page's lede that describes its clip): `clip_running_time` is not asked there.
    func testDatelineLedeEndingInRunningTimeIsNotAClip() throws {
        let x = "DENVER: Conductor explains the new Sibelius season to the city's radio listeners (2:31)"
        let text = ([Self.h1] + Self.harbour + [x] + Self.orchestra).joined(separator: "\n\n")
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(text)
        let fate = try XCTUnwrap(splitter.explain(lines).first { lines.lines[$0.line].content == x })
        XCTAssertFalse(fate.features.contains { $0.hasPrefix("clip_running_time") }, "\(fate.features)")
        XCTAssertEqual(splitter.split(lines).count, 2)
    }

    /// A paragraph's head whose wrapped rest below opens in lower case (here a line the time-stamp
    /// rule could take) is no headline: `continues_below`.
    func testParagraphCutAboveItsLowerCaseRestIsNoHeadline() throws {
        let head = "Thanks to the review the orchestra commissioned from the conductor"
        let rest = "published in February — we know that the season was planned around the Sibelius cycle"
        let text = ([Self.h1] + Self.harbour + [head + "\n" + rest] + Self.orchestra).joined(separator: "\n\n")
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(text)
        let fates = splitter.explain(lines)
        if let fate = fates.first(where: { lines.lines[$0.line].content == head }) {
            XCTAssertTrue(fate.features.fired("continues_below", .negative), "\(fate.features)")
        }
        XCTAssertEqual(splitter.split(lines).count, 1)
        let (c0, s0) = try CleaningFixtures.stages { $0.weights[.continuesBelow] = 0 }
        XCTAssertEqual(s0.split(c0.classify(text)).count, 2)
    }

    /// A printed page's running head between blanks cuts a paragraph wherever the page ends: its
    /// head above, open, reads as a headline, its rest below goes on in lower case. Across the
    /// running head it is still `continues_below`; across a jump line (the story goes on
    /// elsewhere) or a blank alone it is not.
    func testParagraphCutByARunningHeadIsNoHeadline() throws {
        let head = "Thanks to the review the orchestra commissioned from the conductor"
        let rest = "published in February we know that the season was planned around the Sibelius cycle."
        let (classifier, splitter) = try CleaningFixtures.stages()
        func fired(_ between: String) throws -> Bool {
            let text = ([Self.h1] + Self.harbour + [head, between, rest] + Self.orchestra).joined(separator: "\n\n")
            let lines = classifier.classify(text)
            let fate = try XCTUnwrap(splitter.explain(lines).first { lines.lines[$0.line].content == head })
            return fate.features.fired("continues_below", .negative)
        }
        XCTAssertTrue(try fired("A10 THE HARBOR GAZETTE MONDAY, MARCH 3, 1997"))
        XCTAssertFalse(try fired("Continued on Page A26"), "a jump line: the story goes on elsewhere")
        XCTAssertFalse(try fired(""), "a blank alone is a paragraph break")
    }

    /// In a text that indents its paragraphs and sets its headlines flush left (three with a
    /// trailer or the start of the text above them), an indented headline-shaped line between
    /// two topics is a paragraph or subhead: `indented_start`; with the weight at 0 it splits.
    func testIndentedLineUnderFlushHeadlinesIsNoStart() throws {
        let wrap = { (p: String) in "    " + SplitFalseStartTests.wrap(p, 68) }
        let sub = "    Musicians welcome a longer season of sectional rehearsals"
        let text = ([Self.h1] + Self.harbour.map(wrap) + [sub] + Self.orchestra.map(wrap)
            + ["(Reporting by Jane Doe; Editing by John Roe)", "Rail operator to close coastal line for six weekends"] + SplitFalseStartTests.rail.map(wrap)
            + ["(Reporting by Jane Doe; Editing by John Roe)", "Bakery chain opens twenty shops across the north"]
            + SplitFalseStartTests.bakery.map(wrap)).joined(separator: "\n\n")
        try CleaningFixtures.assertFeature(.indentedStart, fires: .negative, where: { $0.hasPrefix("Musicians welcome") }, in: text,
                                           stories: 3, without: 4)
    }

    /// The long-story prior takes none of them back.
    func testArticlePartsAreNamed() {
        for f in [SplitFeature.clipRunningTime, .reportedSpeech, .continuesBelow, .indentedStart] {
            XCTAssertTrue(BoundaryPlanner.namedInArticle(.fixture(4.0, [.openEnding, f])), f.rawValue)
        }
    }
}
