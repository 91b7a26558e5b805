import XCTest
@testable import WinnowPipeline

/// A headline right under a time stamp and another kind of page furniture (a share row), or under
/// a byline, after a paragraph that ended, is the next page's headline with its head set above it
/// (`BoundaryHeaderAbove.swift`, `header_above`): no bare headline, so where the text's
/// anchored headlines carry header blocks `unlike_anchored_headlines` leaves it a start.
final class SplitHeaderAboveTests: XCTestCase {
    static let ferry = SplitStructuredArticleTests.ferry
    static let ferryHeadline = "Ferry fares to the islands will rise next month"

    /// Two stories under header blocks (anchored: start of text, after a trailer) with a bare subhead
    /// each, as in `SplitStructuredArticleTests.anchoredText`, and a third page
    /// glued under it: its stamp and share row over its headline, and a subhead inside it under a
    /// share row alone.
    static func text(block: [String], subhead: String = "Residents ask the council for a discount") -> String {
        let a = SplitStructuredArticleTests.self, h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
        var parts: [String] = ["Harbour authority approves plan to dredge the northern channel"] + a.header + h[..<2]
        parts += ["Fishermen fear for their shellfish beds this season"] + h[2...]
        parts += [a.trailer, "City orchestra names a new conductor for its autumn season"] + a.header + o[..<3]
        parts += ["A soloist from the Brussels competition joins the season"] + o[3...]
        parts += block
        parts.append(ferryHeadline)
        parts += ferry[..<3]
        parts += ["Share this article", subhead]
        parts += ferry[3...]
        return parts.joined(separator: "\n\n")
    }

    func fates(_ text: String) throws -> (fates: [LineFate], lines: ClassifiedText, stories: [ExtractedStory]) {
        let (classifier, splitter) = try CleaningFixtures.stages(editing: SplitStructuredArticleTests.shapeOnly)
        let lines = classifier.classify(text)
        return (splitter.explain(lines), lines, splitter.split(lines))
    }

    func testHeadlineUnderStampAndShareRowStaysAStart() throws {
        let (fates, lines, stories) = try fates(Self.text(block: ["May 13, 2018", "Copy link", "Link copied!"]))
        let at = { (s: String) in fates.first { lines.lines[$0.line].content == s } }
        let head = try XCTUnwrap(at(Self.ferryHeadline))
        XCTAssertTrue(head.features.contains { $0.hasPrefix("header_above") }, "\(head.features)")
        XCTAssertFalse(head.features.contains { $0.contains("after a trailer carry header blocks") }, "\(head.features)")
        // The subhead under a share row alone is still an article's own: demoted, its paragraph
        // stays in the ferry story.
        let sub = try XCTUnwrap(at("Residents ask the council for a discount"))
        XCTAssertFalse(sub.features.contains { $0.hasPrefix("header_above") })
        XCTAssertTrue(sub.features.contains { $0.contains("after a trailer carry header blocks") }, "\(sub.features)")
        XCTAssertEqual(stories.count, 3, "\(stories.map(\.title))")
        XCTAssertEqual(stories.last?.title, Self.ferryHeadline)
        XCTAssertTrue(stories.last?.text.contains(Self.ferry[4]) ?? false)
    }

    /// A byline alone over the headline (`By … , Reuters`) is that page's head too.
    func testHeadlineUnderBylineStaysAStart() throws {
        let (fates, lines, stories) = try fates(Self.text(block: ["By Jane Doe and John Roe, Reuters"]))
        let head = try XCTUnwrap(fates.first { lines.lines[$0.line].content == Self.ferryHeadline })
        XCTAssertTrue(head.features.contains { $0.hasPrefix("header_above") }, "\(head.features)")
        XCTAssertEqual(stories.count, 3, "\(stories.map(\.title))")
        XCTAssertEqual(stories.last?.title, Self.ferryHeadline)
    }

    /// A share row alone over the headline (no stamp) is what an article carries over its own
    /// subhead: the headline stays bare and is demoted, the ferry text stays with the story above.
    func testShareRowAloneLeavesTheHeadlineBare() throws {
        let (fates, lines, stories) = try fates(Self.text(block: ["Copy link", "Link copied!"]))
        let head = try XCTUnwrap(fates.first { lines.lines[$0.line].content == Self.ferryHeadline })
        XCTAssertFalse(head.features.contains { $0.hasPrefix("header_above") }, "\(head.features)")
        XCTAssertTrue(head.features.contains { $0.contains("after a trailer carry header blocks") }, "\(head.features)")
        XCTAssertEqual(stories.count, 2, "\(stories.map(\.title))")
    }

    /// The mark needs the stamp and one more kind, or a byline, after a paragraph that ended.
    func testOnlyAPageHeadAboveMarks() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let scorer = try CleaningFixtures.scorer(SplitConfig())
        let harbour = SplitStructureTests.harbour
        func marked(_ text: [String]) -> Bool {
            let lines = classifier.classify(text.joined(separator: "\n\n")).lines
            return scorer.isUnderHeaderAbove(lines.firstIndex { $0.content == Self.ferryHeadline }!, in: lines, facts: scorer.facts(lines))
        }
        XCTAssertTrue(marked(harbour + ["May 13, 2018", "Copy link", Self.ferryHeadline, Self.ferry[0]]))
        XCTAssertTrue(marked(harbour + ["By Jane Doe, Reuters", Self.ferryHeadline, Self.ferry[0]]))
        XCTAssertFalse(marked(harbour + ["Copy link", Self.ferryHeadline, Self.ferry[0]]))
        XCTAssertFalse(marked(harbour + ["May 13, 2018", Self.ferryHeadline, Self.ferry[0]]))
        // Right under a paragraph: nothing between.
        XCTAssertFalse(marked(harbour + [Self.ferryHeadline, Self.ferry[0]]))
    }
}
