import XCTest
@testable import WinnowPipeline

/// A printed page's copy (running heads stripped by `print_running_head`): any capitals head
/// between mixed-case prose opens its story (`BoundaryPrintedHead.swift`, `printed_head`), however
/// short or however many words it shares with the story above, and one capitals title is enough
/// for the capitals vote there. Against a capitals sentence the story quotes (a shout closed by a
/// full stop), and the same capitals line in a text with no running heads: a newsletter's or a
/// site's section head, which stays in its story.
final class SplitPrintedHeadTests: XCTestCase {
    static let harbour = SplitStructureTests.harbour
    static let ferry = SplitPageHeaderTests.ferry
    static func wrap(_ p: String) -> String { SplitJoinedHeadlineTests.wrap(p) }

    /// A four-word head (`too_few_words`), no byline, over the ferry story, which shares the
    /// harbour story's dredging and channel: cohesion and its length held it under.
    static let head = "THE COST OF CROSSING"

    /// The harbour story under its head and byline, `head` and the ferry story; with `running`,
    /// the pages' running heads; `inHarbour` set between the harbour story's paragraphs.
    static func page(running: Bool, inHarbour: String? = nil, head: String = head) -> String {
        var h = harbour.map(wrap)
        if let s = inHarbour { h.insert(s, at: 2) }
        var parts: [String] = running ? ["A4 THE HARBOUR GAZETTE WEDNESDAY, MAY 1, 2013"] : []
        parts.append("HARBOUR AUTHORITY APPROVES PLAN TO\nDREDGE THE NORTHERN CHANNEL\nBy JANE DOE")
        parts += h[..<3]
        if running { parts.append("A5 THE HARBOUR GAZETTE WEDNESDAY, MAY 1, 2013") }
        parts += h[3...]
        parts.append(head)
        parts += ferry.map(wrap)
        return parts.joined(separator: "\n\n")
    }

    func testShortCapitalsHeadOnAPrintedCopyOpensItsStory() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(Self.page(running: true))
        let stories = splitter.split(lines)
        XCTAssertEqual(stories.map(\.title), ["HARBOUR AUTHORITY APPROVES PLAN TO DREDGE THE NORTHERN CHANNEL", Self.head])
        XCTAssertTrue(stories[1].text.hasPrefix("The ferry company"))
        XCTAssertTrue(splitter.explain(lines).contains { $0.kind == .title && $0.features.fired("printed_head", .positive) })
        // Off, the head stays a line of the harbour story (its one capitals title voted nothing).
        let (c0, s0) = try CleaningFixtures.stages { $0.weights[.printedHead] = 0 }
        XCTAssertEqual(s0.split(c0.classify(Self.page(running: true))).count, 1)
    }

    /// Negative: with no running heads (a newsletter's column, a site's page) the same capitals
    /// line between paragraphs is the article's section head and stays in its story.
    func testCapitalsLineWithoutRunningHeadsStays() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let stories = splitter.split(classifier.classify(Self.page(running: false)))
        XCTAssertEqual(stories.count, 1)
        XCTAssertTrue(stories[0].text.contains(Self.head))
    }

    /// Prose negative: a capitals sentence closed by a full stop, wrapped over two printed lines
    /// between the harbour story's paragraphs, stays a line of its story; the head still opens the next.
    func testCapitalsShoutOnAPrintedCopyStays() throws {
        let shout = "THE CHANNEL WILL BE OPEN TO THE LARGEST\nSHIPS BY MAY, THE AUTHORITY SAID."
        let (classifier, splitter) = try CleaningFixtures.stages()
        let stories = splitter.split(classifier.classify(Self.page(running: true, inHarbour: shout)))
        XCTAssertEqual(stories.map(\.title), ["HARBOUR AUTHORITY APPROVES PLAN TO DREDGE THE NORTHERN CHANNEL", Self.head])
        XCTAssertTrue(stories[0].text.contains("SHIPS BY MAY, THE AUTHORITY SAID."))
        XCTAssertTrue(stories[0].text.contains("Terminal operators welcomed the decision"))
    }

    /// A head over two printed lines the reflow leaves apart (the first is far from the column's
    /// width): the second line goes on with the title (`StorySplitter+WrappedHead.swift`), not
    /// into the header's furniture; a mixed-case byline under it stays a byline.
    func testPrintedHeadOverTwoLinesIsOneTitle() throws {
        for (head, byline) in [("THE COST OF CROSSING\nTO THE ISLANDS", false), ("THE COST OF CROSSING\nTO THE ISLANDS\nBy ANN SMITH", true)] {
            let (classifier, splitter) = try CleaningFixtures.stages()
            let stories = splitter.split(classifier.classify(Self.page(running: true, head: head)))
            XCTAssertEqual(stories.map(\.title).last, "THE COST OF CROSSING TO THE ISLANDS")
            XCTAssertTrue(stories.last?.text.hasPrefix("The ferry company") ?? false)
            if byline { XCTAssertEqual(stories.last?.metadata["bylines"], .array([.string("By ANN SMITH")])) }
        }
    }

    func testPrintedHeadShape() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let scorer = try CleaningFixtures.scorer()
        func isHead(_ text: String, at i: Int) -> Bool {
            let lines = classifier.classify(text).lines
            let facts = scorer.facts(lines)
            return BoundaryPlanner.isPrintedHead(i, { k in lines.withContentBytes(k, SplitText.isAllCapitals) }, lines, facts)
        }
        let above = "The ferry will sail at noon, the company said.", below = "Island councils met on Monday."
        XCTAssertTrue(isHead([above, "", "THE COST OF CROSSING", "", below].joined(separator: "\n"), at: 2))
        XCTAssertTrue(isHead([above, "", "FARES RISE. WILL RIDERS PAY?", "", below].joined(separator: "\n"), at: 2))
        XCTAssertFalse(isHead([above, "", "THE FARES WILL RISE.", "", below].joined(separator: "\n"), at: 2))  // a shout
        XCTAssertFalse(isHead([above, "", "BUDGET", "", below].joined(separator: "\n"), at: 2))  // a jump head's word
        XCTAssertFalse(isHead(["The ferry will sail at", "", "THE COST OF CROSSING", "", below].joined(separator: "\n"), at: 2))  // cut paragraph
    }
}
