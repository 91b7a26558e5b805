import XCTest
@testable import WinnowPipeline

/// Story overlap (`story_overlap`) is not asked of a headline right after a trailer: the story
/// above signed off, and no article sets a subhead under its own sign-off. The next story of the
/// same beat names what the last one did (`Who's Got the Best Chance against Clinton?` under a
/// Clinton story's `… contributed to this report.`).
final class SplitSignedOffOverlapTests: XCTestCase {
    /// Its words (orchestra, conductor, violin, soloist, musicians, Helsinki) are all in the
    /// orchestra story above; the harbour story below is its own.
    static let headline = "Orchestra conductor, violin soloist and musicians from Helsinki"

    static func text(trailer: String?) -> String {
        var lines = ["City Orchestra Announces An Autumn Season Of Sibelius"] + SplitStructureTests.orchestra
        if let trailer { lines.append(trailer) }
        lines += [headline] + SplitStructureTests.harbour
        return lines.joined(separator: "\n")
    }

    func testHeadlineAfterATrailerIsNoSubheadOfTheStoryAbove() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(Self.text(trailer: "Reporting by Jane Doe; Editing by John Roe"))
        let i = try XCTUnwrap(lines.lines.firstIndex { $0.content == Self.headline })
        let fate = try XCTUnwrap(splitter.explain(lines).first { $0.line == i })
        XCTAssertTrue(fate.features.fired("trailer_before", .positive), "\(fate.features)")
        XCTAssertFalse(fate.features.fired("story_overlap"), "\(fate.features)")
        XCTAssertEqual(splitter.split(lines).map(\.title), ["City Orchestra Announces An Autumn Season Of Sibelius", Self.headline])
    }

    /// Without the trailer the line reads as it did: not a start (its words are the story above's).
    func testWithoutATrailerTheLineStaysInTheStoryAbove() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        XCTAssertEqual(splitter.split(classifier.classify(Self.text(trailer: nil))).count, 1)
    }

    /// A bare mark (`...`) parts a transcript's excerpts inside one story: the line keeps the
    /// check, and its words hold it in the story above.
    func testBareMarkKeepsTheCheck() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(Self.text(trailer: "..."))
        let i = try XCTUnwrap(lines.lines.firstIndex { $0.content == Self.headline })
        XCTAssertTrue(lines.lines[i - 1].kind != .body, "the mark is stripped")
        let fate = try XCTUnwrap(splitter.explain(lines).first { $0.line == i })
        XCTAssertTrue(fate.features.fired("story_overlap", .negative), "\(fate.features)")
        XCTAssertEqual(splitter.split(lines).count, 1)
    }
}
