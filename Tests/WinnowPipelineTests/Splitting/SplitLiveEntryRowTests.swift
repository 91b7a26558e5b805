import XCTest
@testable import WinnowPipeline

/// A live blog's entry row inside an in-article widget's box (`BoundaryInArticleLiveEntry.swift`):
/// the share row a live page sets between entries goes on to the next entry's clock stamp and
/// author; the stamp is part of that in-article box, not a page header's widget, so a line over
/// the row (a capitals link to another story) has no header evidence and, inside a JSONL record,
/// stays in the record's one story.
final class SplitLiveEntryRowTests: XCTestCase {
    static let link = "PILOTS WARN NIGHT CROSSINGS AT RISK AS LIT LANE CLOSES FOR WINTER"
    static let headline = "Live updates: Harbour authority votes on dredging plan"
    /// The entry under the link: its words come back below the link and not above it (headline
    /// affinity), as a live page's next entry on the linked matter does.
    static let pilots = "Pilots warn that night crossings are at risk: the lit lane closes for the winter, and pilots would steer night crossings without the lit lane markers."

    /// Entries of a live page: each under `Share this post`, a bare clock stamp and its author.
    static func entries(_ h: [String], linkAt k: Int? = nil, stamp: (Int) -> String = { "\($0 + 8):15 a.m. ET" }) -> [String] {
        var out: [String] = []
        for (n, p) in h.enumerated() {
            if n == k { out.append(link) }
            out += ["Share this post", stamp(n), ["Jane Doe", "Marco Rossi", "Aisha Silva"][n % 3], p]
        }
        return out
    }

    private func fired(_ paragraphs: [String], at line: String) throws -> FiredFeatures {
        let (classifier, _) = try CleaningFixtures.stages()
        let scorer = try CleaningFixtures.scorer()
        let lines = classifier.classify(paragraphs.joined(separator: "\n")).lines
        let i = try XCTUnwrap(lines.firstIndex { $0.content == line })
        let facts = scorer.facts(lines)
        return try XCTUnwrap(scorer.headline(i, in: lines, facts: facts, inArticle: scorer.inArticleWidgets(lines, facts: facts))).fired
    }

    /// Over a share row, clock stamp and author, where the row stands between entries elsewhere:
    /// in-article furniture only, no `widget_after`.
    func testStampUnderAnInArticleShareRowIsInArticle() throws {
        let h = SplitStructureTests.harbour
        let f = try fired(Self.entries(h, linkAt: 3), at: Self.link)
        XCTAssertTrue(f.contains(.inArticleWidgetAfter), "\(f)")
        XCTAssertFalse(f.contains(.widgetAfter), "\(f)")
    }

    /// A stamp with a date is a page's own stamp: it stays header furniture under the line.
    func testDatedStampStaysWidgetAfter() throws {
        let h = SplitStructureTests.harbour
        let f = try fired(Self.entries(h, linkAt: 3) { "March \($0 + 3), 2024 \($0 + 8):15" }, at: Self.link)
        XCTAssertTrue(f.contains(.widgetAfter), "\(f)")
    }

    /// In a JSONL record of one live page the capitals link starts no story; its entries' prose,
    /// the paragraph under it included, stays in the record's text.
    func testCapitalsLinkOverAnEntryRowStaysInTheRecord() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        var h = SplitStructureTests.harbour
        h[3] = Self.pilots
        let text = ([Self.headline, "By Jane Doe", "March 3, 2024"] + Self.entries(h, linkAt: 3)).joined(separator: "\n")
        let stories = splitter.split(classifier.classify(text), record: true)
        XCTAssertEqual(stories.map(\.title), [Self.headline])
        XCTAssertTrue(stories.first?.text.contains(h[3]) ?? false)
    }

    /// The only row of its kind in the text, over a bare clock stamp and the entry's prose: an
    /// entry row all the same, no header (`liveEntryRows`).
    func testLoneRowOverAClockStampIsInArticle() throws {
        let h = SplitStructureTests.harbour
        let f = try fired([h[0], h[1], Self.link, "Share this post", "Link copied", "03:00", h[2], h[3], h[4]], at: Self.link)
        XCTAssertTrue(f.contains(.inArticleWidgetAfter), "\(f)")
        XCTAssertFalse(f.contains(.widgetAfter), "\(f)")
    }

    /// Over a stamp with a date (a page's own) the same row is a header's.
    func testLoneRowOverADatedStampStaysWidgetAfter() throws {
        let h = SplitStructureTests.harbour
        let f = try fired([h[0], h[1], Self.link, "Share this post", "Link copied", "March 3, 2024 03:00", h[2], h[3], h[4]], at: Self.link)
        XCTAssertTrue(f.contains(.widgetAfter), "\(f)")
    }
}
