import XCTest
@testable import WinnowPipeline

/// A page's header between two stories of one outlet on one beat: a byline and a time stamp over
/// a lede that shares some words with the story above (cohesion ~0.09). Two page edges make the
/// block the head of a new page (`page_header`), which holds against that cohesion; one byline
/// alone does not; a headline with its dek over the block keeps the story (the lede is its lede).
final class SplitPageHeaderTests: XCTestCase {
    static let ferry = [
        "The ferry company that links the harbour with the islands will raise fares next month, blaming fuel costs and the landing fees it pays each season.",
        "Island residents who rely on the ferry to reach hospitals and schools on the mainland said the increase would fall hardest on pensioners and families.",
        "The company said its boats burn more fuel since dredging closed the northern channel, adding twenty minutes to every crossing in winter weather.",
        "Councillors will meet the ferry operators next week to discuss a discount for residents, something the islands have requested for several years.",
        "A spokesman for the company said fares had not changed in five years and that the new timetable was agreed with every island council.",
    ]
    static let header = ["By Jane Doe", "Published May 3, 2019 10:00 AM"]

    func text(_ middle: [String], _ second: [String] = ferry) -> String {
        (SplitStructureTests.harbour + middle + second).joined(separator: "\n\n")
    }

    func stages(_ weight: Double?) throws -> (LineClassifier, StorySplitter) {
        try CleaningFixtures.stages { if let w = weight { $0.weights[.pageHeader] = w } }
    }

    func testLedeUnderBylineAndStampStartsAStory() throws {
        let (classifier, splitter) = try stages(nil)
        let lines = classifier.classify(text(Self.header))
        let stories = splitter.split(lines)
        XCTAssertEqual(stories.count, 2)
        XCTAssertTrue(stories.last?.text.hasPrefix(Self.ferry[0]) ?? false)
        XCTAssertTrue(splitter.explain(lines).contains { $0.kind == .boundary && $0.features.fired("page_header", .positive) })
        // Off, cohesion keeps the ferry story glued to the harbour story.
        let (c0, s0) = try stages(0)
        XCTAssertEqual(s0.split(c0.classify(text(Self.header))).count, 1)
    }

    /// A byline alone is one page edge: an article quotes a byline-shaped line now and then.
    func testBylineAloneIsNoPageHeader() throws {
        let (classifier, splitter) = try stages(nil)
        let lines = classifier.classify(text(["By Jane Doe"]))
        XCTAssertFalse(splitter.explain(lines).contains { $0.features.contains { $0.hasPrefix("page_header=") } })
    }

    /// A dateline lede under the same header holds as well.
    func testDatelineLedeUnderPageHeader() throws {
        let (classifier, splitter) = try stages(nil)
        let second = ["PORTSMOUTH — " + Self.ferry[0]] + Self.ferry.dropFirst()
        let lines = classifier.classify(text(Self.header, second))
        XCTAssertEqual(splitter.split(lines).count, 2)
        XCTAssertTrue(splitter.explain(lines).contains { $0.kind == .boundary && $0.features.fired("dateline_start", .positive) && $0.features.fired("page_header", .positive) })
    }

    /// An unwrapped paragraph of 800+ bytes is never scored as a headline; under a page header it
    /// is still the lede of the next story.
    func testLongParagraphUnderPageHeaderStartsAStory() throws {
        let (classifier, splitter) = try stages(nil)
        let long = (Self.ferry + Self.ferry.prefix(2)).joined(separator: " ")
        XCTAssertGreaterThan(long.utf8.count, 800)
        let stories = splitter.split(classifier.classify(text(Self.header, [long])))
        XCTAssertEqual(stories.count, 2)
        XCTAssertEqual(stories.last?.text, long)
    }

    /// Headline, dek, byline, stamp, lede: one story under its headline; the lede under the block
    /// is the headline's lede (`mergeHeadlineLedes`), not a story of its own.
    func testHeadlineWithDekKeepsItsLede() throws {
        let (classifier, splitter) = try stages(nil)
        let headline = "Ferry fares to the islands will rise next month"
        let dek = "The ferry company that links the harbour with the islands will raise fares next month."
        let stories = splitter.split(classifier.classify(text([headline, dek] + Self.header)))
        XCTAssertEqual(stories.count, 2)
        XCTAssertEqual(stories.last?.title, headline)
        XCTAssertTrue(stories.last?.text.contains(Self.ferry[0]) ?? false)
    }
}
