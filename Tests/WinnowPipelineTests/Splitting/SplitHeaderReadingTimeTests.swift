import XCTest
@testable import WinnowPipeline

/// A header byline (`Written by Jane Doe`, `BoundaryHeaderByline.swift`) over a reading time
/// instead of a time stamp, or under a photo caption set between it and the headline, is the
/// page's byline too (`header_reading_time`, `BoundaryHeaderReadingTime.swift`).
final class SplitHeaderReadingTimeTests: XCTestCase {
    typealias H = SplitHeaderBylineTests
    static let readingTime = "Reading time: 5 minutes"
    static let caption = "Musicians rehearse in the concert hall on Tuesday. (Sipa USA)"

    func stages(_ on: Bool) throws -> (LineClassifier, StorySplitter, BoundaryScorer) {
        let set: (inout SplitConfig) -> Void = { $0.headerBylines = true; $0.headerReadingTime = on }
        let (classifier, splitter) = try CleaningFixtures.stages(editing: set)
        return (classifier, splitter, try CleaningFixtures.scorer(editing: set))
    }

    /// The harbour story, then `middle`, then the orchestra story's prose (as `SplitHeaderBylineTests`).
    func text(_ middle: [String]) -> String {
        (["Harbour Authority Approves Dredging of the Northern Shipping Channel"] + SplitStructureTests.harbour + middle
         + SplitStructureTests.orchestra).joined(separator: "\n\n")
    }

    /// The facts' shape of the `Written by` line (stripped as a trailer) in `text(middle)`.
    func shape(_ middle: [String], _ on: Bool) throws -> LineFacts.Shape {
        let (classifier, _, scorer) = try stages(on)
        let lines = classifier.classify(text(middle)).lines
        let i = try XCTUnwrap(lines.firstIndex { $0.content == H.writtenBy })
        guard case .stripped(_, .trailer?) = lines[i].kind else { XCTFail("not stripped as a trailer"); return .body }
        return scorer.facts(lines).shape[i]
    }

    func testReadingTimeDatesTheByline() throws {
        for middle in [[H.headline, H.writtenBy, Self.readingTime, "Share"],
                       [H.headline, H.dek, H.writtenBy, "5 min read", "Share"]] {
            XCTAssertEqual(try shape(middle, true), .headerByline, "\(middle)")
            XCTAssertEqual(try shape(middle, false), .trailer, "\(middle)")
        }
        let (classifier, splitter, _) = try stages(true)
        let stories = splitter.split(classifier.classify(text([H.headline, H.writtenBy, Self.readingTime, "Share"])))
        XCTAssertEqual(stories.map(\.title), ["Harbour Authority Approves Dredging of the Northern Shipping Channel", H.headline])
    }

    /// Set flush (no blank lines), as a dump without paragraph gaps does: the caption is no dek
    /// paragraph set apart under the headline.
    func testCaptionBetweenHeadlineAndBylineIsHeader() throws {
        let middle = [[H.headline, Self.caption, H.writtenBy, H.stamp, "Share"].joined(separator: "\n")]
        XCTAssertEqual(try shape(middle, true), .headerByline)
        XCTAssertEqual(try shape(middle, false), .trailer)
    }

    /// A dek of two short paragraphs, each set apart under the headline, is a dek too.
    func testTwoParagraphDek() throws {
        let second = "Tickets go on sale next week, with seats for students at five pounds."
        let middle = [H.headline, H.dek, second, H.writtenBy, H.stamp, "Share"]
        XCTAssertEqual(try shape(middle, true), .headerByline)
        XCTAssertEqual(try shape(middle, false), .trailer)
        // Three paragraphs under a line are a story's text, not its dek.
        let third = "The orchestra will also tour Finland in the spring, its first tour in a decade."
        XCTAssertEqual(try shape([H.headline, H.dek, second, third, H.writtenBy, H.stamp], true), .trailer)
    }

    /// Under a story's last paragraph the line still signs off, over a reading time or under a
    /// caption; a widget that is no reading time dates nothing.
    func testUnderProseItStaysATrailer() throws {
        XCTAssertEqual(try shape([H.writtenBy, Self.readingTime], true), .trailer)
        // A caption flush under a paragraph (no headline over it) closes that story.
        let last = "The authority will publish the dredging schedule next month, after consulting the fishermen."
        XCTAssertEqual(try shape([[last, Self.caption, H.writtenBy, H.stamp].joined(separator: "\n")], true), .trailer)
        XCTAssertEqual(try shape([H.headline, H.writtenBy, "Share"], true), .trailer)
        XCTAssertFalse(try readingTime("Administration"))
        XCTAssertTrue(try readingTime("Listen to this article · 3 min"))
    }

    func readingTime(_ line: String) throws -> Bool {
        let (classifier, _, _) = try stages(true)
        let lines = classifier.classify(line).lines
        return BoundaryScorer.isReadingTime(0, lines)
    }
}
