import XCTest
@testable import WinnowPipeline

/// A column's `Also ...` box of its own subheads under its header: the start that landed on a title
/// of the box moves up to the lead-in (`subhead_boxes`, `BoundarySubheadBox.swift`), so the box stays
/// with its column rather than closing the story before.
final class SplitSubheadBoxTests: XCTestCase {
    static let text = [
        "Harbour authority approves dredging of northern channel",
        "By John Roe",
        "",
        "The harbour authority approved a plan on Tuesday to dredge the northern shipping channel, allowing container vessels with deeper hulls to dock at the terminal.",
        "",
        "Dredging crews will remove sediment from the channel floor over eighteen months, and the authority expects container traffic at the terminal to grow by a third.",
        "",
        "Fishermen who moor their trawlers near the channel worry that sediment plumes will drive shellfish away from the harbour beds during the dredging season.",
        "",
        "The authority said its engineers would monitor sediment levels daily and pause dredging whenever plumes drift toward the shellfish beds near the harbour mouth.",
        "",
        "JANE DOE | The Daily Planet",
        "Published March 3, 2014 10:00am EST",
        "THE FACTS",
        "- Activists launched a petition urging the newspaper not to publish the essay, and thousands of readers signed it within a day.",
        "- Viewers split over whether a broadcast of the ceremony was the place for such commentary, and the network defended him.",
        "Also ...",
        "Costas vs. Putin",
        "Heavy-handed New York Times?",
        "Heating up: Climate change advocates try to silence the columnist",
        "The columnist says it right up front in his weekly essay: he is no believer in the forecasts, and no denier of the warming either.",
        "Activists launched a petition urging the newspaper not to publish the essay, and thousands of readers signed it within a day.",
        "Debate is how a free press works, and pressure campaigns to silence a writer are the easy way out of an argument.",
        "Costas vs. Putin",
        "The sportscaster used his opening remarks at the winter games to criticise the host government over its treatment of journalists.",
        "Viewers split over whether a broadcast of the ceremony was the place for such commentary, and the network defended him.",
        "Heavy-handed New York Times?",
        "The newspaper ran a front-page photo that many readers found intrusive, and its public editor wrote that the choice went too far.",
        "Editors replied that the picture told the story better than any caption could, and that they would make the same choice again."
    ].joined(separator: "\n")

    func stages(_ on: Bool) throws -> (LineClassifier, StorySplitter) {
        try CleaningFixtures.stages { $0.subheadBoxes = on }
    }

    func testStartMovesUpOverItsOwnSubheadBox() throws {
        let (classifier, splitter) = try stages(true)
        let stories = splitter.split(classifier.classify(Self.text))
        XCTAssertEqual(stories.count, 2)
        XCTAssertFalse(stories[0].text.contains("Also ..."))
        XCTAssertTrue(stories[1].text.hasPrefix("Also ..."))
        XCTAssertTrue(stories[1].text.contains("Costas vs. Putin\nHeavy-handed"), "the box's titles stay in the text")
        let (c0, s0) = try stages(false)
        let before = s0.split(c0.classify(Self.text))
        XCTAssertTrue(before[0].text.contains("Also ..."), "the lead-in closes the story above without the rule")
    }

    /// A box whose titles do not come back below is a related-links box: the start stays.
    func testRelatedLinksBoxKeepsItsStart() throws {
        let t = Self.text.replacingOccurrences(of: "Costas vs. Putin", with: "Skater wins gold")
            .replacingOccurrences(of: "Heavy-handed New York Times?", with: "Markets rally on rate cut")
            .replacingOccurrences(of: "\nSkater wins gold\nThe sportscaster", with: "\nThe sportscaster")
            .replacingOccurrences(of: "\nMarkets rally on rate cut\nThe newspaper", with: "\nThe newspaper")
        let (classifier, splitter) = try stages(true)
        let (c0, s0) = try stages(false)
        XCTAssertEqual(splitter.split(classifier.classify(t)).map(\.text), s0.split(c0.classify(t)).map(\.text))
    }

    func testEllipsisLeadIn() {
        func lead(_ s: String) -> Bool { var s = s; return s.withUTF8(BoundaryPlanner.isEllipsisLeadIn) }
        XCTAssertTrue(lead("Also ..."))
        XCTAssertTrue(lead("Also…"))
        XCTAssertTrue(lead("More..."))
        XCTAssertFalse(lead("And then..."  + " it ended..."))
        XCTAssertFalse(lead("..."))
        XCTAssertFalse(lead("also ..."))
    }
}
