import XCTest
@testable import WinnowPipeline

/// A record edge under two lines of furniture after a closed paragraph opens a story when its
/// first line opens like a sentence, read as the splitter reads it everywhere
/// (`LineText.startsCapitalised`): a digit opens one, a bullet or a lower-case word after a quote
/// does not.
final class SplitRecordEdgeOpeningTests: XCTestCase {
    func testFurnitureCloseNeedsACapitalisedOpening() throws {
        let classifier = try CleaningFixtures.classifier()
        let scorer = try CleaningFixtures.scorer()
        func close(_ opening: String) throws -> Bool {
            let text = ["The authority will publish the tender in March, officials said.", "",
                        "Advertisement", "", "Share this article", "", opening].joined(separator: "\n")
            let lines = classifier.classify(text).lines
            let b = lines.count - 1
            XCTAssertEqual(lines[b].content, Substring(opening))
            return BoundaryPlanner.closingLine(above: b, lines, scorer.facts(lines)) != nil
        }
        XCTAssertTrue(try close("Orchestra players voted on Tuesday to end their strike over pay."))
        XCTAssertTrue(try close("12 orchestras in the region voted on Tuesday to end their strike."))
        XCTAssertTrue(try close("“Orchestra players voted to end the strike,” the union said."))
        XCTAssertFalse(try close("“and then the players voted,” the union said on Tuesday evening."))
        XCTAssertFalse(try close("• Orchestra players voted on Tuesday to end their strike over pay."))
    }
}
