import XCTest
@testable import WinnowPipeline

/// Portal pages run together in one dump: title tags with other separators (`Headline :: Site`,
/// `Headline – Site`), skip links and menu buttons in the common languages (`chrome_nav`) and the
/// masthead over them, rails whose numbers the scrape kept on some items only, an author's name
/// over a bio the `author_bio` family took, `More from <Site>: <title>` links, and a page's top
/// that ends the walk up from a start to its headline. Prose with the same words stays.
final class CleaningPortalPagesTests: XCTestCase {
    private func kinds(_ text: String) throws -> [String?] {
        let (classifier, _) = try CleaningFixtures.stages()
        return classifier.classify(text).lines.map { $0.kind == .blank ? "" : $0.strippedRule }
    }

    // MARK: title tags

    func testTitleTagSeparatorsOtherThanThePipe() {
        let key: (String) -> UInt64? = StorySplitter.bareTitleKey
        let bare = LineKey.hash("Harbour authority approves dredging of the channel")
        for t in ["Harbour authority approves dredging of the channel :: The Capitol Courier",
                  "Harbour authority approves dredging of the channel - Daily Courier",
                  "Harbour authority approves dredging of the channel – The Union Star",
                  "Harbour authority approves dredging of the channel — Harbour Post"] {
            XCTAssertEqual(key(t), bare, t)
            let bytes = Array(t.utf8)
            XCTAssertEqual(bytes.withUnsafeBufferPointer { StorySplitter.bareTitleKey(bytes: $0) }, bare, t)
        }
        // A dash inside a headline or a sentence is no site's name: lower case after it, a clause
        // with punctuation, a name too long, or too few words before it.
        XCTAssertNil(key("Harbour authority approves dredging - a plan fishermen oppose"))
        XCTAssertNil(key("Budget talks stall – Lawmakers blame each other, again."))
        XCTAssertNil(key("Harbour authority approves dredging - The Long Awaited Plan For The Northern Channel Of The Port"))
        XCTAssertNil(key("Dredging - The Union Star"))
        XCTAssertNil(key("Harbour authority approves dredging of the channel"))
        // The last separator is the site's: one inside the headline stays in it.
        XCTAssertEqual(key("Trump - Putin summit ends early - The Union Star"), LineKey.hash("Trump - Putin summit ends early"))
    }

    func testTitleTagWithColonsOverItsHeadlineTitlesTheStory() throws {
        let paragraph = "The council voted on Tuesday to approve the budget after a long debate about road repairs, school funding and the pay of city workers, officials said."
        let text = """
        Council Approves Budget After Long Debate

        \(paragraph)

        \(paragraph.replacingOccurrences(of: "Tuesday", with: "Monday"))

        Source: example.com

        How Kashmiri artists are resisting the months-long lockdown :: The Capitol Courier
        Reading time: 4 minutes
        Print
        Email
        How Kashmiri artists are resisting the months-long lockdown
        SRINAGAR: On a warm summer morning in August, poet Shugufta Zahid says she was devastated when the government announced the scrapping of the region's autonomy.

        "It is a wound on our hearts and it will never be healed," she said of the decision that week.
        """
        let (classifier, splitter) = try CleaningFixtures.stages()
        let stories = splitter.split(classifier.classify(text))
        XCTAssertEqual(stories.count, 2)
        XCTAssertEqual(stories.last?.title, "How Kashmiri artists are resisting the months-long lockdown")
    }

    // MARK: navigation bar

    func testSkipLinksAndMenuButtonsAreStrippedWithTheMastheadOverThem() throws {
        for line in ["Zum Inhalt springen", "Aller au contenu", "Pular para o conteúdo", "Vai al contenuto",
                     "Ir al contenido", "Close menu", "Menú", "Naar de inhoud"] {
            XCTAssertEqual(try CleaningFixtures.strippedRule(line), "chrome_nav", line)
        }
        XCTAssertEqual(try kinds("The Coastal Post\nPular para o conteúdo\nMenu\n\nThe authority voted on Tuesday."),
                       ["masthead", "chrome_nav", "widget", "", nil])
        XCTAssertEqual(try kinds("Global Herald\nClose menu\nSkip to content\n\nThe authority voted on Tuesday."),
                       ["masthead", "chrome_nav", "widget", "", nil])
        // Prose that mentions the same words stays.
        for line in ["Close menu items were dropped from the app, the designer said.",
                     "Ir al contenido de la ley fue lo primero que hizo la jueza el martes."] {
            XCTAssertNil(try CleaningFixtures.strippedRule(line), line)
        }
    }

