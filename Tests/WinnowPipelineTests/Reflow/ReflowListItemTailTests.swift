import XCTest
@testable import WinnowPipeline

/// A rail's numbered last item ending open near the wrap width (`4. Journalism Isn't Dying. It's
/// Returning to Its Roots`) over the next story's headline set unwrapped, wider than the wrap: the
/// headline is no wrapped tail of the stripped item (joined, it was stripped as a link-list item
/// and the story under it took a section line as its title). A tail that fits the wrap still joins.
final class ReflowListItemTailTests: XCTestCase {
    static let paragraph = "The harbour board met on Tuesday to weigh the dredging plan, which would deepen the "
        + "channel by two metres and let the larger container ships call at the quay without waiting for the tide. "
        + "Pilots said the change was overdue, and the port's own engineers agreed that the silt had built up faster "
        + "than any survey had predicted over the last ten years of work on the river mouth."

    static let items = ["Most Read",
                        "1. Board Delays Vote on Ferry Fares Again",
                        "2. Pilots Warn of Fog on the Northern Approach",
                        "3. City Opens New Cycle Lane Along the Docks",
                        "4. The Old Quay Is Not Dying. It Is Coming Back to Life"]

    static func text(_ next: String) -> [String] {
        let wrapped = ReflowBoilerplateTailTests.wrap(paragraph, width: 58)
        return wrapped + items + [next] + wrapped
    }

    func testUnwrappedHeadlineIsNoTailOfTheRailsLastItem() throws {
        let headline = "Ferry Operator's Chairman Used His Board Seat to Win Contracts for His Own Shipyard Firm"
        XCTAssertGreaterThan(headline.count, 70)
        let text = Self.text(headline)
        let (joins, lines) = try reflowed(text)
        let item = try XCTUnwrap(text.firstIndex(of: Self.items.last!))
        XCTAssertEqual(lines[item].strippedRule, ListContext.rule, "the numbered item is a link-list item")
        XCTAssertFalse(joins[item], "the unwrapped headline is no wrapped tail of the item over it")
    }

    /// Prose negative: the item's own wrapped tail (it fits the wrap) still joins it.
    func testTailThatFitsTheWrapStillJoins() throws {
        let text = Self.text("Again on the River Front")
        let (joins, _) = try reflowed(text)
        let item = try XCTUnwrap(text.firstIndex(of: Self.items.last!))
        XCTAssertTrue(joins[item], "a tail as wide as a wrapped line is the item's own")
    }
}
