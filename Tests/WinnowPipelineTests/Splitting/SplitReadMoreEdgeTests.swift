import XCTest
@testable import WinnowPipeline

/// A digest's item without a headline, its lede right under the last item's read-more button
/// (`BoundaryReadMoreEdge.swift`, `read_more_edge`): the next item, however short, and not a
/// paragraph of the item above. Against a worded sign-off (`Jane Doe contributed reporting …`),
/// under which a story goes on.
final class SplitReadMoreEdgeTests: XCTestCase {
    static let harbour = [
        "Council passes harbour budget after a long night", "",
        "The city council passed the harbour budget early on Tuesday after a session that ran past two in the morning and left members hoarse.", "",
        "The budget sets aside money for dredging the northern channel, a project the harbour authority has sought for a decade.", "",
    ]
    static let ferryLede = "The ferry company that links the harbour with the islands will raise its fares next month, blaming fuel costs and the landing fees it pays each season."
    static let ferry = [
        ferryLede, "",
        "Island residents who rely on the ferry to reach hospitals and schools on the mainland said the increase would fall hardest on pensioners and families.", "",
        "Read more (Harbor Gazette)", "", "",
    ]
    static let storm = [
        "Storm closes mountain pass for a third day running", "",
        "Snow and high winds kept the mountain pass closed for a third day on Wednesday, stranding trucks on both sides of the range.", "",
        "Read the full story »", "",
    ]

    /// The intro, the harbour item, `between` (its button, or a sign-off), the ferry item with no
    /// headline, the storm item.
    static func digest(between: String) -> [String] {
        ["View in browser", "", "Good morning. Here is what we are reading today.", "-- Jane Doe, editor", "", "* * *", ""]
            + harbour + [between, "", ""] + ferry + storm
    }

    func testLedeUnderAReadMoreButtonOpensTheNextItem() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(Self.digest(between: "Read the full story →").joined(separator: "\n"))
        let stories = splitter.split(lines)
        XCTAssertEqual(stories.count, 3, "\(stories.map(\.text))")
        XCTAssertTrue(stories[1].text.hasPrefix(Self.ferryLede))
        XCTAssertEqual(stories[1].title, nil)
        XCTAssertFalse(stories[0].text.contains("ferry"))
        XCTAssertTrue(splitter.explain(lines).contains { $0.features.fired("read_more_edge", .positive) })
        // Off, the item stays in the harbour story.
        let (c0, s0) = try CleaningFixtures.stages { $0.weights[.readMoreEdge] = 0 }
        XCTAssertEqual(s0.split(c0.classify(Self.digest(between: "Read the full story →").joined(separator: "\n"))).count, 2)
    }

    /// Prose negative: under a worded sign-off instead of a button, the paragraph goes on the
    /// harbour story (stories carry notes and bios under their sign-off).
    func testParagraphUnderAWordedSignOffStays() throws {
        let stories = try CleaningFixtures.split(Self.digest(between: "Jane Doe contributed reporting from the harbour."))
        XCTAssertEqual(stories.count, 2, "\(stories.map(\.text))")
        XCTAssertTrue(stories[0].text.contains(Self.ferryLede))
    }

    /// The next item's headline under the button keeps its headline reading: it titles its item.
    func testHeadlineUnderAReadMoreButtonTitlesItsItem() throws {
        let stories = try CleaningFixtures.split(Self.digest(between: "Read the full story →"))
        XCTAssertEqual(stories.last?.title, "Storm closes mountain pass for a third day running")
    }
}