    func testAPageTopEndsTheWalkUpToAHeadline() throws {
        let lines = try CleaningFixtures.classifier()
            .classify("The Harbour Star\nSubscribe\nAccueil → Monde → Europe\nShare\nThe authority voted on Tuesday.").lines
        XCTAssertEqual(lines.indices.map { BoundaryPlanner.topsPage($0, lines) }, [true, false, true, false, false])
    }

    /// An English skip link is `widget`'s line, not `chrome_nav`'s, and tops the page all the same:
    /// the walk up from a short headline stopped short of it and took the learned site name over it
    /// for the title (p1 live_blog: `The Union Herald`). Prose opening with the same words stays a
    /// body line, and another widget is no page top.
    func testAnEnglishSkipLinkTopsThePage() throws {
        let lines = try CleaningFixtures.classifier()
            .classify("Skip to content\nShare\nSkip to the second half of the report, the minister told the committee on Tuesday.").lines
        XCTAssertEqual(lines.map(\.strippedRule), ["widget", "widget", nil])
        XCTAssertEqual(lines.indices.map { BoundaryPlanner.topsPage($0, lines) }, [true, false, false])
    }

    // MARK: rails

    /// A rail whose numbers the scrape kept on some items only (`1. <title>` / `<title>` /
    /// `3 <title>`) is one list, closed by a blank line over the next page's top.
    func testRailWithRanksOnSomeItems() throws {
        let text = """
        Most read
        1. City orchestra unveils autumn season
        2 Mayor opens the new library wing
        Tram line extension delayed again
        4 Harbour authority weighs a second dredging contract

        The Harbour Star
        Subscribe
        """
        XCTAssertEqual(try kinds(text), ["widget", "link_list", "link_list", "link_list", "link_list", "",
                                         "masthead", "widget"])
        // A rank out of place ends nothing that was a list: the numbered run stays a list alone.
        XCTAssertEqual(try kinds("Most read\n1. City orchestra unveils autumn season\n7 Mayor opens the new library wing\n\nThe Harbour Star\nSubscribe"),
                       ["widget", "link_list", nil, "", "masthead", "widget"])
    }

    /// A rail with ranks on some items, the next box (a cookie banner) right under it with no blank
    /// line: the ranks past the numbered run tell where it ends, at the last rank over the banner.
    func testRailWithRanksOnSomeItemsOverACookieBanner() throws {
        let text = ["Top stories", "1. City orchestra unveils autumn season", "Mayor opens the new library wing",
                    "3 Harbour authority weighs a second dredging contract", "Tram line extension delayed again",
                    "5. Council votes on the budget before the recess", "Subscribe", "Search",
                    "The Harbour Star"].joined(separator: "\n")
        let k = try kinds(text)
        XCTAssertEqual(Array(k[1...5]), ["link_list", "link_list", "link_list", "link_list", "link_list"])
        // No rank past the numbered run: the unranked line under it may be the next story's
        // headline, and it stays.
        let alone = ["Top stories", "1. City orchestra unveils autumn season", "Mayor opens the new library wing",
                     "Subscribe", "Search", "The Harbour Star"].joined(separator: "\n")
        XCTAssertNil(try kinds(alone)[2])
    }

    /// An unranked title right under a numbered run, with a lede under it, is the next story's
    /// headline: it stays.
    func testHeadlineUnderANumberedRunStays() throws {
        let lede = "Trump’s grandiosity manifests itself in ways large and small, and the harbour council has "
            + "noticed it in every letter the White House sent about the dredging contract this spring."
        let text = ["Most Read", "1. Yes, the council did disclose that loan", "2. Mayor opens the new library wing",
                    "TRUMP’S DARK ASSUMPTION ABOUT AMERICA", "", lede].joined(separator: "\n")
        XCTAssertEqual(try kinds(text), ["widget", "link_list", "link_list", nil, "", nil])
    }

    // MARK: author boxes and links

    func testNameOverABioTheFamilyTookIsStripped() throws {
        let lines = ["The council will vote on the dredging plan next month.", "",
                     "Lucía Costa", "Lucía Costa is a senior editor at The Northern Observer.",
                     "Lucía Costa covers the port for The Northern Observer. Follow @costa on Twitter."]
        let rules = try CleaningFixtures.classifier().classify(lines.joined(separator: "\n")).lines.map(\.strippedRule)
        XCTAssertEqual(rules, [nil, nil, "author_box", "author_bio", "author_box"])
        // A subhead naming a person over prose that opens with the name stays.
        let prose = try CleaningFixtures.classifier()
            .classify("Jane Roe\nJane Roe is the new harbour master, the council said.").lines.map(\.strippedRule)
        XCTAssertEqual(prose, [nil, nil])
    }

