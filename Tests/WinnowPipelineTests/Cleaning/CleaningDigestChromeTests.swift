import XCTest
@testable import WinnowPipeline

/// Chrome of three archive kinds a story reaches a dump through (Pipelines/news.yaml): an e-mail
/// newsletter's links, notices and read-more buttons (`newsletter_chrome`), a forum thread's post
/// and reply headers (`forum_chrome`, `forum_widget`, `chrome_comment`), a printed page's running head and jump
/// lines in OCR (`print_running_head`, `print_jump`); and prose of the same words kept.
final class CleaningDigestChromeTests: XCTestCase {
    func testNewsletterForumAndPrintChromeIsStripped() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let chrome: [(String, String)] = [
            ("View in browser | Forward to a friend", "newsletter_chrome"),
            ("View this email in your browser", "newsletter_chrome"),
            ("Unsubscribe | Update your preferences", "newsletter_chrome"),
            ("Se désabonner | Gérer mes préférences", "newsletter_chrome"),
            ("You are receiving this email because you signed up for The Morning Brief.", "newsletter_chrome"),
            ("Sie erhalten diese E-Mail, weil Sie sich angemeldet haben.", "newsletter_chrome"),
            ("Read the full story →", "newsletter_trailer"),
            ("Read more (Fox News)", "newsletter_trailer"),
            ("Lees het hele artikel »", "newsletter_trailer"),
            // A bare markdown link line is markup first (markup_line comes earlier in news.yaml).
            ("[Continue reading](https://example.com/r/1234)", "newsletter_trailer"),
            ("-- Jane Okafor, senior writer", "newsletter_trailer"),
            ("Acme Coffee: start your week right. Try it free for 30 days with code BRIEF30.", "newsletter_chrome"),
            ("Acme Media, 120 Market Street, Suite 400, Portland, OR 97204", "newsletter_chrome"),
            ("submitted 6 hours ago by old_man_yells to /r/news", "forum_widget"),
            ("r/worldnews • Posted by u/kettle_of_fish 5 hours ago", "forum_chrome"),
            ("412 points by sundaydriver 3 hours ago | hide | past | favorite | 88 comments", "forum_widget"),
            ("Post by quietlurker » Mon Jan 08, 2018 9:14 pm", "forum_widget"),
            ("119 comments share save hide report", "forum_widget"),
            ("permalink embed save report reply", "forum_chrome"),
            ("[link] (nytimes.com)", "forum_widget"),
            ("Re: Senate passes the budget bill", "forum_widget"),
            ("Full text below:", "forum_widget"),
            ("Text for those who hit the paywall:", "forum_widget"),
            ("Full text since the site is paywalled:", "forum_widget"),
            ("level 1 · civicnerd · 4h", "chrome_comment"),
            ("[–] pragmatic_pat 234 points 6 hours ago", "chrome_comment"),
            ("sundaydriver 3 hours ago [–]", "chrome_comment"),
            ("A12 THE HARBOR GAZETTE MONDAY, MARCH 3, 1997", "print_running_head"),
            ("THE HARBOR GAZETTE MONDAY, MARCH 3, 1997 A13", "print_running_head"),
            ("MONDAY, MARCH 3, 1997 THE HARBOR GAZETTE PAGE A13", "print_running_head"),
            ("Fortsetzung auf Seite A6", "print_jump"),
            ("Continued on Page A12", "print_jump"),
            ("RESTRICTION: Segue da pagina 3", "print_jump_from"),
            ("BUDGET: Continued from Page A1", "print_jump_from"),
            ("Vervolg van pagina A25", "print_jump_from"),
        ]
        for (line, rule) in chrome {
            XCTAssertEqual(classifier.classify(line).lines[0].strippedRule, rule, line)
        }
    }

    func testAReplyUnderAForumHeaderIsAComment() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let text = "[–] readerOfThings 373 points 3 hours ago\nBig if true. Waiting for a second source.\nLike 42\n\nThe Senate voted 51-49 on Tuesday to pass the bill."
        let lines = classifier.classify(text).lines
        XCTAssertEqual(lines[1].strippedRule, CommentThread.rule)
        // The like count is a forum widget of its own now (`CleaningForumButtonsTests`).
        XCTAssertEqual(lines[2].strippedRule, "forum_widget")
        XCTAssertNil(lines[4].strippedRule)
    }

    func testABoardTopicLabelIsCutOffItsTitle() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let topic = classifier.classify("Topic: Senate passes the budget bill").lines[0]
        XCTAssertEqual(topic.kind, .body)
        XCTAssertEqual(String(topic.content), "Senate passes the budget bill")
        let prose = classifier.classify("Topic: the budget, which the Senate passed on Tuesday.").lines[0]
        XCTAssertEqual(String(prose.content), "Topic: the budget, which the Senate passed on Tuesday.")
    }

    func testProseOfTheSameWordsIsKept() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let prose = [
            "Read the full story of how the deal fell apart in Sunday's edition.",
            "You are receiving this message because the court ordered it, the letter said.",
            "Good morning, America, the host began.",
            // A briefing's writer opens with it: body (private wire 6262).
            "Good morning.",
            "RE: It's watching multiple generations die. We see pictures of babies.",
            "Submitted by the committee on Tuesday, the report found no wrongdoing.",
            "Text for those who hit the paywall was cut from the settlement, the lawyers said.",
            "MONDAY, MARCH 3, 1997 was the day the strike began, he said.",
            "The paper's front page on Monday, March 3, 1997 carried the story.",
            "He said the new code would take effect with code enforcement next year.",
            "See the full report on page 4 of the filing.",
            "-- Mike Pence, the vice president, said the talks would go on.",
        ]
        for line in prose {
            XCTAssertNil(classifier.classify(line).lines[0].strippedRule, line)
        }
    }

    /// An issue's name, greeting and intro above the editor's dashed sign-off, at the top: the
    /// issue's note (`NewsletterIntro`), not an item. A story signed off the same way lower down,
    /// or a note with a paragraph in it, keeps its lines.
    func testAnIssuesNoteAboveItsEditorsSignOffIsStripped() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let issue = "View in browser | Forward to a friend\n\nTHE MORNING LEDGER\nJuly 11, 2015\n\nHi there,\n\n"
            + "Here is what you need to know today, in about five minutes.\n-- Jane Okafor, editor\n\n* * *\n\n"
            + "Senate passes the budget bill\n\nThe Senate voted 51-49 on Tuesday to pass the bill."
        let lines = classifier.classify(issue).lines
        for i in [2, 5, 7] { XCTAssertEqual(lines[i].strippedRule, NewsletterIntro.rule, String(lines[i].content)) }
        XCTAssertNil(lines[12].strippedRule)
        XCTAssertNil(lines[14].strippedRule)
        // A letter with a paragraph over the sign-off keeps it.
        let paragraph = String(repeating: "The council met on Tuesday and voted to close the old library for good. ", count: 3)
        let letter = classifier.classify("A letter from the editor\n\n\(paragraph)\n-- Jane Okafor, editor").lines
        XCTAssertNil(letter[0].strippedRule)
        XCTAssertNil(letter[2].strippedRule)
        // No sign-off: a greeting and a short line at the top stay (a briefing opens so).
        let noSignOff = classifier.classify("Good morning.\nThe Senate voted 51-49 on Tuesday.\n\nMore below.").lines
        XCTAssertNil(noSignOff[0].strippedRule)
        XCTAssertNil(noSignOff[1].strippedRule)
        // A read-more button (the same family, no dash) ends an item, not a note.
        let item = classifier.classify("Senate passes the budget bill\nThe Senate voted 51-49 on Tuesday.\nRead the full story →").lines
        XCTAssertNil(item[0].strippedRule)
        XCTAssertNil(item[1].strippedRule)
    }
}
