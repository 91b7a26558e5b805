import XCTest
@testable import WinnowPipeline

/// A live blog's entry headings (`07:00 GMT - …`, `8:27pm – …`, `11:00 p.m. EDT: …`) are entries of
/// the running story around them (`live_entry_heading`, `BoundaryLiveEntryHeading.swift`) where
/// three or more lines near each other open so; one such line alone, and a line that only starts
/// with a number, are read as before.
final class SplitLiveEntryHeadingTests: XCTestCase {
    func stages(_ weight: Double?) throws -> (LineClassifier, StorySplitter) {
        try CleaningFixtures.stages { if let w = weight { $0.weights[.liveEntryHeading] = w } }
    }

    func testClockHeadingShape() {
        for yes in ["07:00 GMT - New Zealanders protest against death of George Floyd", "8:27pm – Britain’s New Foreign Sec Will Have An Awkward Time",
                    "11:00 p.m. EDT: Poor FactCheck.org.", "10:25: Why are they leaking information?", "6.54 PM | More cases reported in Texas",
                    "21:15 GMT — Michael Jordan: We have had enough"] {
            XCTAssertTrue(SplitText.withBytes(yes, BoundaryScorer.opensWithClockHeading), yes)
        }
        for no in ["2020 - a year in review", "3.14159 - the digits of pi", "07:00", "10:30 am meeting of the council ends in a walkout",
                   "12.5 - 7 was the final score", "9:00 GMT -", "The 07:00 GMT - deadline passed"] {
            XCTAssertFalse(SplitText.withBytes(no, BoundaryScorer.opensWithClockHeading), no)
        }
    }

    /// A live page: entries on the harbour and on the orchestra under clock headings. The topic
    /// shifts at the orchestra entry, but it stays in the one running story.
    func liveText(_ headings: [String]) -> String {
        func paragraphs(_ p: ArraySlice<String>) -> [String] { p.flatMap { [$0, ""] } }
        var lines: [String] = ["Harbour and city: live updates", ""]
        lines += [headings[0], ""] + paragraphs(SplitStructureTests.harbour.prefix(2))
        lines += [headings[1], ""] + paragraphs(SplitStructureTests.orchestra[...])
        lines += [headings[2], ""] + paragraphs(SplitStructureTests.harbour.dropFirst(2))
        return lines.joined(separator: "\n")
    }

    func testEntriesOfALivePageStayInOneStory() throws {
        let headings = ["09:10 GMT - Harbour authority approves dredging plan", "10:45 GMT - City orchestra names its new conductor",
                        "11:30 GMT - Fishermen fear for the shellfish beds"]
        let text = liveText(headings)
        let (classifier, splitter) = try stages(nil)
        let lines = classifier.classify(text)
        XCTAssertEqual(splitter.split(lines).count, 1)
        XCTAssertTrue(splitter.explain(lines).contains { $0.features.fired("live_entry_heading", .negative) })
        // Off, the orchestra entry and the harbour entry after it open stories of their own on
        // shape and topic shift.
        let (c0, s0) = try stages(0)
        XCTAssertEqual(s0.split(c0.classify(text)).count, 3)
    }

    /// Prose negative: one heading with a clock time alone is no live page; the orchestra story
    /// under it still opens its story.
    func testOneClockHeadingIsNoLivePage() throws {
        let headings = ["Harbour authority approves dredging plan", "10:45 GMT - City orchestra names its new conductor",
                        "Fishermen fear for the shellfish beds"]
        let (classifier, splitter) = try stages(nil)
        let lines = classifier.classify(liveText(headings))
        XCTAssertFalse(splitter.explain(lines).contains { $0.features.fired("live_entry_heading", .negative) })
    }
}
