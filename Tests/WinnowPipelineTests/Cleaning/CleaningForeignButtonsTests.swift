import XCTest
@testable import WinnowPipeline

/// A portal's buttons and labels in the other languages are `chrome_label`'s, as their English
/// counterparts are widget's (`View comments`, `Gallery`, `Breaking news`, `Exclusive`): a
/// gallery's opener, a comment section's, a cookie banner's, a read-more button, a breaking or
/// exclusive label. A sentence that opens with the same words stays.
final class CleaningForeignButtonsTests: XCTestCase {
    func testButtonsAndLabelsAreStripped() throws {
        for line in ["Zur Bildergalerie", "Voir le diaporama", "Ver comentarios", "Ver comentários", "Commento",
                     "Recusar", "Más información", "Continue lendo", "Última hora", "ÚLTIMA HORA", "EXCLUSIVO",
                     "Eilmeldung"] {
            XCTAssertEqual(try CleaningFixtures.strippedRule(line), "chrome_label", line)
        }
    }

    func testSentencesOpeningWithTheirWordsStay() throws {
        for line in ["Ver comentarios tan duros en la red nos recordó lo que pasó el verano pasado.",
                     "Última hora: el Gobierno aprueba el presupuesto tras una larga negociación en el Congreso.",
                     "Zur Bildergalerie des Museums kamen am Sonntag mehr als tausend Besucher."] {
            XCTAssertNil(try CleaningFixtures.strippedRule(line), line)
        }
    }
}
