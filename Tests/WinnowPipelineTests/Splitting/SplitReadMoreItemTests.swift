import XCTest
@testable import WinnowPipeline

/// A digest's item of one paragraph with no headline, right under the last item's read-more
/// button and the items' separator (`BoundaryReadMoreEdge.swift`, `isReadMoreItem`): scored as
/// a page's furniture block rather than as `read_more_edge`, it counted as no item, and the
/// story-length prior merged it into the item above. It is one, and it closes the bare item above.
final class SplitReadMoreItemTests: XCTestCase {
    static let head = ["View in browser", "", "MORNING BRIEF", "", "Good morning. Here is what we are reading today.",
                       "-- Jane Doe, editor", "", "* * *", ""]
    static let council = ["Council passes harbour budget after a long night", "",
                          "The city council passed the harbour budget early on Tuesday after a session that ran past two in the morning and left members hoarse.",
                          ""]
    static let ferryLede = "The ferry company that links the harbour with the islands will raise fares next month, blaming fuel costs and the landing fees it pays."
    static let storm = ["Storm closes mountain pass for a third day running", "",
                        "Snow and high winds kept the mountain pass closed for a third day on Wednesday, stranding trucks on both sides of the range.",
                        "", "Read the full story »", "", "Forward to a friend"]

    func testOneParagraphItemUnderTheButtonIsAStory() throws {
        let text = Self.head + Self.council + ["Read the full story →", "", "* * *", "", Self.ferryLede, "",
                                               "Read the full story »", "", "* * *", ""] + Self.storm
        let stories = try CleaningFixtures.split(text)
        XCTAssertEqual(stories.count, 3, "\(stories.map(\.text))")
        XCTAssertEqual(stories[1].text, Self.ferryLede)
        XCTAssertEqual(stories[0].title, "Council passes harbour budget after a long night")
    }

    /// Prose negative: the same paragraph under the council item with no button between (the
    /// item's own second paragraph) stays with its item.
    func testParagraphWithoutTheButtonStays() throws {
        let text = Self.head + Self.council + [Self.ferryLede, "", "Read the full story »", "", "* * *", ""] + Self.storm
        let stories = try CleaningFixtures.split(text)
        XCTAssertEqual(stories.count, 2, "\(stories.map(\.text))")
        XCTAssertTrue(stories[0].text.contains(Self.ferryLede))
    }
}
