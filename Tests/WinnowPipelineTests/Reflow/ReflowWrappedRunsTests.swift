import XCTest
@testable import WinnowPipeline

/// A wrapped story glued to unwrapped ones (`Reflow+WrappedRuns.swift`): its runs of lines that
/// break mid-sentence over a lower-case line are reflowed, the unwrapped paragraphs are not.
final class ReflowWrappedRunsTests: XCTestCase {
    static let unwrapped = (0..<8).map { "\(ReflowWrappedSpanTests.promo) Paragraph \($0) of the council story." }
    static let wrapped = ReflowWrappedSpanTests.wrapped + [
        "",
        "Shipping lines welcomed the decision, saying the deeper channel",
        "would cut the waiting times of their largest vessels by days.",
    ]

    func testWrappedStoryAmongUnwrappedOnes() throws {
        let text = Self.unwrapped + ["", "By Jane Doe", ""] + Self.wrapped + [""] + Self.unwrapped
        let (joins, lines) = try reflowed(text)
        XCTAssertFalse(Reflow.mostlyNarrow(lines), "the unwrapped paragraphs are wide")
        let first = try XCTUnwrap(text.firstIndex(of: ReflowWrappedSpanTests.wrapped[0]))
        XCTAssertTrue(joins[first] && joins[first + 1] && joins[first + 2], "the wrapped lede's lines join")
        XCTAssertFalse(joins[first + 3], "its paragraph ends on a full stop over a blank")
        XCTAssertTrue(joins[first + 5], "the second wrapped paragraph joins")
        XCTAssertFalse(joins[..<first].contains(true), "no unwrapped line joins")
    }

    /// Prose negative: short paragraphs of one line each (ending on full stops, opening with
    /// capitals) and a headline list among wide paragraphs are no wrapped copy.
    func testShortParagraphsAndHeadlinesStayApart() throws {
        let short = [
            "The council voted on Tuesday.", "Members were split on the budget.",
            "Harbour approves dredging plan", "Council delays vote on ferry fares",
            "Shipping lines welcome deeper channel", "The mayor said the port would grow.",
        ]
        let joins = try reflowJoins(Self.unwrapped + [""] + short + [""] + Self.unwrapped)
        XCTAssertFalse(joins.contains(true))
        XCTAssertNil(Reflow.wrappedRuns(try reflowLines(Self.unwrapped + [""] + short)))
    }

    /// One paragraph broken mid-sentence is a scrape's slip, not a wrapped story: too few breaks.
    func testOneBrokenParagraphIsNoWrappedStory() throws {
        let text = Self.unwrapped + ["", "The harbour authority approved a plan on Tuesday to dredge",
                                     "the northern shipping channel.", ""] + Self.unwrapped
        XCTAssertNil(Reflow.wrappedRuns(try reflowLines(text)))
    }

    /// Split end to end: the byline over the wrapped lede opens the story with the lede as its
    /// first paragraph, not with its first line read as a headline.
    func testWrappedLedeUnderBylineOpensTheStory() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lede = ["The city orchestra announced its autumn season on Monday with",
                    "three symphonies by Sibelius and a new violin concerto, which",
                    "was commissioned from a young composer living in Helsinki."]
        let more = ["Rehearsals begin in August under the new conductor, who spent",
                    "a decade leading opera productions in Vienna before accepting",
                    "the appointment, and who plans four concerts for students."]
        let text = (SplitStructureTests.harbour + ["", "<!-- ad slot -->", "By Jane Doe&nbsp;|&nbsp;2019-11-13", "&nbsp;", ""]
                    + lede + [""] + more + [""] + SplitStructureTests.orchestra.dropFirst()).joined(separator: "\n")
        let stories = splitter.split(classifier.classify(text))
        XCTAssertEqual(stories.count, 2, stories.map(\.text).joined(separator: "\n---\n"))
        XCTAssertTrue(stories.last?.text.hasPrefix(lede[0] + " " + lede[1]) ?? false, stories.last?.text ?? "")
    }

    /// A headline set right over the wrapped lede (no blank between) is no line of the wrapped
    /// copy: the copy begins at its first wrap break, and the headline stays a line of its own.
    func testHeadlineOverWrappedLedeStaysApart() throws {
        let headline = "Goodwin: the council's dull dredging hearings are a flop"
        let text = Self.unwrapped + ["", headline, "Is that it? Is that all they have got?"] + Self.wrapped + [""] + Self.unwrapped
        let (joins, lines) = try reflowed(text)
        let h = try XCTUnwrap(text.firstIndex(of: headline))
        let runs = try XCTUnwrap(Reflow.wrappedRuns(lines))
        XCTAssertFalse(runs[h] || runs[h + 1], "the headline and its dek are no lines of the wrapped copy")
        XCTAssertTrue(runs[h + 2], "the copy begins at its first wrap break")
        XCTAssertFalse(joins[h], "the headline does not run on into its dek")
        XCTAssertTrue(joins[h + 2], "the lede's own lines still join")
    }
}
