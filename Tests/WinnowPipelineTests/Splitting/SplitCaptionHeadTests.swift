import XCTest
@testable import WinnowPipeline

/// A photo box set inside an article's prose (its first caption, headline-shaped, over a second
/// caption that repeats the lede below) is no page head where the dump's headlines carry bylines
/// and time stamps (`BoundaryCaptionHead.swift`, `caption_only_head`); a headline over a stripped
/// photo credit, or in a dump whose headlines carry no byline or stamp, still starts its story.
final class SplitCaptionHeadTests: XCTestCase {
    /// Three pages, each headline over a byline and a stamp, set apart by separators; the first
    /// article sets a photo box between its paragraphs: a headline-shaped caption, then a caption
    /// that the paragraph below repeats.
    static let paragraphs: [String] = [
        "Harbour council votes to rebuild the crumbling sea wall before winter",
        "By Jane Doe, Staff Writer",
        "Updated 5 min ago",
        "The city council voted on Tuesday to rebuild the crumbling harbour wall before the winter storms arrive, ending two years of argument over the cost of the work.",
        "Engineers told councillors that the wall could fail in a heavy storm and flood the streets of the old town, where several hundred families live close to the water.",
        "The work will start next month and is expected to take about twelve weeks, the council said in a statement after the vote.",
        "Trawler skippers moored at the old quay for the last time before the builders arrive",
        "Skippers expect to moor their boats at a neighbouring port until March (pictured)",
        "Skippers expect to moor their boats at a neighbouring port until March, losing perhaps six fishing trips, according to a spokesman for local crews who met the mayor.",
        "Some crews may sail north instead, chasing mackerel shoals far offshore, though diesel prices make such voyages costly for smaller vessels and their owners.",
        "The mayor said the port would waive its mooring fees for the fleet while the work goes on.",
        "* * *",
        "Central library reopens after two years of repairs to its roof",
        "By John Roe, Staff Writer",
        "Updated 2 hours ago",
        "The central library reopened its doors on Saturday after two years of repairs to its roof and reading rooms, and hundreds of readers queued in the rain to see it.",
        "The building, which dates from the 1890s, was closed after water damaged thousands of books in a storm, and volunteers spent months drying and cataloguing the collection.",
        "The library will now open on Sundays for the first time, the city said.",
        "* * *",
        "Schools prepare for the new term with three hundred extra teachers",
        "By Ann Smith, Staff Writer",
        "Updated 1 hour ago",
        "Schools across the region will start the new term with three hundred extra teachers, the education authority said on Monday, after a recruitment drive over the summer.",
        "Head teachers welcomed the news but said class sizes would remain high in the fastest growing districts, where new housing estates have filled classrooms.",
        "The authority plans a second recruitment round in the spring."
    ]
    static let caption = "Trawler skippers moored at the old quay for the last time before the builders arrive"
    static var text: String { paragraphs.joined(separator: "\n\n") }

    func testPhotoBoxInsideProseStaysInItsArticle() throws {
        try CleaningFixtures.assertFeature(.captionOnlyHead, fires: .negative, where: { $0 == Self.caption },
                                           in: Self.text, stories: 3, without: 4)
        // Prose negative: the box and the paragraphs under it stay in the harbour story.
        let (classifier, splitter) = try CleaningFixtures.stages()
        let stories = splitter.split(classifier.classify(Self.text))
        XCTAssertEqual(stories.map(\.title), [Self.paragraphs[0], Self.paragraphs[12], Self.paragraphs[19]])
        for p in Self.paragraphs[3...10] where !p.hasSuffix("(pictured)") {
            XCTAssertTrue(stories.first?.text.contains(p) ?? false, p)
        }
    }

    /// A headline over a stripped photo credit is a page printed with its lead photo: a header
    /// block of its own, no photo box inside prose. It stays a start.
    func testHeadlineOverItsPhotoCreditStaysAStart() throws {
        let text = Self.text.replacingOccurrences(of: Self.caption + "\n\n",
                                                  with: Self.caption + "\n\nPhoto by Maria Lopez/Reuters\n\n")
        try assertStart(text)
    }

    /// Where the dump's headlines carry no byline or stamp, a headline over a caption is dressed
    /// as they are: it stays a start.
    func testDumpWithoutBylinesOrStampsKeepsTheStart() throws {
        let bare = Self.paragraphs.filter { !$0.hasPrefix("Updated ") && !$0.hasPrefix("By ") }
        try assertStart(bare.joined(separator: "\n\n"))
    }

    private func assertStart(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(text)
        let fate = try XCTUnwrap(splitter.explain(lines).first { lines.lines[$0.line].content == Self.caption }, file: file, line: line)
        XCTAssertFalse(fate.features.fired("caption_only_head"), "\(fate.features)", file: file, line: line)
        XCTAssertTrue(splitter.split(lines).contains { $0.title == Self.caption }, file: file, line: line)
    }
}
