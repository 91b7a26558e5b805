import XCTest
@testable import WinnowPipeline

/// A column's run-in section heads set off by a dash (`POLL CHECK - …`) have a bare capitals
/// dateline's shape; several of them a few paragraphs apart are section heads of one story
/// (`dash_head_run`, `BoundaryDashHeads.swift`), while bare dash datelines far apart, or qualified
/// ones (`TRENTON, N.J. (AP) -`), still open stories.
final class SplitDashHeadTests: XCTestCase {
    static let harbour = SplitStructureTests.harbour, orchestra = SplitStructureTests.orchestra

    func stages(run: Int) throws -> (LineClassifier, StorySplitter) {
        try CleaningFixtures.stages { $0.dashHeadRun = run }
    }

    /// One newsletter column: a headline and byline, then five sections on unrelated topics, each
    /// opened by a capitals head and a dash, two paragraphs each.
    static let sections = [
        ("STADIUM VOTE", "The county commission voted on Monday to fund a new football stadium downtown, pledging bonds worth two hundred million dollars toward construction.",
         "Supporters said the stadium would draw concerts and tournaments all year, while critics argued that taxpayers should not subsidize a wealthy franchise owner."),
        ("BAKERY STRIKE", "Workers at the largest bakery chain walked off their shifts at dawn, demanding higher wages and fewer overnight hours in the ovens.",
         "Managers kept a handful of shops open with flour deliveries from rival mills, but shelves of bread and pastries stood empty by noon."),
        ("TELESCOPE DELAY", "Engineers postponed the launch of the orbiting telescope again after a sensor failed during vacuum tests of its mirror assembly.",
         "Astronomers hoping to study distant galaxies and planets around nearby stars will now wait at least another year for the first images."),
        ("VINEYARD FROST", "A late frost damaged grapevines across the valley, and growers expect the autumn harvest of wine grapes to shrink by a third.",
         "Some farmers lit candles and ran giant fans between the rows overnight, hoping to keep cold air from settling on the young buds."),
        ("MUSEUM REOPENS", "The natural history museum reopened its dinosaur hall after a renovation that added skeletons, fossils and interactive displays for children.",
         "Curators said attendance on the first weekend broke records, with families queuing around the block to see the new tyrannosaurus cast."),
    ]
    static let column: String = (["Morning Briefing: What to Watch This Week", "By Jane Doe", ""]
        + sections.flatMap { [$0.0 + " - " + $0.1, "", $0.2, ""] }).joined(separator: "\n")

    func testColumnHeadsOpenNoStories() throws {
        let (classifier, splitter) = try stages(run: 4)
        let stories = splitter.split(classifier.classify(Self.column))
        XCTAssertEqual(stories.count, 1)
        let (c0, s0) = try stages(run: 0)
        XCTAssertGreaterThan(s0.split(c0.classify(Self.column)).count, 1, "each head read as a dateline lede without the rule")
    }

    /// Two stories opened by bare dash datelines, several paragraphs apart: both stay ledes.
    func testFarApartDatelinesStillOpenStories() throws {
        let t = (["HARBOURTOWN - " + Self.harbour[0]] + Self.harbour.dropFirst()
                 + ["CONCERTVILLE - " + Self.orchestra[0]] + Self.orchestra.dropFirst()).joined(separator: "\n\n")
        let (classifier, splitter) = try stages(run: 4)
        XCTAssertEqual(splitter.split(classifier.classify(t)).count, 2)
    }

    func testBareDashLabel() {
        XCTAssertTrue(BoundaryPlanner.isBareDashLabel("POLL CHECK - Real Clear Politics", place: "POLL CHECK"))
        XCTAssertTrue(BoundaryPlanner.isBareDashLabel("KT FROM CAIRO — Fox News", place: "KT FROM CAIRO"))
        XCTAssertFalse(BoundaryPlanner.isBareDashLabel("TRENTON, N.J. (AP) - The", place: "TRENTON, N.J. (AP)"))
        XCTAssertFalse(BoundaryPlanner.isBareDashLabel("WASHINGTON (AP) - The", place: "WASHINGTON"))
        XCTAssertFalse(BoundaryPlanner.isBareDashLabel("OPINION: The", place: "OPINION"))
    }
}
