import XCTest
@testable import WinnowPipeline

/// Portal page chrome in the common languages (`chrome_prompt`, `chrome_label`, `chrome_comment`,
/// `chrome_trail` in Pipelines/news.yaml; reader comments by `CommentThread`): consent banners,
/// paywall and metering prompts, sign-up and app prompts, toolbar buttons, rails' headings, ad
/// labels, gallery counters, reading times, breadcrumbs. Prose with the same words stays.
final class CleaningPortalChromeTests: XCTestCase {
    func testConsentPaywallAndAppPromptsAreStripped() throws {
        for line in ["Wir verwenden Cookies, um Inhalte und Anzeigen zu personalisieren.",
                     "Nous utilisons des cookies pour améliorer votre expérience. Tout accepter / Continuer sans accepter",
                     "Cet article est réservé aux abonnés. Déjà abonné ? Se connecter",
                     "Este contenido es exclusivo para suscriptores. ¿Ya eres suscriptor? Inicia sesión",
                     "This article is for subscribers only. Start your free trial, cancel anytime.",
                     "You have read 1 of your 10 free articles.",
                     "Sie haben noch 2 kostenlose Artikel in diesem Monat.",
                     "Ti restano 4 articoli gratuiti questo mese.",
                     "Laden Sie die Hafenblatt-App herunter",
                     "Recevez chaque matin l’essentiel de l’actualité.",
                     "Jetzt Newsletter abonnieren", "Get 10 weeks for $1",
                     "Thèmes : Politique, International, Culture"] {
            XCTAssertEqual(try CleaningFixtures.strippedRule(line), "chrome_prompt", line)
        }
    }

    func testShortChromeLabelsAreStripped() throws {
        for line in ["Alle akzeptieren", "Tout accepter", "PUBLICITÉ", "Pubblicità", "ANZEIGE", "Publicidade",
                     "Bild 3 von 9", "Photo 3 sur 12", "Foto 2 de 7", "12 Kommentare", "Commentaires (4)",
                     "View 4 comments", "Meistgelesen", "Lo más leído", "I più letti", "Haut de page",
                     "Voir la version complète", "Ver galería", "Impressum", "Mentions légales",
                     "Lesezeit: 4 Minuten", "Temps de lecture : 3 min", "Lecture 5 min.", "4 min Lesezeit",
                     "Ads by Taboola", "Recommandé par Outbrain",
                     "Compartilhar no Facebook", "Abrir no app", "Configurações de cookies", "Page A11", "EN DIRECTO"] {
            XCTAssertEqual(try CleaningFixtures.strippedRule(line), "chrome_label", line)
        }
        // A lone clock is a live page's entry stamp (`live_entry`).
        for line in ["18h28", "11.11"] { XCTAssertEqual(try CleaningFixtures.strippedRule(line), "live_entry", line) }
        XCTAssertEqual(try CleaningFixtures.strippedRule("Startseite | Politik"), "chrome_trail")
        XCTAssertEqual(try CleaningFixtures.strippedRule("Inicio / Internacional / Europa"), "chrome_trail")
        XCTAssertEqual(try CleaningFixtures.strippedRule("Accueil → Monde → Europe"), "chrome_trail")
    }

    /// A publication or update stamp in the other languages goes to metadata `published`.
    /// A sign-up box's e-mail field left alone on its line (its label or placeholder), in the
    /// common languages; p2 (held out) titled a story with it once a jump line above it ended the
    /// story before. A sentence about e-mail addresses stays.
    func testASignUpBoxsEmailFieldIsStripped() throws {
        for line in ["Votre adresse e-mail", "Your email address", "Ihre E-Mail-Adresse",
                     "Tu correo electrónico", "Il tuo indirizzo email", "Seu e-mail", "Je e-mailadres"] {
            XCTAssertEqual(try CleaningFixtures.strippedRule(line), "chrome_label", line)
        }
        for line in ["Your email address is never shared with advertisers, the company said.",
                     "Votre adresse e-mail a été piratée : que faire ?"] {
            XCTAssertNil(try CleaningFixtures.strippedRule(line), line)
        }
    }

