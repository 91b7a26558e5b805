import XCTest
@testable import WinnowPipeline

/// A colon opening right after a trailer is a lede (`closed_colon_ledes`): the story above signed
/// off, so a colon opening a few lines before the trailer (a speaker turn, a list's field) does
/// not make it a speaker label, nor (when a paragraph long) a speaker turn below it a kicker headline.
/// A bare mark (`###`) separates a transcript's parts and closes nothing.
final class SplitClosedColonLedeTests: XCTestCase {
    func text(trailer: String) -> String {
        let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
        return (["ATHENS: " + h[0]] + h.dropFirst() + ["OFFICIALS: The authority later said the dredging season would run a month shorter than planned.",
                trailer, "VIENNA: " + o[0]] + o.dropFirst()).joined(separator: "\n")
    }

    func stages(_ on: Bool) throws -> (LineClassifier, StorySplitter) {
        // `lone_page_edge` and `trailer_edge` off: across a bare mark or a credit with a topic shift
        // (harbour, then orchestra) they open a story on their own (`SplitLoneEdgeTests`,
        // `SplitTrailerEdgeTests`); here the colon lede alone is asked about.
        try CleaningFixtures.stages { $0.closedColonLedes = on; $0.weights[.lonePageEdge] = 0; $0.weights[.trailerEdge] = 0 }
    }

    func testColonLedeAfterACreditStartsItsStory() throws {
        let t = text(trailer: "Reporting by Jane Doe; Editing by John Roe")
        let (classifier, splitter) = try stages(true)
        let stories = splitter.split(classifier.classify(t))
        XCTAssertEqual(stories.count, 2)
        XCTAssertTrue(stories.last?.text.hasPrefix("VIENNA: ") == true)
        let (c0, s0) = try stages(false)
        XCTAssertEqual(s0.split(c0.classify(t)).count, 1, "a speaker label next to the colon opening above without the feature")
    }

    /// After a credit, a paragraph-long colon opening with a speaker turn just below it is the next
    /// story's lede, not a kicker headline over the turn.
    func testLongColonLedeOverASpeakerTurn() throws {
        let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
        let t = (h + ["Reporting by Jane Doe; Editing by John Roe", "VIENNA: " + o[0] + " " + o[1],
                      "CONDUCTOR: We will rehearse the new concerto twice a week until the opening night."]
                 + o.dropFirst(2)).joined(separator: "\n")
        let (classifier, splitter) = try stages(true)
        let stories = splitter.split(classifier.classify(t))
        XCTAssertEqual(stories.count, 2)
        XCTAssertTrue(stories.last?.text.hasPrefix("VIENNA: ") == true)
        let (c0, s0) = try stages(false)
        XCTAssertEqual(s0.split(c0.classify(t)).count, 1)
    }

    func testBareMarkClosesNothing() throws {
        let (classifier, splitter) = try stages(true)
        XCTAssertEqual(splitter.split(classifier.classify(text(trailer: "###"))).count, 1)
    }
}
