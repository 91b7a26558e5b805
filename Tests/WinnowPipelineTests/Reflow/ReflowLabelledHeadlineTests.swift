import XCTest
@testable import WinnowPipeline

/// Hard-wrapped copy: a headline opening with a section label, or ending in a title tag's
/// ` | Site`, stays a line of its own over its dek and the header's furniture
/// (`Reflow+LabelledHeadline.swift`); a paragraph that opens with a label, a headline in capitals
/// wrapped over two lines and a dateline lede over a caption still wrap.
final class ReflowLabelledHeadlineTests: XCTestCase {
    static let paragraph = ReflowCapitalsTests.paragraph
    static let dek = ["Board members say the plan was rushed through without a hearing for the",
                      "fishing fleet."]

    func testLabelledHeadlineDoesNotWrapOntoItsDek() throws {
        let block = ["Analysis: Harbour authority weighs the cost of dredging the north channel"]
            + Self.dek + ["(Photo by Jane Doe/Getty Images)"]
        let (j, lines) = try reflowed(Self.paragraph + [""] + block + Self.paragraph)
        guard case .stripped = lines[8].kind else { return XCTFail("the credit is furniture") }
        XCTAssertFalse(j[5], "the labelled headline is a line of its own")
        XCTAssertTrue(j[6], "the dek itself wraps")
    }

    func testTitleTaggedHeadlineDoesNotWrapOntoItsDek() throws {
        let block = ["Harbour authority weighs the cost of dredging | The Northfield Chronicle",
                     "Board members say the plan was rushed through without any hearing at all.",
                     "By Jane Doe, Associated Press", "Published July 16, 2015 1:58pm EST"]
        let j = try reflowJoins(Self.paragraph + [""] + block + Self.paragraph)
        XCTAssertFalse(j[5], "the title tag is a line of its own")
    }

    /// Prose: a paragraph that opens with a label goes on over the wrap.
    func testParagraphOpeningWithALabelStillWraps() throws {
        let prose = ["UPDATE: The harbour authority said on Tuesday that the dredging contract",
                     "Board would meet again in March to review the cost of the work."]
        let j = try reflowJoins(Self.paragraph + [""] + prose + Self.paragraph)
        XCTAssertTrue(j[5], "no header furniture under it: one paragraph")
    }

    /// A dateline lede's first lines over a caption: the furniture between paragraphs is no header's.
    func testDatelineLedeOverACaptionStillWraps() throws {
        let lede = ["SEATTLE: Several owners of the harbour's container terminals backed the Port",
                    "Authority's dredging plan for the northern channel on Tuesday.",
                    "Jane Doe leaves the harbour authority building on Monday.", "Photo: Jane Doe / Pool"]
        let lines = try reflowLines(Self.paragraph + [""] + lede + Self.paragraph)
        guard case .stripped = lines[7].kind else { return XCTFail("the caption is furniture") }
        XCTAssertFalse(Reflow.endsLabelledHeadline(lines, 5))
    }

    /// A Title Case headline wrapped over two lines goes on in Title Case: no dek under it.
    func testTitleCaseHeadlineWrapStillWraps() throws {
        let block = ["Analysis: Harbour Master Says Dredging Plan Is Sound, Critics",
                     "Say They Were Never Consulted Before The Vote.", "(Photo by Jane Doe/Getty Images)"]
        let lines = try reflowLines(Self.paragraph + [""] + block + Self.paragraph)
        XCTAssertFalse(Reflow.endsLabelledHeadline(lines, 5))
    }

    /// A wrapped line's tail goes on in lower case: that is no dek.
    func testLowercaseTailIsNoDek() throws {
        let block = ["News flash: New research finds the harbour is busier than at any time",
                     "in recent years.", "(Photo by Jane Doe/Getty Images)"]
        let lines = try reflowLines(Self.paragraph + [""] + block + Self.paragraph)
        XCTAssertFalse(Reflow.endsLabelledHeadline(lines, 5))
    }
}
