import XCTest
@testable import WinnowPipeline

/// The text's first headline under its page's header set above it votes for the header style
/// (`BoundaryTextStartHeader.swift`, `text_start_header`): without it the anchored vote tied and a
/// long article's bare subhead stood as a story.
final class SplitTextStartHeaderTests: XCTestCase {
    static let harbour = SplitStructureTests.harbour
    static let orchestra = SplitStructureTests.orchestra

    /// Two pages that set their byline, stamp and share row over the headline; the first opens the
    /// text, the second follows the first's sign-off. A bare subhead inside the first page (and the
    /// paragraph under it, which must stay in that story) is no start.
    static func text(subhead: String = "Fishermen fear for the shellfish beds") -> String {
        let h = harbour, o = orchestra
        var parts = ["By Jane Doe", "Published May 3, 2019 10:00 AM", "Share this article",
                     "Harbour authority approves plan to dredge the northern channel"]
        parts += h[..<2]
        parts.append(subhead)
        parts += h[2...]
        parts += ["Reporting by Jane Doe; Editing by John Roe", "By John Roe", "Published May 4, 2019 9:00 AM", "Share this article",
                  "City orchestra names a new conductor for its autumn season"]
        parts += o
        return parts.joined(separator: "\n\n")
    }

    func testHeaderOverTheFirstHeadlineVotesAndTheSubheadStays() throws {
        let (classifier, splitter) = try CleaningFixtures.stages(editing: SplitStructuredArticleTests.shapeOnly)
        let lines = classifier.classify(Self.text())
        let fates = splitter.explain(lines)
        let at = { (s: String) in fates.first { lines.lines[$0.line].content == s } }
        XCTAssertTrue(at("Harbour authority approves plan to dredge the northern channel")?.features.contains { $0.hasPrefix("text_start_header") } ?? false,
                      "\(fates.filter { $0.score != nil }.map { (lines.lines[$0.line].content.prefix(30), $0.features) })")
        XCTAssertTrue(at("Fishermen fear for the shellfish beds")?.features.contains { $0.contains("after a trailer carry header blocks") } ?? false)
        let stories = splitter.split(lines)
        XCTAssertEqual(stories.count, 2, "\(stories.map(\.title))")
        // The paragraph under the subhead stays in the harbour story.
        XCTAssertTrue(stories[0].text.contains(Self.harbour[2]))
    }

    /// Only furniture that makes a page header counts, and only with nothing but furniture above.
    func testOnlyAPageHeaderAtTheTextStartMarks() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let scorer = try CleaningFixtures.scorer(SplitConfig())
        func marked(_ text: [String], _ line: String) -> Bool {
            let lines = classifier.classify(text.joined(separator: "\n\n")).lines
            return scorer.isUnderTextStartHeader(lines.firstIndex { $0.content == line }!, in: lines, facts: scorer.facts(lines))
        }
        let head = "Harbour authority approves plan to dredge the northern channel"
        XCTAssertTrue(marked(["By Jane Doe", "Published May 3, 2019 10:00 AM", head, Self.harbour[0]], head))
        // No furniture, or a share row alone: no page header.
        XCTAssertFalse(marked([head, Self.harbour[0]], head))
        XCTAssertFalse(marked(["Share this article", head, Self.harbour[0]], head))
        // A paragraph above: not the text's start (`furniture_block` reads that case).
        XCTAssertFalse(marked([Self.orchestra[0], "By Jane Doe", "Published May 3, 2019 10:00 AM", head, Self.harbour[0]], head))
    }
}