    func testStampsInOtherLanguages() throws {
        let classifier = try CleaningFixtures.classifier()
        for (line, key, value) in [("Publié le 19 décembre 2018", "published", "19 décembre 2018"),
                                   ("Atualizado em 10.06.2020 às 14.09", "updated", "10.06.2020 às 14.09"),
                                   ("Veröffentlicht am 3. März 2024", "published", "3. März 2024")] {
            let l = classifier.classify(line).lines[0]
            XCTAssertEqual(l.strippedRule, "timestamp_local_\(key)", line)
            XCTAssertEqual(l.metadata[key], .string(value), line)
        }
        XCTAssertNil(CleaningFixtures.strippedRule(classifier, "Publicado em janeiro de 2017 um relatório"))
    }

    func testProseAndHeadlinesWithTheSameWordsStay() throws {
        for line in ["Google uses cookies to track users across sites, the regulator said in its ruling.",
                     "Readers who hit the limit must subscribe, and many of them do, the publisher said.",
                     "Tiempo de lectura: cómo los niños leen más en verano",
                     "Home / Away: the harbour's fishermen between two ports?",
                     "You have 14 free articles left today, enjoy reading.",
                     "Taboola acquires Outbrain in a deal worth $850 million",
                     "home", "accept.", "sign up."] {
            XCTAssertNil(try CleaningFixtures.strippedRule(line), line)
        }
    }

    private func kinds(_ text: String) throws -> [String?] {
        let classifier = try CleaningFixtures.classifier()
        return classifier.classify(text).lines.map { $0.kind == .blank ? "" : $0.strippedRule }
    }

    /// Each comment under its header, to the next header or a blank line, with its buttons.
    func testCommentsUnderTheirHeadersAreStripped() throws {
        let text = """
        The council will vote on the dredging contract in March.

        kenji6 · 12 hours ago
        Great article, thanks for covering this.
        Report
        anna57 · vor 3 Stunden
        Who is paying for all of this? Not them, that is for sure.
        Reply · Share

        Harbour authority approves dredging of the northern channel
        """
        // A buttons row is a forum widget by itself (`CleaningForumButtonsTests`).
        XCTAssertEqual(try kinds(text), [nil, "", "chrome_comment", "comment_thread", "comment_thread",
                                         "chrome_comment", "comment_thread", "forum_widget", "", nil])
    }

    /// A run under a header that no blank line or header closes within a comment's length is left
    /// alone: a story may go on under it.
    func testARunOnUnderAHeaderIsLeftAlone() throws {
        let text = """
        kenji6 · 12 hours ago
        Harbour authority approves dredging of the northern channel
        The harbour authority voted on Tuesday to dredge the northern channel.
        The vote ends a two-year dispute with the fishing cooperative.
        The silt closed the southern berths last spring.
        Work starts in May.
        """
        XCTAssertEqual(try kinds(text), ["chrome_comment", nil, nil, nil, nil, nil])
    }
}

/// Page structure told by neighbours: a navigation menu one link a line (`NavMenu`), the site's
/// name over it (`Masthead`), and rails set one under another (`ListContext`).
final class CleaningPortalNavigationTests: XCTestCase {
    private func kinds(_ text: String) throws -> [String?] {
        let classifier = try CleaningFixtures.classifier()
        return classifier.classify(text).lines.map { $0.kind == .blank ? "" : $0.strippedRule }
    }

