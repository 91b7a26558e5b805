import XCTest
@testable import WinnowPipeline

/// A digest item's read-more link closes the item (`newsletter_trailer`, a trailer) in the
/// languages whose plain label it knew already: as a markdown link alone on its line (`[Leia a
/// matéria completa](…)`), and with a source that names its place in brackets (`Zum
/// vollständigen Artikel (The Observer (New York))`). Stripped as markup debris instead, it ended
/// nothing and the next item (a headline, or a lede under a source line) was glued on.
final class CleaningReadMoreLinkTests: XCTestCase {
    func testLocalisedReadMoreLinksAreTrailers() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        for line in ["[Zum vollständigen Artikel](https://www.harborline.news/r/6422)", "[Leia a matéria completa](https://x.example/r/7033)",
                     "[Lees het hele artikel](https://civicpost.example/r/9939)", "[Leggi l'articolo completo](https://x.example/r/5358)",
                     "[Lire l'article complet](https://x.example/r/1)", "[Leer la noticia completa](https://x.example/r/2)",
                     "Zum vollständigen Artikel (The Observer (New York))"] {
            XCTAssertEqual(classifier.classify(line).lines[0].strippedRule, "newsletter_trailer", line)
        }
    }

    /// Prose negatives: a sentence that goes on past the link, or names the article in words, stays.
    func testProseWithTheLabelStays() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        for line in ["[Leia a matéria completa](https://x.example/r/7033) para mais detalhes sobre a votação.",
                     "Zum vollständigen Artikel (siehe Seite 3) gehören auch die Tabellen des Haushalts."] {
            XCTAssertNil(classifier.classify(line).lines[0].strippedRule, line)
        }
    }
}
