import XCTest
@testable import WinnowPipeline

/// Paragraphs indented after wrapping: the indent is no part of the wrap width, so a full line
/// that ends a sentence still continues onto the flush-left line below. Where the indent was
/// counted at the wrap, and for a block's flush-left first line (a headline), the widths keep it.
final class ReflowIndentWidthTests: XCTestCase {
    /// Wrapped at 60, each paragraph's first line then indented by five (63 columns). Line 6 ends
    /// a sentence 58 columns wide; `It` would not have fitted in 60 columns, but would in 63.
    static let text = [
        "     The harbour authority approved a plan on Tuesday to dredge",
        "the northern shipping channel. Container vessels with deeper",
        "hulls will then dock at the terminal, officials said on",
        "Tuesday. Dredging crews will remove sediment from the",
        "channel floor over eighteen months.",
        "     The authority expects container traffic at the terminal to",
        "grow by a third once the dredging work ends in the spring.",
        "It will vote on the cost of a second berth in the spring,",
        "after a public hearing on the plan for the northern channel.",
    ]

    func testFullLineEndingASentenceContinuesBelowAnIndentedLine() throws {
        let j = try reflowJoins(Self.text + Self.text)
        XCTAssertTrue(j[6], "the next word would not have fitted on the line at the wrap width")
        XCTAssertFalse(j[4], "a paragraph's short last line ends it")
        XCTAssertTrue(j[0] && j[1] && j[2] && j[3], "the first paragraph's lines join")
    }

    func testIndentIsNoPartOfTheWrapWidth() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let lines = classifier.classify((Self.text + Self.text).joined(separator: "\n")).lines
        let widths = lines.indices.map { i in lines.withTextBytes(i) { SplitText.scalarCount($0) - LineText.leadingBlankCount($0) } }
        XCTAssertEqual(Reflow.wrapWidth(bodyWidths: widths), 60)
        XCTAssertEqual("     The".utf8.withContiguousStorageIfAvailable(LineText.leadingBlankCount), 5)
    }

    /// Widths with indents (`lengths`), `indents` on the indented lines: the wrap width without
    /// the indents when indented lines pass it by no more than their indent, `nil` when none does.
    func afterWrap(_ lengths: [Int], indentedAt: Set<Int>) -> Int? {
        let indents = lengths.indices.map { indentedAt.contains($0) ? 5 : 0 }
        return Reflow.indentAddedAfterWrap(lengths, indents, histogram: Reflow.widthHistogram(lengths), count: lengths.count)
    }

    func testIndentAddedAfterWrapOnlyWhereIndentedLinesPassTheWidth() {
        let flush = [60, 55, 53, 35, 58, 57, 60, 59, 58, 60]
        // Indented lines 63 and 64 columns over flush lines at most 60: indented after wrapping.
        XCTAssertEqual(afterWrap([63] + flush + [64] + flush + [62], indentedAt: [0, 11, 22]), 60)
        // Indented lines within the width (the tool counted the indent): the widths keep it.
        XCTAssertNil(afterWrap([59] + flush + [60] + flush + [58], indentedAt: [0, 11, 22]))
        // One indented line over the width is a wide word's slack, not the text's style.
        XCTAssertNil(afterWrap([63] + flush + [60] + flush + [58], indentedAt: [0, 11, 22]))
    }

    /// A flush-left headline 52 columns wide in the same copy: `Dredging` would have fitted on it
    /// at the width as laid out (63 with the indents) but not at 60. A block's flush-left first
    /// line is tested at the former: the headline keeps its dek off, and the dek still wraps.
    func testFlushLeftHeadlineIsTestedAtTheWidthAsLaidOut() throws {
        let headline = "Harbour board backs plan to deepen the north channel"
        let dek = ["Dredging crews will remove sediment from the channel floor",
                   "over eighteen months, the harbour authority said on Tuesday."]
        let j = try reflowJoins(Array(Self.text[0..<5]) + [headline] + dek + Self.text)
        XCTAssertFalse(j[4], "the paragraph's short last line ends it")
        XCTAssertFalse(j[5], "the headline does not take the dek as its tail")
        XCTAssertTrue(j[6], "the dek's wrapped lines join")
        XCTAssertTrue(j[14], "below, a full line ending a sentence still continues")
    }
}
