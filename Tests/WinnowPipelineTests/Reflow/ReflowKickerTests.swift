import XCTest
@testable import WinnowPipeline

/// A sentence-case headline as wide as the wrap width under its kicker in capitals stays a line of
/// its own over its lede (`Reflow+Kicker.swift`): the story takes it as its title and the label as
/// its kicker. A wrapped lede under a label keeps its paragraph.
final class ReflowKickerTests: XCTestCase {
    static let page: [String] = [
            "Harbour authority approves dredging plan for the northern channel",
            "",
            "The harbour authority approved a plan on Tuesday to dredge the northern",
            "shipping channel, allowing container vessels with deeper hulls to dock",
            "at the terminal for the first time. Dredging crews will remove sediment",
            "from the channel floor over eighteen months, and the authority expects",
            "more container traffic once the work is done, officials said Tuesday.",
            "",
            "###",
            "",
            "CITY HALL",
            "Council delays the vote on a new concert hall for the orchestra",
            "Musicians have played in a converted cinema for thirty years, and they",
            "have long asked the council for a hall of their own with proper rooms.",
            "The council has delayed the vote on the hall's funding four times, each",
            "time citing the cost of the land near the river and a new tram stop.",
            "The orchestra's director said the hall would draw visitors from across",
            "the region and pay for itself within twenty years of its opening day.",
            "",
            "ANALYSIS",
            "The council's decision to delay the vote again leaves the orchestra",
            "without a home for another season, and the director said the musicians",
            "would rehearse in a school gym when the cinema is booked for its films."]

    func testHeadlineUnderKickerDoesNotWrapOntoItsLede() throws {
        let h = try XCTUnwrap(Self.page.firstIndex(of: "CITY HALL")) + 1
        let j = try reflowJoins(Self.page)
        XCTAssertFalse(j[h], "the headline under its kicker stands alone")
        XCTAssertTrue(j[h + 1], "the lede still wraps")
        let a = try XCTUnwrap(Self.page.firstIndex(of: "ANALYSIS")) + 1
        XCTAssertTrue(j[a], "a lede under a label stopping on a content word goes on in lower case: it wraps")
        XCTAssertTrue(j[2], "prose wraps")
    }

    func testStoryTitledByTheHeadlineUnderItsKicker() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let stories = splitter.split(classifier.classify(Self.page.joined(separator: "\n")))
        XCTAssertEqual(stories.count, 2)
        XCTAssertEqual(stories.last?.title, "Council delays the vote on a new concert hall for the orchestra")
        XCTAssertEqual(stories.last?.metadata["kicker"], "CITY HALL")
        XCTAssertTrue(stories.last?.text.hasPrefix("Musicians have played in a converted cinema") ?? false)
    }

    func testLabelShapes() {
        func label(_ s: String) -> Bool { let b = Array(s.utf8); return b.withUnsafeBufferPointer { Reflow.isLabelInCapitals($0) } }
        func stops(_ s: String) -> Bool { let b = Array(s.utf8); return b.withUnsafeBufferPointer { Reflow.stopsOnContentWord($0) } }
        XCTAssertTrue(label("WHITE HOUSE"))
        XCTAssertFalse(label("White House"))
        XCTAssertFalse(label("WHAT NOW?"))
        XCTAssertTrue(stops("Council delays the vote on a new concert hall"))
        XCTAssertFalse(stops("The council said on Tuesday that it would delay the"))
        XCTAssertFalse(stops("The council said on Tuesday,"))
    }
}