    func testMoreFromTheSiteLinksAreStripped() throws {
        for line in ["More from National Tribune: New hope for the harbour's oyster beds",
                     "Más información: El puerto aprueba el dragado del canal norte",
                     "Approfondisci: Il porto approva il dragaggio del canale"] {
            XCTAssertEqual(try CleaningFixtures.strippedRule(line), "related_link", line)
        }
        for line in ["More from the harbour's fishermen came forward on Tuesday to oppose the plan.",
                     "MORE FROM TRUMP: 'God Loves You': President speaks at the prayer breakfast",
                     "More from the council: it will vote again in March, the mayor said."] {
            XCTAssertNil(try CleaningFixtures.strippedRule(line), line)
        }
    }

    // MARK: bylines

    func testLiveEntryAuthorUnderItsStampIsStripped() throws {
        let prose = "Cannon’s apology on Wednesday came after he first refused to make one, the network said in a statement."
        XCTAssertEqual(try kinds("10:42 GMT\nMaria Fischer\n\(prose)"), ["live_entry", "live_author", nil])
        let (classifier, _) = try CleaningFixtures.stages()
        XCTAssertEqual(classifier.classify("10:42 GMT\nMaria Fischer\n\(prose)").lines[1].metadata["bylines"],
                       .array([.string("Maria Fischer")]))
        // A name over prose with no stamp above it, or a sentence naming the person, stays.
        XCTAssertEqual(try kinds("Maria Fischer\n\(prose)"), [nil, nil])
        XCTAssertEqual(try kinds("10:42 GMT\nMaria Fischer said the vote would wait.\n\(prose)"), ["live_entry", nil, nil])
    }

    func testNameAndJobBylines() {
        func shape(_ s: String) -> Bool {
            let b = Array(s.utf8)
            return b.withUnsafeBufferPointer { Byline.hasShape($0, words: s.split(separator: " ").count) }
        }
        for line in ["David Lindqvist, journaliste", "Marco Rossi, giornalista", "Ana Silva | Redacción",
                     "Jane Q. Doe, staff reporter", "Lucía García, periodista"] {
            XCTAssertTrue(shape(line), line)
        }
        // A headline with a name and a comma, or a name and a job inside a clause, is no byline.
        for line in ["Trump Adviser, journalist clash over leaks", "The Reporter, a film about journalists",
                     "Why Jane Doe, journaliste", "Jane Doe, journaliste et romancière, raconte la guerre"] {
            XCTAssertFalse(shape(line), line)
        }
    }

    func testPrintJumpLinesAreStripped() throws {
        for line in ["See OBAMA, Page A5", "Please see TRUMP on B2", "See HARBOUR, Page 12", "Continued on Page A12"] {
            XCTAssertEqual(try CleaningFixtures.strippedRule(line), "print_jump", line)
        }
        XCTAssertEqual(try CleaningFixtures.strippedRule("Continued from Page A1"), "print_jump_from")
        for line in ["See the full report on page 4 of the filing.", "See you on Tuesday, the mayor told reporters.",
                     "Please see the council's statement on page 12 for details."] {
            XCTAssertNil(try CleaningFixtures.strippedRule(line), line)
        }
    }

    /// `max_items` counts a rail's titles: the stripped lines of a sponsored box run on under it
    /// (its label, its ad slots) make the block no longer a list.
    func testRailRunningIntoASponsoredBoxIsAList() throws {
        let titles = ["Harbour authority approves dredging", "Mayor opens the new library wing",
                      "Tram line extension delayed again", "City orchestra unveils autumn season",
                      "Council weighs a second bridge"]
        let text = (["Top stories"] + titles + ["Ads by Taboola"] + Array(repeating: "Advertisement", count: 5)
                    + ["", "The council will vote in March on the dredging plan, the mayor said on Tuesday."]).joined(separator: "\n")
        XCTAssertEqual(try kinds(text), ["widget"] + Array(repeating: "link_list", count: 5) + ["chrome_label"]
                       + Array(repeating: "widget", count: 5) + ["", nil])
        // Eleven titles are no rail's: left alone.
        let many = (["Top stories"] + (1...11).map { "Harbour story number \(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"][$0 - 1]) is here" }
                    + [""]).joined(separator: "\n")
        XCTAssertEqual(try kinds(many).filter { $0 == "link_list" }.count, 0)
    }

    func testBioTheFamilyTookUnderTheLabel() throws {
        let lines = ["About the author", "Diego Sullivan is a senior editor at The City Tribune.",
                     "Diego Sullivan covers the White House for The City Tribune. Follow @sullivan on Twitter."]
        let rules = try CleaningFixtures.classifier().classify(lines.joined(separator: "\n")).lines.map(\.strippedRule)
        XCTAssertEqual(rules, ["author_box", "author_bio", "author_box"])
    }
}
