import XCTest
@testable import WinnowPipeline

/// Mixed-case places with a colon in a run (a roundup's items, a transcript's speakers) are a
/// list's fields, not datelines: the line above them gets no `dateline_after`, so a section label
/// over them (`The long shots`) is no headline (`BoundaryDatelineLedes.swift`).
final class SplitPlaceColonListTests: XCTestCase {
    static let roundup = [
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
    ]

    func testRoundupOfPlacesStaysOneStory() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let text = Self.roundup.joined(separator: "\n")
        let lines = classifier.classify(text)
        XCTAssertEqual(splitter.split(lines).count, 1)
        XCTAssertFalse(splitter.explain(lines).contains { $0.features.fired("dateline_after", .positive) })
    }

    /// A non-ASCII place in such a run is a field too (`Zürich:` / `São Paulo:`).
    func testRoundupOfNonASCIIPlacesStaysOneStory() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let text = Self.roundup.map { $0.replacingOccurrences(of: "Dallas:", with: "Zürich:").replacingOccurrences(of: "Denver:", with: "São Paulo:") }
        XCTAssertEqual(splitter.split(classifier.classify(text.joined(separator: "\n"))).count, 1)
    }

    /// Briefs of two paragraphs, each a headline over a colon dateline lede, are stories, not a list:
    /// their datelines are a paragraph apart, not on the next body line.
    func testBriefsWithColonDatelinesStayApart() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let text = [
            "Council approves new budget for road repairs",
            "",
            "Atlanta: The city council voted 9-3 on Tuesday to approve a budget that sets aside more money for road repairs, after months of complaints from residents about potholes.",
            "",
            "The mayor said work would begin in the spring and that the first streets to be repaved would be announced next month.",
            "",
            "Storm knocks out power to thousands of homes",
            "",
            "Dallas: A line of severe thunderstorms swept through the region overnight, knocking out power to more than 40,000 homes and businesses, the utility said on Wednesday.",
            "",
            "Crews expected to restore most service by the evening, although some rural areas could remain dark until the weekend.",
            "",
            "Museum reopens after two-year renovation",
            "",
            "Denver: The art museum reopened its doors on Saturday after a renovation that added two new galleries, a rooftop terrace and a larger space for visiting exhibitions.",
            "",
            "Officials said more than 5,000 visitors came through the doors on the first day, far more than they had expected."
        ].joined(separator: "\n")
        XCTAssertEqual(splitter.split(classifier.classify(text)).count, 3)
    }
}
