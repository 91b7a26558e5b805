import XCTest
@testable import WinnowPipeline

/// Mixed-case places with a colon in a run (a roundup's items, a transcript's speakers) are a
/// list's fields, not datelines: the line above them gets no `dateline_after`, so a section label
/// over them (`The long shots`) is no headline (`BoundaryDatelineLedes.swift`).
final class SplitPlaceColonListTests: XCTestCase {
    func testRoundupOfPlacesStaysOneStory() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let text = [
            "NFL power rankings: Where every team stands after Week 9",
            "",
            "By Jane Doe",
            "",
            "The midseason picture is sharper after a weekend of upsets, and several contenders now face hard questions about their rosters before the trade deadline passes next week.",
            "",
            "The contenders",
            "",
            "Dallas: The Cowboys leaned on their defense again, holding a division rival to nine points while the offense stalled in the red zone for the third straight game.",
            "",
            "Houston: The Texans' rookie quarterback threw for more than 300 yards, but the running game remains a concern as injuries pile up along the offensive line.",
            "",
            "The long shots",
            "",
            "Denver: The Broncos have won three in a row behind a revived pass rush, and their coaches believe the schedule ahead favors a late playoff push this season.",
            "",
            "Seattle: The Seahawks remain the surprise of the conference, with a balanced attack that has scored at least 24 points in each of their last five games."
        ].joined(separator: "\n")
        let lines = classifier.classify(text)
        XCTAssertEqual(splitter.split(lines).count, 1)
        XCTAssertFalse(splitter.explain(lines).contains { $0.features.fired("dateline_after", .positive) })
    }
}
