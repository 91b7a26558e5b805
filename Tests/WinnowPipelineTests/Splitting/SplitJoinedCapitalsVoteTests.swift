import XCTest
@testable import WinnowPipeline

/// A printed dump whose heads are set in capitals and wrapped over two printed lines: only the
/// first head (at the top of the text) passes the threshold, so the capitals vote saw one title,
/// and the second head was read as a link to another story. Wrapped capitals heads held under the
/// threshold vote too (`BoundaryJoinedCapitalsVote.swift`).
final class SplitJoinedCapitalsVoteTests: XCTestCase {
    static func page(_ head: [String]) -> String {
        (["MONDAY, DECEMBER 30, 2019 THE VALLEY COURIER PAGE A1", ""] + head + ["By JANE DOE", "Special to the Gazette", "",
          "The harbour authority approved a plan on", "Tuesday to dredge the northern shipping",
          "channel, allowing container vessels with", "deeper hulls to dock at the terminal.",
          "Dredging crews will remove sediment from", "the channel floor over eighteen months,",
          "and the authority expects container", "traffic at the terminal to grow by a", "third.",
          "Terminal operators welcomed the decision,", "saying deeper berths would let them",
          "compete with rival ports for the largest", "container vessels calling in the region.", "",
          "CITY ORCHESTRA NAMES A NEW CONDUCTOR.", "WILL ANYONE ELSE SHOW UP FOR IT?", "",
          "The city orchestra will open its autumn", "season in the old terminal hall by the",
          "harbour, with three symphonies by Sibelius", "and a new violin concerto.",
          "Rehearsals begin in August under the", "orchestra's new conductor, who spent a",
          "decade leading opera productions in Vienna", "before accepting the appointment."])
            .joined(separator: "\n")
    }

    func testWrappedCapitalsHeadVotesForTheStyle() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let stories = splitter.split(classifier.classify(Self.page(["HARBOUR WILL DREDGE THE NORTHERN", "CHANNEL FOR DEEPER VESSELS"])))
        XCTAssertEqual(stories.count, 2)
        XCTAssertEqual(stories.last?.title, "CITY ORCHESTRA NAMES A NEW CONDUCTOR. WILL ANYONE ELSE SHOW UP FOR IT?")
        // The wrapped paragraphs stay body: the last line of the first story is still in it.
        XCTAssertTrue(stories.first?.text.contains("calling in the region.") ?? false)
    }

    /// No title set in capitals voted: a wrapped capitals line alone makes no style, and the page
    /// stays one story (as before).
    func testNoCapitalsTitleNoVote() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let stories = splitter.split(classifier.classify(Self.page(["Harbour Will Dredge the Northern", "Channel for Deeper Vessels"])))
        XCTAssertEqual(stories.count, 1)
    }
}
