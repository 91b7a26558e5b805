import XCTest
@testable import WinnowPipeline

/// A headline held just under the threshold by a trait of its own (a Title Case headline ending
/// with a full stop) right above a dateline lede that starts a story is that story's title.
final class SplitLedeHeadlineTests: XCTestCase {
    static let library = [
        "The city library opened a reading room on its third floor on Monday, with long oak tables, quiet booths and shelves holding the regional newspaper archive.",
        "Librarians spent two years cataloguing the archive, which reaches back to the first printed almanac of the province and fills more than four hundred boxes.",
        "Readers can book the booths online for half a day at a time, and the library plans to extend its evening hours once volunteers join the front desk.",
    ]

    func text(_ above: String) -> String {
        let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
        return (["Harbour Board Backs Dredging Plan"] + h + ["City Library Opens a Reading Room for Its Archive"] + Self.library
                + [above, "HELSINKI (AP) — " + o[0]] + o.dropFirst()).joined(separator: "\n")
    }

    func testTitleCaseLineAboveADatelineLedeIsItsTitle() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let headline = "Orchestra Names a Conductor From Vienna for Its Season."
        let stories = splitter.split(classifier.classify(text(headline)))
        XCTAssertEqual(stories.map(\.title), ["Harbour Board Backs Dredging Plan", "City Library Opens a Reading Room for Its Archive", headline])
        XCTAssertTrue(stories[2].text.hasPrefix("HELSINKI (AP) — "))
    }

    /// A sentence-case sentence whose words come back in the lede below (and not in the story
    /// above) is the lede's headline (`lede_sentence_affinity`); off, only Title Case counts.
    func testSentenceAnnouncingTheLedeIsItsTitle() throws {
        let headline = "City orchestra picks a Vienna conductor and adds Sibelius symphonies."
        for on in [true, false] {
            let (classifier, splitter) = try CleaningFixtures.stages { $0.ledeSentenceAffinity = on }
            let stories = splitter.split(classifier.classify(text(headline)))
            XCTAssertEqual(stories.count, 3)
            XCTAssertEqual(stories[2].title, on ? headline : nil, "lede_sentence_affinity \(on)")
            XCTAssertTrue(stories[2].text.hasPrefix("HELSINKI (AP) — "))
        }
    }

    /// A closing sentence of the story above (not Title Case) stays in that story.
    func testClosingSentenceAboveADatelineLedeStays() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        XCTAssertTrue(try CleaningFixtures.configs().1.ledeSentenceAffinity, "the shipped pipeline asks the affinity")
        let closing = "That was a change the library had wanted for several years."
        let stories = splitter.split(classifier.classify(text(closing)))
        XCTAssertEqual(stories.count, 3)
        XCTAssertNil(stories[2].title)
        XCTAssertTrue(stories[1].text.hasSuffix(closing))
    }
}
