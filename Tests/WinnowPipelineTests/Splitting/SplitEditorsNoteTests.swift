import XCTest
@testable import WinnowPipeline

/// An editor's note between a page's header and its dateline lede (`BoundaryEditorsNote.swift`):
/// the lede is the note's article's, not a story of its own; under the trailer of the story
/// above, a note does not hold the lede below it, which still starts a story.
final class SplitEditorsNoteTests: XCTestCase {
    static let page = [
            "OPINION: Harbour talks: Can the port and the fishing fleet work together?",
            "Tuesday's hearing on the dredging plan was almost two different",
            "events.",
            "Image copyright Shutterstock",
            "By Jane Doe and John Roe",
            "Reading time: 4 minutes",
            "Print",
            "Editor's note: Jane Doe is a former harbour master and the author",
            "of a book on the northern channel. She writes a weekly column on",
            "the port for the paper.",
            "(CNN) -- Tuesday's meeting between the harbour authority and the",
            "fishing fleet is a timid first step toward a dredging plan both",
            "sides can accept.",
            "It will not be easy, judging from the statements both sides made",
            "after the hearing on Wednesday. The authority wants deeper berths",
            "for container ships, and the fleet fears for its shellfish beds.",
            "The dredging plan was drawn up two years ago and has been revised",
            "four times since then, each time after protests from the fleet and",
            "from residents of the old town.",
            "Tuesday's hearing on the dredging plan was almost two different",
            "events. One was conciliatory and suggested to the fleet that the",
            "authority had heard its fears. The other was confrontational.",
            "The authority's chairman said the channel would be dredged",
            "whatever the fleet decided, and that the work would start in the",
            "spring after the shellfish season closed."]

    func testLedeUnderANoteUnderTheHeaderIsNoStart() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let stories = splitter.split(classifier.classify(Self.page.joined(separator: "\n")))
        XCTAssertEqual(stories.count, 1)
        XCTAssertEqual(stories.first?.title, Self.page[0])
        XCTAssertTrue(stories.first?.text.hasPrefix("Editor's note: Jane Doe") ?? false, "the note stays the article's text")
    }

    /// A note under the trailer of the story above opens the next story with its lede: the story
    /// above ends at its trailer and keeps none of the next one.
    func testNoteUnderATrailerOpensTheNextStory() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let text = ["Harbour authority approves dredging plan for the northern channel",
                     "The harbour authority approved a plan on Tuesday to dredge the northern shipping channel, allowing container vessels with deeper hulls to dock at the terminal.",
                     "Dredging crews will remove sediment from the channel floor over eighteen months, and the authority expects more container traffic once the work is done.",
                     "The fishing fleet opposed the plan at every hearing, warning that the sediment would smother the shellfish beds that its members have worked for generations.",
                     "The authority said it would pay for a survey of the beds before the work begins and again a year after it ends.",
                     "Jane Roe contributed to this report.",
                     "— John Roe contributed from Hamburg.",
                     "Editor's note: Mary Major is a violinist in the city orchestra. She writes a monthly column on music for the paper.",
                     "(CNN) -- The city orchestra has played in a converted cinema for thirty years, and its musicians have long asked for a hall of their own with proper acoustics.",
                     "The council has delayed the vote on the hall's funding four times, each time citing the cost of the land near the river and the need for a new tram stop.",
                     "The orchestra's director said the hall would draw visitors from across the region and pay for itself within twenty years of opening.",
                     "Musicians rehearse in a school gym when the cinema is booked for films, and the violins have to be tuned again after every move between the two."]
        let stories = splitter.split(classifier.classify(text.joined(separator: "\n")))
        XCTAssertEqual(stories.count, 2)
        XCTAssertFalse(stories.first?.text.contains("(CNN)") ?? true)
        XCTAssertTrue(stories.last?.text.contains("(CNN) -- The city orchestra") ?? false)
    }
}
