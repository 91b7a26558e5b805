import XCTest
@testable import WinnowPipeline

/// In-article content furniture on portals (Pipelines/news.yaml, the block after `read_more_link`):
/// read-also teasers in several languages, social embeds, sponsored blocks, author boxes, tag lines,
/// live-blog entry furniture and bylines' dates in other languages. Each is stripped; a prose line
/// with the same words stays.
final class CleaningContentFurnitureTests: XCTestCase {
    func testReadAlsoTeasersInSeveralLanguagesAreStripped() throws {
        for line in ["Lire aussi : Le port de Marseille face à la crise", "À LIRE AUSSI | La réforme des retraites",
                     "Lee también: El Gobierno aprueba el presupuesto", "Leia também Câmara aprova reforma tributária",
                     "Leggi anche: Il governo approva la manovra", "Lesen Sie auch: Bundestag beschließt Haushalt",
                     "Lees ook: Kabinet valt over stikstof", "Baca juga: Harga beras naik lagi",
                     "Czytaj też: Sejm przyjął budżet",
                     "Lire aussi", "Leia também", "Lesen Sie auch"] {
            XCTAssertEqual(try CleaningFixtures.strippedRule(line), "read_also", line)
        }
    }

    func testProseOpeningWithTheSameWordsStays() throws {
        for line in ["Lesen Sie auch, was der Minister dazu sagt, bevor Sie abstimmen.",
                     "Lire aussitôt le rapport était impossible, selon les syndicats.",
                     "Saiba mais sobre o programa no site da prefeitura, disse ela."] {
            XCTAssertNil(try CleaningFixtures.strippedRule(line), line)
        }
    }

    func testSocialEmbedFurnitureIsStrippedAQuotedTweetStays() throws {
        for line in ["View this post on Instagram", "A post shared by Jane Doe (@janedoe)",
                     "A post shared by Harbour FC (@harbourfc) on Mar 2, 2020 at 10:15am PST",
                     "Une publication partagée par Jean Dupont (@jdupont)"] {
            XCTAssertEqual(try CleaningFixtures.strippedRule(line), "social_embed", line)
        }
        // A tweet's attribution alone is the wrapped tail of a quoted tweet in hard-wrapped copy.
        for line in ["A photo shared by Brennan Mulligan shows boxes he said are masks in storage.",
                     "— Jane Doe (@janedoe) March 2, 2020",
                     "If you still have your ballot, you can change a vote. pic.twitter.com/SfMcehGFaa — "
                        + "Boulder County Clerk (@BoCoClerk) March 2, 2020"] {
            XCTAssertNil(try CleaningFixtures.strippedRule(line), line)
        }
    }

    func testSponsoredAuthorBoxAndTagLinesAreStripped() throws {
        let expected = ["Sponsored by Acme Harbour Tours": "sponsored", "In partnership with Harbour Bank": "sponsored",
                        "Contenu sponsorisé": "sponsored", "Anzeige": "sponsored",
                        "This content was paid for by Acme Harbour Tours.": "sponsored",
                        "Über die Autorin": "author_box",
                        "More stories by Jane Doe": "author_box", "See all articles by Jane Doe": "author_box",
                        "Mots-clés : Marseille, port, dragage": "tag_line", "Schlagwörter: Hafen, Haushalt": "tag_line"]
        // Ad and tag labels are page chrome's too: `chrome_label` and `chrome_prompt` sit earlier.
        let chrome: Set<String> = ["chrome_label", "chrome_prompt"]
        for (line, family) in expected {
            let rule = try CleaningFixtures.strippedRule(line)
            XCTAssertTrue(rule == family || rule.map(chrome.contains) == true, "\(line): \(rule ?? "kept")")
        }
        for line in ["Presented by the mayor, the plan would dredge the harbour by 2026.",
                     "Sponsored by a local bank, the regatta drew 4,000 visitors on Saturday.",
                     "This story was produced as part of the Climate Desk collaboration.", "More from The Verge",
                     "Email Thomas Elias at tdelias@aol.com."] {
            XCTAssertNil(try CleaningFixtures.strippedRule(line), line)
        }
    }

    func testLiveBlogFurnitureAndLocalDatesAreStripped() throws {
        let expected = ["Pinned": "live_entry", "Key event": "live_entry", "10:42 GMT": "live_entry",
                        "10.42am": "live_entry", "14h32": "live_entry", "13.23": "live_entry",
                        "Publié le 3 mars 2024 à 10h15": "timestamp_local_published",
                        "Veröffentlicht am 3. März 2024": "timestamp_local_published",
                        "Actualizado el 3 de marzo de 2024 a las 10:15": "timestamp_local_updated",
                        "3 de marzo de 2024": "timestamp_local_date", "3. März 2024 um 10:15": "timestamp_local_date"]
        for (line, family) in expected { XCTAssertEqual(try CleaningFixtures.strippedRule(line), family, line) }
        for line in ["31.50", "3.5", "Publicado en 2019 por Planeta.", "Standout performance (2): Kamala Harris", "Actualizado el reglamento, el puerto reabrirá en 2025."] {
            XCTAssertNil(try CleaningFixtures.strippedRule(line), line)
        }
    }

    /// Bylines in other languages read as `By Jane Doe` does; prose opening with the same word does not.
    func testLocalBylineShapes() {
        let bylines = ["Por Jane Doe", "Von Anna Müller und Peter Schmidt | 3. März 2024", "Par Jean Dupont, envoyé spécial",
                       "Di Marco Rossi", "Door Jan de Vries", "POR MARÍA LÓPEZ - 3 de marzo de 2024", "Autor: Jan Nowak",
                       "Por Ana Souza e Pedro Lima"]
        let other = ["Von Anfang an dabei", "Di Maio ha detto che il governo resta", "Par ailleurs le port ferme",
                     "Por la tarde llovió", "Von der Leyen sagte am Montag", "Por Jane Doe y"]
        func words(_ s: String) -> Int { s.split(separator: " ").count }
        for s in bylines { XCTAssertTrue(Byline.matches(s, words: words(s), ending: LineText.ending(s)), s) }
        for s in other { XCTAssertFalse(Byline.matches(s, words: words(s), ending: LineText.ending(s)), s) }
    }
}
