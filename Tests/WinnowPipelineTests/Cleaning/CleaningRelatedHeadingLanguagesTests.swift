import Foundation
import XCTest
@testable import WinnowPipeline

/// "Related" in Spanish and Portuguese heads a link list as the English heading does (a reader's
/// "## Relacionado" over its bulleted links); a sentence that opens with the word is prose.
final class CleaningRelatedHeadingLanguagesTests: XCTestCase {
    private func kinds(_ text: String) throws -> [String?] {
        let (classifier, _) = try CleaningFixtures.stages()
        return classifier.classify(text).lines.map { $0.kind == .blank ? "" : $0.strippedRule }
    }

    func testRelacionadoHeadsALinkList() throws {
        let text = """
        ## Relacionado

        • Harbour Authority Names New Dredging Chief
        • The Eight Berths That the Fishing Fleet Lost

        El puerto abrirá en marzo, dijo el alcalde el martes.
        """
        XCTAssertEqual(try kinds(text), ["link_list", "", "link_list", "link_list", "", nil])
        XCTAssertNil(try kinds("Relacionado con esto, el gobierno anunció nuevas medidas el martes.")[0],
                     "a sentence that opens with the word")
    }
}
