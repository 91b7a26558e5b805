import XCTest
@testable import WinnowPipeline

/// A thread's title over its post's meta line naming the poster opens a post
/// (`forum_post_after`, `BoundaryForumPost.swift`): the poster line is the post's byline, so a
/// title held down by its own shape (a remark ending on a question, a headline ending on an
/// abbreviation) still starts the story pasted under it.
final class SplitForumPostStartTests: XCTestCase {
    static let buttons = "212 comments share save hide report"

    static func post(_ title: String, _ meta: String, _ body: [String]) -> [String] {
        [title, meta, Self.buttons, ""] + body + [""]
    }

    func testPosterLinesNameAPoster() {
        for line in ["submitted 19 uur geleden by kettle_of_fish to /r/politics", "Post by ann » Mon Jan 01, 2018 1:23 pm",
                     "727 points by ZeroSumGame 3 horas atrás | hide | past | favorite | 187 comentários"] {
            XCTAssertTrue(SplitText.withBytes(line, BoundaryScorer.isPosterLine), line)
        }
        for line in ["Re: Why the bill passed by a wide margin", Self.buttons, "Full text below:", "[link]"] {
            XCTAssertFalse(SplitText.withBytes(line, BoundaryScorer.isPosterLine), line)
        }
    }

    /// A second thread whose title ends on an abbreviation (read as a sentence) or is a poster's
    /// question: without the poster line's weight it stayed under the threshold and the pasted
    /// story was glued to the post above.
    func testTitleOverPosterLineStartsThePost() throws {
        for title in ["Orchestra Names a Conductor From the U.K.", "Thoughts on this?"] {
            let text = Self.post("Harbour Approves Dredging Plan for the Northern Channel",
                                 "submitted 6 hours ago by ann to /r/news", SplitStructureTests.harbour)
                + Self.post(title, "submitted 3 hours ago by bob to /r/news", SplitStructureTests.orchestra)
            let stories = try CleaningFixtures.split(text)
            XCTAssertEqual(stories.count, 2, title)
            XCTAssertTrue(stories.last?.text.hasPrefix(SplitStructureTests.orchestra[0]) ?? false, title)
        }
    }

    /// The poster line opens in lower case with six words or more: it is the post's byline, not
    /// the rest of a sentence the title began (`continues_below`). Read so, a labelled title
    /// (`OPINION: …`, scored as the kicker it is) whose words come from the post above was held
    /// under the threshold and the second post was glued to the first.
    func testPosterLineIsNoContinuationBelowTheTitle() throws {
        let title = "OPINION: Harbour Dredging Plan Is a Cover for the Terminal"
        let text = Self.post("Harbour Approves Dredging Plan for the Northern Channel",
                             "submitted 6 hours ago by ann to /r/news", SplitStructureTests.harbour)
            + Self.post(title, "submitted 3 hours ago by bob to /r/news", SplitStructureTests.orchestra)
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(text.joined(separator: "\n"))
        XCTAssertFalse(splitter.explain(lines).contains { $0.features.fired("continues_below", .negative) })
        let stories = splitter.split(lines)
        XCTAssertEqual(stories.count, 2)
        XCTAssertEqual(stories.last?.title, title)
    }

    /// A story pasted under a poster's lead-in (`Text for those who hit the paywall:`) below the
    /// post's header, the poster's remark (`Wow, just wow.`) for a title: the lede under the lead-in
    /// opens it (`forum_paste_lede`, `BoundaryForumPaste.swift`); without it the pasted story was
    /// glued to the thread above.
    func testLedeUnderPostersLeadInOpensThePastedStory() throws {
        let text = Self.post("Harbour Approves Dredging Plan for the Northern Channel",
                             "submitted 6 hours ago by ann to /r/news", SplitStructureTests.harbour)
            + ["Wow, just wow.", "Post by bob » Mon Jan 01, 2018 1:23 pm", "", "Text for those who hit the paywall:"]
            + SplitStructureTests.orchestra + [""]
        let stories = try CleaningFixtures.split(text)
        XCTAssertEqual(stories.count, 2)
        XCTAssertTrue(stories.last?.text.hasPrefix(SplitStructureTests.orchestra[0]) ?? false)
        let (c0, s0) = try CleaningFixtures.stages { $0.weights[.forumPasteLede] = 0 }
        XCTAssertEqual(s0.split(c0.classify(text.joined(separator: "\n"))).count, 1)
    }

