import XCTest
@testable import WinnowPipeline

/// A question subhead over one lone credit or widget, after a paragraph that ended, in a dump whose
/// headlines carry bylines and time stamps, is the article's own (`BoundaryQuestionSubhead.swift`,
/// `question_subhead`); a question headline over its own stamp, or in a dump whose headlines carry
/// no page head, still starts its story.
final class SplitQuestionSubheadTests: XCTestCase {
    /// Three wire pages, each headline over a time stamp and a byline; the first has a question
    /// subhead over a photo credit, its section on another topic (the fleet, not the wall).
    static let paragraphs: [String] = [
        "Council backs plan to rebuild the harbour wall before winter",
        "Updated 5 min ago",
        "By Jane Doe, Staff Writer",
        "The city council voted on Tuesday to rebuild the crumbling harbour wall before the winter storms arrive, ending two years of argument over the cost of the work.",
        "Engineers told councillors that the wall could fail in a heavy storm and flood the streets of the old town, where several hundred families live close to the water.",
        "The work will start next month and is expected to take about twelve weeks, the council said in a statement after the vote.",
        "What happens to the fishing fleet?",
        "Maria Lopez / Reuters",
        "Trawler skippers expect to moor their boats at a neighbouring port until March, losing perhaps six fishing trips, according to a spokesman for local crews.",
        "Some crews may sail north instead, chasing mackerel shoals far offshore, though diesel prices make such voyages costly for smaller vessels.",
        "Library reopens after two years of repairs",
        "Updated 2 hours ago",
        "By John Roe, Staff Writer",
        "The central library reopened its doors on Saturday after two years of repairs to its roof and reading rooms, and hundreds of readers queued in the rain to see it.",
        "The building, which dates from the 1890s, was closed after water damaged thousands of books in a storm, and volunteers spent months drying and cataloguing the collection.",
        "The library will now open on Sundays for the first time, the city said.",
        "Schools prepare for new term with extra teachers",
        "Updated 1 hour ago",
        "By Ann Smith, Staff Writer",
        "Schools across the region will start the new term with three hundred extra teachers, the education authority said on Monday, after a recruitment drive over the summer.",
        "Head teachers welcomed the news but said class sizes would remain high in the fastest growing districts, where new housing estates have filled classrooms.",
        "The authority plans a second recruitment round in the spring."
    ]
    static let question = "What happens to the fishing fleet?"
    static var text: String { paragraphs.joined(separator: "\n\n") }

    func testQuestionSubheadOverCreditStaysInItsArticle() throws {
        try CleaningFixtures.assertFeature(.questionSubhead, fires: .negative, where: { $0 == Self.question },
                                           in: Self.text, stories: 3, without: 4)
        // Prose negative: the subhead and the section under it stay in the harbour story, whose
        // own paragraphs all stay too.
        let (classifier, splitter) = try CleaningFixtures.stages()
        let stories = splitter.split(classifier.classify(Self.text))
        XCTAssertEqual(stories.first?.title, Self.paragraphs[0])
        for p in Self.paragraphs[3...8] where !p.contains(" / ") {
            XCTAssertTrue(stories.first?.text.contains(p) ?? false, p)
        }
        XCTAssertEqual(stories.map(\.title), [Self.paragraphs[0], "Library reopens after two years of repairs",
                                             "Schools prepare for new term with extra teachers"])
    }

    /// A real question headline under a credit that also carries its own time stamp is a page's
    /// head: no demotion, it starts its story.
    func testQuestionHeadlineWithItsOwnStampStaysAStart() throws {
        let text = Self.text.replacingOccurrences(of: Self.question + "\n\nMaria Lopez / Reuters",
                                                  with: Self.question + "\n\nUpdated 3 hours ago\n\nMaria Lopez / Reuters")
        try assertStart(text)
    }

    /// Where the dump's headlines carry no byline or stamp (a photo credit only), a question over
    /// its credit is dressed as they are: it stays a start.
    func testDumpWithoutPageHeadsKeepsTheQuestionAStart() throws {
        let bare = Self.paragraphs.filter { !$0.hasPrefix("Updated ") }
            .map { $0.hasPrefix("By ") ? "Photo: Jane Smith" : $0 }
        try assertStart(bare.joined(separator: "\n\n"))
    }

    private func assertStart(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(text)
        let fate = try XCTUnwrap(splitter.explain(lines).first { lines.lines[$0.line].content == Self.question }, file: file, line: line)
        XCTAssertFalse(fate.features.fired("question_subhead"), "\(fate.features)", file: file, line: line)
        XCTAssertTrue(splitter.split(lines).contains { $0.title == Self.question }, file: file, line: line)
    }
}
