import XCTest
@testable import WinnowPipeline

/// A promo closing a story (`Read …'s new weekly magazine` over its own widgets) in a dump whose
/// headlines open with a section label: the title start moves down past the widgets to the
/// labelled headline (`BoundaryLabelledBelow.swift`), and the promo stays in the story above.
final class SplitLabelledBelowTests: XCTestCase {
    static let text = [
        "OPINION: The harbour authority deserves a second look at its dredging plan",
        "",
        "Updated 6 hours ago",
        "Reading time: 3 minutes",
        "Facebook Twitter Email",
        "",
        "The harbour authority approved a plan on Tuesday to dredge the northern shipping channel, allowing container vessels with deeper hulls to dock at the terminal.",
        "",
        "Dredging crews will remove sediment from the channel floor over eighteen months, and the authority expects more container traffic once the work is done.",
        "",
        "The fishing fleet opposed the plan at every hearing, warning that the sediment would smother the shellfish beds its members have worked for generations.",
        "",
        "OPINION: The orchestra needs a hall of its own, and the council can pay for it",
        "",
        "Updated 6 hours ago",
        "Reading time: 3 minutes",
        "Facebook Twitter Email",
        "",
        "The city orchestra has played in a converted cinema for thirty years, and its musicians have long asked for a hall of their own with proper acoustics.",
        "",
        "The council has delayed the vote on the hall's funding four times, each time citing the cost of the land near the river and the need for a new tram stop.",
        "",
        "The orchestra's director said the hall would draw visitors from across the region and pay for itself within twenty years of opening.",
        "",
        "Read HarbourOpinion's new weekly magazine",
        "",
        "Follow us on Twitter @HarbourOpinion.",
        "",
        "Join us on Facebook.com/HarbourOpinion.",
        "",
        "OPINION: The tram line",
        "",
        "Updated 6 hours ago",
        "Reading time: 3 minutes",
        "Facebook Twitter Email",
        "",
        "The new tram line to the airport opened on Monday, three years late and well over its budget, after a long fight over the route through the old town.",
        "",
        "Commuters said the ride was smooth and quick, but shopkeepers along the route said the years of roadworks had driven away their customers for good.",
        "",
        "The city's transport chief said the line would pay its way within a decade, and that a second line to the university was already being planned.",
        "",
        "OPINION: Schools should open later in the morning for teenage students",
        "",
        "Updated 6 hours ago",
        "Reading time: 3 minutes",
        "Facebook Twitter Email",
        "",
        "The school board voted on Thursday to push back the start of the day at the city's high schools by forty minutes, starting next autumn.",
        "",
        "Parents were split on the change, with some welcoming the extra sleep for their children and others worried about the later finish and the buses.",
        "",
        "Teachers said they would watch attendance and grades closely in the first year, and the board promised to review the change after two terms.",
        ""]

    func testTitleMovesFromThePromoToTheLabelledHeadline() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let stories = splitter.split(classifier.classify(Self.text.joined(separator: "\n")))
        let titles = stories.map { $0.title ?? "" }
        XCTAssertTrue(titles.contains("OPINION: The tram line"), "\(titles)")
        XCTAssertFalse(titles.contains { $0.hasPrefix("Read HarbourOpinion") }, "\(titles)")
    }

    /// The promo is kept: it is the story above's last line, not dropped with a title.
    func testPromoStaysInTheStoryAbove() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let stories = splitter.split(classifier.classify(Self.text.joined(separator: "\n")))
        let orchestra = stories.first { $0.text.contains("The city orchestra has played") }
        XCTAssertTrue(orchestra?.text.contains("Read HarbourOpinion's new weekly magazine") ?? false)
    }
}
