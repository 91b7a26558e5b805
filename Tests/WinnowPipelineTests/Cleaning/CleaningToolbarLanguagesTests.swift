import XCTest
@testable import WinnowPipeline

/// A portal's toolbar and app buttons in the other languages (`Copia link`, `Ouvrir dans
/// l'application`, a search button) leave the text as their English forms do: kept, a button
/// between a page's header and its lede stood where the header's furniture should, and the walk
/// from the lede up to its dek stopped there. Prose with the same words stays.
final class CleaningToolbarLanguagesTests: XCTestCase {
    private func kinds(_ text: String) throws -> [String?] {
        let (classifier, _) = try CleaningFixtures.stages()
        return classifier.classify(text).lines.map { $0.kind == .blank ? "" : $0.strippedRule }
    }

    func testToolbarButtonsInOtherLanguagesLeave() throws {
        for b in ["Copia link", "Copiar link", "Ouvrir dans l'application", "Suche", "Rechercher", "Réagir"] {
            let k = try kinds(b)
            XCTAssertNotNil(k.first ?? nil, b)
        }
    }

    /// A next-story link and a section label alone on their line, in the other languages, leave
    /// the text as `Next article` and `Analysis` do (standing over a headline, they took its title).
    func testNextStoryLinksAndSectionLabelsInOtherLanguagesLeave() throws {
        for b in ["Siguiente noticia", "Próxima notícia", "Notizia successiva", "Analisi", "Análisis", "Meinung", "Opinión"] {
            XCTAssertNotNil(try kinds(b).first ?? nil, b)
        }
        let prose = "Análisis de los datos muestra que la inflación bajó en marzo por tercer mes consecutivo, dijo el banco."
        XCTAssertEqual(try kinds(prose), [nil])
    }

    func testProseWithTheButtonWordsStays() throws {
        let prose = "Copia link della petizione sono stati inviati a tutti i consiglieri comunali prima del voto di martedì sera."
        XCTAssertEqual(try kinds(prose), [nil])
        let search = "Suche nach Überlebenden geht weiter, sagte der Sprecher der Feuerwehr am Montag in Berlin."
        XCTAssertEqual(try kinds(search), [nil])
    }
}
