import XCTest
@testable import WinnowPipeline

/// A list whose items are colon-labelled fields (`ISSUE: …` / `GROUP: …` / `WHAT THEY PLAN: …`,
/// each label repeating through the text) stays in its story: a repeated label below a line is a
/// list field, not the dateline of a lede, so the item heading gets no `dateline_after`.
final class SplitLabelListTests: XCTestCase {
    static let text = [
            "Harbour authority approves dredging of northern shipping channel",
            "The harbour authority approved a plan on Tuesday to dredge the northern shipping channel, allowing container vessels with deeper hulls to dock at the terminal.",
            "Dredging crews will remove sediment from the channel floor over eighteen months, and the authority expects container traffic at the terminal to grow by a third.",
            "Groups plan protests and petitions over the dredging season:",
            "ISSUE: Sediment plumes over the shellfish beds",
            "GROUP: Northern Harbour Fishermen's Cooperative",
            "WHAT THEY PLAN: Fishermen will sail their trawlers in a slow procession past the terminal on Saturday to protest against the dredging season and its plumes.",
            "ISSUE: Noise from night shifts at the container terminal",
            "GROUP: Quayside Residents Association",
            "WHAT THEY PLAN: Residents will present a petition to the harbour authority asking for limits on night dredging near the houses along the quay.",
            "ISSUE: Jobs for local crews on the dredging contract",
            "GROUP: Dockworkers Union Branch Seven",
            "WHAT THEY PLAN: The union will meet the authority's engineers next week to ask that local crews operate the dredgers during the eighteen months of work.",
            "ISSUE: Protection of seabirds nesting on the channel banks",
            "GROUP: Coastal Birdwatchers Society",
            "WHAT THEY PLAN: Volunteers will count nesting seabirds along the channel banks every morning and report disturbances to the harbour authority.",
            "City orchestra unveils autumn season with Sibelius cycle",
            "The city orchestra announced its autumn season with three symphonies by Sibelius and a new violin concerto commissioned from a young composer in Helsinki.",
            "Rehearsals begin in August under the orchestra's new conductor, who spent a decade leading opera productions in Vienna before accepting the appointment.",
            "Ticket prices for students will fall to five pounds, a change the orchestra hopes will bring younger listeners into the concert hall on weekday evenings.",
            "The violin concerto will be performed by a soloist who won the international competition in Brussels last spring and has recorded two albums of chamber music.",
        ].joined(separator: "\n")

    func testRepeatedLabelFieldsAreNotDatelineLedes() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let stories = splitter.split(classifier.classify(Self.text))
        XCTAssertEqual(stories.map(\.title), ["Harbour authority approves dredging of northern shipping channel",
                                              "City orchestra unveils autumn season with Sibelius cycle"])
        XCTAssertTrue(stories.first?.text.contains("ISSUE: Protection of seabirds nesting on the channel banks") ?? false)
    }
}
