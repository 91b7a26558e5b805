import XCTest
@testable import WinnowPipeline

/// A dump whose stories all open at kicker headlines (`OPINION: Why …?`), read as dateline
/// starts: they title their stories (`BoundaryStartedKickerDump.swift`); a dump of dateline ledes
/// keeps its ledes as text.
final class SplitStartedKickerDumpTests: XCTestCase {
    func testKickerQuestionHeadlinesTitleTheirStories() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
        let text = (["OPINION: Why won't anyone admit the harbour channel is silting up?", "", "Posted: October 19, 2016", ""]
                    + h.flatMap { [$0, ""] }
                    + ["OPINION: Why aren't orchestras selling cheap tickets to students?", "", "Posted: October 20, 2016", ""]
                    + o.flatMap { [$0, ""] }).joined(separator: "\n")
        let stories = splitter.split(classifier.classify(text))
        XCTAssertEqual(stories.map(\.title), ["OPINION: Why won't anyone admit the harbour channel is silting up?",
                                              "OPINION: Why aren't orchestras selling cheap tickets to students?"])
        XCTAssertTrue(stories[0].text.hasPrefix(h[0]), "the story's text opens at its first paragraph")
    }

    /// Prose negative: dateline ledes (sentences) are no kicker headlines; each stays its story's
    /// first paragraph.
    func testDatelineLedesStayText() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
        let text = (["ROTTERDAM: " + h[0], ""] + h[1...].flatMap { [$0, ""] }
                    + ["HELSINKI: " + o[0], ""] + o[1...].flatMap { [$0, ""] }).joined(separator: "\n")
        let stories = splitter.split(classifier.classify(text))
        XCTAssertEqual(stories.map(\.title), [nil, nil])
        XCTAssertEqual(stories.count, 2)
        XCTAssertTrue(stories[1].text.hasPrefix("HELSINKI: " + o[0]) || stories[1].text.hasPrefix(o[0]), "the lede stays text")
    }
}
