import XCTest
@testable import WinnowPipeline

/// A previous line that ends open (`… October 11, 2019`) continues into the candidate only when
/// nothing but blanks lies between: across removed page furniture (a promo, a credit) it adds no
/// `after_open_line`.
final class SplitFurnitureBetweenTests: XCTestCase {
    func testOpenEndAcrossFurnitureAddsNoPenalty() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let scorer = try CleaningFixtures.scorer(SplitConfig())
        let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
        let headline = "City orchestra names a new conductor for its winter season"
        func fired(_ between: [String]) throws -> FiredFeatures {
            let text = ([h[0], "The harbour board meets again on October 11"] + between + [headline, "", o[0], o[1]])
                .joined(separator: "\n")
            let lines = classifier.classify(text).lines
            let i = try XCTUnwrap(lines.firstIndex { $0.content == headline })
            let facts = scorer.facts(lines)
            return try XCTUnwrap(scorer.headline(i, in: lines, facts: facts)).fired
        }
        XCTAssertTrue(try fired([""]).contains(.afterOpenLine))
        XCTAssertFalse(try fired(["", "Have a tip we should know? tips@example.org", "", "AP", ""]).contains(.afterOpenLine))
    }
}
