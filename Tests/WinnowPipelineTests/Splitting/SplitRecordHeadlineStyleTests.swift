import XCTest
@testable import WinnowPipeline

/// The headline-style vote (`unlike_dump_ledes`, `BoundaryHeadlineStyle.swift`) in a JSONL record
/// reads its file's other records (`StyleTally.headlines`, `.ledes`): a page's own dateline lede
/// under a preamble (a partnership note) stays with its headline where the file's pages start at
/// headlines; alone a record has too few headlines to vote, and a file of dateline ledes does not.
final class SplitRecordHeadlineStyleTests: XCTestCase {
    static let headline = "Orchestra Names a New Conductor for the Autumn Season"
    static let preamble = "This article was produced in partnership with the City Weekly, a member of the regional arts reporting network."
    static let series = "This story is part of an ongoing series on the city's concert halls and the musicians who play in them every season."

    var text: String {
        var o = SplitStructureTests.orchestra
        o[0] = "VIENNA, Austria — " + o[0]
        return ([Self.headline] + SplitRecordStyleTests.header + [Self.preamble, Self.series] + o).joined(separator: "\n\n")
    }

    /// Four other records, each opened by a headline: the file starts its stories at headlines.
    static let headlineFile = StyleTally(titles: 4, headerVoters: 4, headerTitles: 4, capitalTitles: 0, anchored: 4, anchoredHeader: 4,
                                         backed: 4, backedMixed: 4, headlines: 4, ledes: 0)

    func testLedeUnderAPreambleStaysWithTheRecordsHeadline() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(text)
        let stories = splitter.split(lines, record: true, fileStyle: Self.headlineFile)
        XCTAssertEqual(stories.map(\.title), [Self.headline])
        // The preamble is the page's own paragraph: it stays in the story's text.
        XCTAssertTrue(stories.first?.text.contains(Self.preamble) ?? false)
        XCTAssertTrue(stories.first?.text.contains("VIENNA, Austria — ") ?? false)
        // Alone, the record has one headline: no vote, and the dateline lede starts a story of its own.
        XCTAssertEqual(splitter.split(lines, record: true, fileStyle: StyleTally()).count, 2)
    }

    /// A file whose other records open with as many dateline ledes as headlines has no headline style.
    func testNotInAFileOfDatelineLedes() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        var mixed = Self.headlineFile
        mixed.ledes = 4
        XCTAssertEqual(splitter.split(classifier.classify(text), record: true, fileStyle: mixed).count, 2)
    }

    /// The tally counts a record's non-kicker headline starts and its dateline ledes.
    func testTallyCountsHeadlinesAndLedes() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let t = splitter.styleTally(classifier.classify(text))
        XCTAssertEqual(t.headlines, 1)
        XCTAssertEqual(t.ledes, 1)
        XCTAssertEqual((t + t).ledes, 2)
        XCTAssertEqual((t - t), StyleTally())
    }
}
