import XCTest
@testable import WinnowPipeline

/// Stories under markup debris alone (`BoundaryMarkupEdge.swift`): a scrape that kept a page's
/// `<!-- ad slot -->` or `&nbsp;` at its top glues the next story under it with no header block.
/// A dateline lede there held just under the threshold by cohesion takes `markup_edge_shift`; a
/// headline there with a topic shift is not demoted as a bare subhead (`markup_edge_headline`).
/// The debris alone starts nothing: a paragraph under it inside one story stays in that story.
final class SplitMarkupEdgeTests: XCTestCase {
    static let strikeLede = "PORTLAND - " + SplitShareRowTests.strike[0]

    /// The harbour story, then `debris`, then a dateline lede on a strike at the same harbour
    /// (cohesion ~0.09 across it: one beat, over `topic_shift_below`).
    func strike(_ debris: [String]) -> String {
        (SplitStructureTests.harbour + [""] + debris + [Self.strikeLede] + SplitShareRowTests.strike.dropFirst()).joined(separator: "\n")
    }

    func testDatelineLedeUnderMarkupDebrisStartsAStory() throws {
        for debris in [["<!-- ad slot: top -->"], ["<!-- ad slot -->", "&nbsp;"], ["data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"]] {
            let (classifier, splitter) = try CleaningFixtures.stages()
            let lines = classifier.classify(strike(debris))
            let stories = splitter.split(lines)
            XCTAssertEqual(stories.count, 2, "\(debris)")
            XCTAssertTrue(stories.last?.text.contains("Dock workers at the harbour walked off") ?? false, "\(debris)")
            XCTAssertTrue(splitter.explain(lines).contains { $0.kind == .boundary && $0.features.fired("markup_edge_shift", .positive) }, "\(debris)")
            // Off, cohesion holds the lede in the harbour story.
            let (c0, s0) = try CleaningFixtures.stages { $0.weights[.markupEdgeShift] = 0 }
            XCTAssertEqual(s0.split(c0.classify(strike(debris))).count, 1, "\(debris)")
        }
    }

    /// With nothing between, or another widget (`Advertisement`: an article's own ad slot), the
    /// same lede is weighed by cohesion alone.
    func testDatelineLedeUnderOtherWidgetsGetsNoMarkupEdge() throws {
        for debris in [[], ["Advertisement"], ["<!-- ad slot -->", "Advertisement"]] {
            let (classifier, splitter) = try CleaningFixtures.stages()
            let lines = classifier.classify(strike(debris))
            XCTAssertFalse(splitter.explain(lines).contains { $0.features.fired("markup_edge_shift") }, "\(debris)")
        }
    }

    /// Markup debris between two paragraphs of one story (a mid-article ad slot): the paragraph
    /// under it stays in the story.
    func testParagraphUnderMarkupDebrisStaysInItsStory() throws {
        let h = SplitStructureTests.harbour
        for debris in [["<!-- ad slot: mid_article_1 -->"], ["</p>", "", "&nbsp;"]] {
            let text = (Array(h[0...2]) + [""] + debris + Array(h[3...]) + SplitTrailerEdgeTests.harbourMore).joined(separator: "\n")
            let (classifier, splitter) = try CleaningFixtures.stages()
            let stories = splitter.split(classifier.classify(text))
            XCTAssertEqual(stories.count, 1, "\(debris)")
            XCTAssertTrue(stories.first?.text.contains(h[3]) ?? false, "\(debris)")
        }
    }

    /// A dump whose headlines carry a share row below them, and one headline under markup debris
    /// with none: the debris is its page's top, so it is not demoted as a bare subhead.
    static let orchestraHeadline = "City Orchestra Unveils Autumn Season of Sibelius Symphonies"

    func dump(_ between: [String], headline: String = orchestraHeadline) -> String {
        (["Harbour Authority Approves Dredging Plan", "Share", ""] + SplitStructureTests.harbour + [""] + between
         + [headline, ""] + SplitStructureTests.orchestra
         + ["", "Bakery Chain to Open Twenty Shops Across the North", "Share", ""] + SplitFalseStartTests.bakery
         + ["", "Rail Operator Installs New Signals on Commuter Line", "Share", ""] + SplitFalseStartTests.rail).joined(separator: "\n")
    }

    func fate(_ text: String, line content: String, _ configure: (inout SplitConfig) -> Void = { _ in }) throws -> [String] {
        let (classifier, splitter) = try CleaningFixtures.stages(editing: configure)
        let lines = classifier.classify(text)
        let i = try XCTUnwrap(lines.lines.firstIndex { $0.content == content })
        return try XCTUnwrap(splitter.explain(lines).first { $0.line == i }).features
    }

    func testHeadlineUnderMarkupDebrisIsNotDemoted() throws {
        let text = dump(["<!-- ad slot: top -->"])
        let f = try fate(text, line: Self.orchestraHeadline)
        XCTAssertTrue(f.fired("markup_edge_headline", .positive), "\(f)")
        XCTAssertFalse(f.fired("unlike_dump_headlines"), "\(f)")
        let (classifier, splitter) = try CleaningFixtures.stages()
        XCTAssertEqual(splitter.split(classifier.classify(text)).map(\.title)[1], Self.orchestraHeadline)
        // Off, the house style demotes it.
        let f0 = try fate(text, line: Self.orchestraHeadline) { $0.weights[.markupEdgeHeadline] = 0 }
        XCTAssertTrue(f0.fired("unlike_dump_headlines", .negative), "\(f0)")
    }

    /// Under an `Advertisement` (a widget, no debris) or nothing, the bare headline is weighed
    /// against the house style.
    func testHeadlineUnderOtherWidgetsIsWeighedAgainstTheStyle() throws {
        for between in [[], ["Advertisement"]] {
            let f = try fate(dump(between), line: Self.orchestraHeadline)
            XCTAssertFalse(f.fired("markup_edge_headline"), "\(between) \(f)")
            XCTAssertTrue(f.fired("unlike_dump_headlines", .negative), "\(between) \(f)")
        }
    }

    /// Two sentences in sentence case under a mid-article ad slot (an interview's question) are no
    /// page's headline: not exempted.
    func testInterviewQuestionUnderAdSlotIsNotExempted() throws {
        let question = "You live near the concert hall. What would you like the orchestra to play?"
        let f = try fate(dump(["<!-- ad slot -->"], headline: question), line: question)
        XCTAssertFalse(f.fired("markup_edge_headline"), "\(f)")
    }

    /// A Title Case headline under markup debris over a topic shift that shares words with the
    /// story above (one news day, one place): the page's top, not that story's subhead, so
    /// `story_overlap` does not demote it. Off, it does and the headline stays in the harbour story.
    func testTitleCaseHeadlineUnderDebrisIsNotHeldByStoryOverlap() throws {
        let headline = "Orchestra Season Opens at Harbour Terminal Beside Dredging Channel"
        let text = dump(["<!-- ad slot: top -->"], headline: headline)
        let f = try fate(text, line: headline)
        XCTAssertTrue(f.fired("markup_edge_headline", .positive), "\(f)")
        XCTAssertFalse(f.fired("story_overlap"), "\(f)")
        let (classifier, splitter) = try CleaningFixtures.stages()
        XCTAssertTrue(splitter.split(classifier.classify(text)).map(\.title).contains(headline))
        let f0 = try fate(text, line: headline) { $0.weights[.markupEdgeHeadline] = 0 }
        XCTAssertTrue(f0.fired("story_overlap", .negative), "\(f0)")
    }
}