    func testAMenuRunAndTheMastheadOverItAreStripped() throws {
        let text = """
        Menu
        News
        World
        Politics
        Science

        The harbour authority voted on Tuesday to dredge the northern channel.
        """
        XCTAssertEqual(try kinds(text), ["widget", "nav_menu", "nav_menu", "nav_menu", "nav_menu", "", nil])
        // The site's name over a navigation button or a breadcrumb (a menu run takes it in).
        XCTAssertEqual(try kinds("The Harbour Star\nSubscribe\nHome › World › Europe\n\nThe authority voted on Tuesday."),
                       ["masthead", "widget", "widget", "", nil])
        XCTAssertEqual(try kinds("Harbour Star\nAccueil → Monde → Europe\n\nThe authority voted on Tuesday."),
                       ["masthead", "chrome_trail", "", nil])
    }

    /// Three short lines are a story's own (a subhead and two list items), and a menu's last line
    /// right over a longer kept line is a kicker over its headline: both stay.
    func testShortRunsAndAKickerStay() throws {
        XCTAssertEqual(try kinds("Awards and honors\nWorks about Ryan\nWorks by Ryan\n\nRyan wrote four novels."),
                       [nil, nil, nil, "", nil])
        XCTAssertEqual(try kinds("News\nWorld\nPolitics\nScience\nSports\nHarbour authority approves dredging of the channel"),
                       ["nav_menu", "nav_menu", "nav_menu", "nav_menu", nil, nil])
        // A short Title Case line over a sharing bar is a headline, not a masthead.
        XCTAssertEqual(try kinds("North Korea's Finest Hour\nShare\nThe summit opened on Tuesday."), [nil, "widget", nil])
    }

    /// A printed story's head of short lines (a headline in capitals wrapped in a narrow column,
    /// its byline, the byline's affiliation) is no menu: a menu links to no `By <Name>`. A menu
    /// over a story stays a menu.
    func testAPrintedHeadOverItsBylineIsNoMenu() throws {
        XCTAssertEqual(try kinds("DON'T OVERINTERPRET TUESDAY'S\nELECTION\nBy JAMES PETROV\nStaff Writer\n\nThe bad news is that a majority is elusive."),
                       [nil, nil, nil, nil, "", nil])
        XCTAssertEqual(try kinds("News\nWorld\nPolitics\nScience\n\nBy James Petrov\n\nThe authority voted on Tuesday."),
                       ["nav_menu", "nav_menu", "nav_menu", "nav_menu", "", nil, "", nil])
    }

    /// Two rails one under another, no blank line between: the first list ends at the second's
    /// heading (run on together they are longer than a list's `max_items`, and neither was taken).
    func testAListEndsAtTheNextRailsHeading() throws {
        let partners = ["A", "B", "C", "D", "E", "F", "G", "H"].map { "Seniors In Harbour Town Are Switching To Plan \($0)" }
        let text = (["What to read next", "Harbour authority approves dredging of the channel",
                     "Mayor opens the new library wing", "From our partners"] + partners
                    + ["", "The council will vote in March."]).joined(separator: "\n")
        XCTAssertEqual(try kinds(text), ["link_list", "link_list", "link_list", "chrome_label"]
                       + Array(repeating: "link_list", count: 8) + ["", nil])
    }

    /// Short sentences between two `Read more:` labels are the story's paragraphs: the second
    /// label closes no list over them (a wire page prints the label between paragraphs).
    func testSentencesBetweenTwoHeadingsAreNoList() throws {
        let text = ["Some blamed the political left.", "Read more:",
                    "“Ever heard of the two congresswomen from Michigan and Minnesota?”",
                    "“It is driven by the prejudice that has become acceptable in that party.”",
                    "Many blamed the right and the president.", "Read more:",
                    "“Cannot put down our politics while an enabler of white supremacy is in the White House.”",
                    "It is all too easy to equate the hate with politics, but the unavoidable fact is that politics "
                    + "has become an organizing principle around which we order our social and cultural identities."]
            .joined(separator: "\n")
        XCTAssertEqual(try kinds(text), [nil, "widget", nil, nil, nil, "widget", nil, nil])
    }
}