    /// Prose negative: the same lead-in between an article's paragraphs with no post's header
    /// above it (a statement printed whole) opens nothing.
    func testLeadInWithoutPostHeaderStays() throws {
        let h = SplitStructureTests.harbour
        let stories = try CleaningFixtures.split(Array(h[..<3]) + ["Full text below:"] + h[3...])
        XCTAssertEqual(stories.count, 1)
        XCTAssertTrue(stories[0].text.contains(h[3]))
    }

    /// Prose negative: a story's closing sentence over a reply's poster line stays its story's
    /// last paragraph (a sentence of prose length gains the weight but no start).
    func testClosingParagraphOverReplyStays() throws {
        let last = "The authority said it would publish the full dredging schedule on its website before the work begins next spring."
        let text = Self.post("Harbour Approves Dredging Plan for the Northern Channel",
                             "submitted 6 hours ago by ann to /r/news", SplitStructureTests.harbour)
            .dropLast() + [last, "Post by bob » Mon Jan 01, 2018 1:23 pm", "Good news for the port, finally.", ""]
        let stories = try CleaningFixtures.split(Array(text))
        XCTAssertEqual(stories.count, 1)
        XCTAssertTrue(stories[0].text.contains(last))
    }

    /// A thread title ending in a question under the last post's signature (its buttons row
    /// stripped above it) keeps its start: the header lift took it for a dek and titled the story
    /// with the signature.
    func testThreadTitleIsNotLiftedToTheSignatureAbove() throws {
        let title = "On Impeachment, Where Are the High Crimes?"
        var text = Self.post("Harbour Approves Dredging Plan for the Northern Channel",
                             "submitted 6 hours ago by ann to /r/news", SplitStructureTests.harbour)
        text += ["Re: Harbour Approves Dredging Plan for the Northern Channel", "Post by bob » Thu Dec 12, 2019 5:31 pm",
                 "Saving this to read later tonight.", "Reply  Quote  Like 37", "Rig: Ryzen 5 / 16GB / too many browser tabs", ""]
        text += ["Topic: " + title, "Post by cat » Thu Dec 12, 2019 5:36 pm", "", "Article:"] + SplitStructureTests.orchestra + [""]
        let stories = try CleaningFixtures.split(text)
        XCTAssertEqual(stories.last?.title, title)
    }

    /// A thread title of two sentences (held under the threshold by its ending) over the post's
    /// header and lead-in, sharing no words with its lede (no `headline_affinity`), titles the pasted story: the start moves up from the lede to it, and the
    /// thread above no longer ends on it. A poster's remark there (`Wow, just wow.`) titles nothing
    /// and stays out of the story above only as before (prose negative: the remark is no title).
    func testTwoSentenceThreadTitleOverPastedStoryTitlesIt() throws {
        let title = "The council thought it was not allowed to refuse the claims. So it paid more than a million of them."
        let base = Self.post("Harbour Approves Dredging Plan for the Northern Channel",
                             "submitted 6 hours ago by ann to /r/news", Array(SplitStructureTests.harbour.prefix(3)))
        let paste = ["Post by bob » Thu Jun 25, 2020 8:46 pm", "", "Full text below:"] + SplitStructureTests.orchestra.prefix(3) + [""]
        let stories = try CleaningFixtures.split(base + ["Topic: " + title] + paste)
        XCTAssertEqual(stories.count, 2)
        XCTAssertEqual(stories.last?.title, title)
        XCTAssertFalse(stories[0].text.contains("refuse the claims"), stories[0].text)
        let remark = try CleaningFixtures.split(base + ["Topic: Wow, just wow."] + paste)
        XCTAssertEqual(remark.count, 2)
        XCTAssertNil(remark.last?.title)
        XCTAssertTrue(remark.last?.text.hasPrefix(SplitStructureTests.orchestra[0]) ?? false)
    }
}
