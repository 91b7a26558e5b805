import XCTest
@testable import WinnowPipeline

/// A title planned at a page's title tag (`Headline | Site`, the headline again below the
/// masthead and menu) stays there (BoundaryTitleTagTop.swift): the headline-shaped line right
/// above it is the last page's tail (a sponsored box's item), not a headline over a dek. Without
/// it, a tag whose headline ends like a sentence was read as a dek and the start lifted over it,
/// so the ad became the title and the tag a line of the story.
final class SplitTitleTagTopTests: XCTestCase {
    private let prose = "The council voted on Tuesday to approve the budget after a long debate about road repairs, "
        + "school funding and the pay of city workers, officials said."
    private let lede = "Did you experience a touch of déjà vu when the mayor said that? Four years ago, in the home "
        + "stretch of his first campaign, he promised the same thing to the same crowd in the same hall."

    private func text(tag: String) -> String {
        """
        Council Approves Budget After Long Debate

        \(prose)
        \(prose.replacingOccurrences(of: "Tuesday", with: "Monday"))
        Paid content by Zergnet
        Ranked: The 20 Safest Cars Of The Year
        Ad
        Here's What A Dental Implant Should Cost You
        \(tag)
        Open navigation
        Union Herald
        Menu
        BREAKING
        Mayor regrets polarized rancor. He should.
        Did you experience a touch of déjà vu when the mayor said that?
        BY JANE KOWALSKI
        Last updated: March 3, 2020 6:25PM EST
        5 comments
        \(lede)
        The mayor said the division between the parties on the council had worsened during his term.
        """
    }

    func testTheLineAboveATitleTagIsNotItsHeadline() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let stories = splitter.split(classifier.classify(text(tag: "Mayor regrets polarized rancor. He should. | Union Herald")))
        XCTAssertEqual(stories.count, 2)
        let last = try XCTUnwrap(stories.last)
        XCTAssertEqual(last.title, "Mayor regrets polarized rancor. He should.")
        XCTAssertFalse(last.text.contains("Dental Implant"), last.text)
        XCTAssertFalse(last.text.contains("| Union Herald"), last.text)
        // The prose and the lede stay, each in its story.
        XCTAssertTrue(stories[0].text.contains(prose), stories[0].text)
        XCTAssertTrue(last.text.contains(lede), last.text)
    }

    /// Only a tag whose headline the page prints again below is a page's top: a pipe in a line
    /// no line repeats (`Opinion | Why …`) and a start read as a lede leave the lift as it was.
    func testOnlyARepeatedTagTopsItsPage() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let lines = classifier.classify(text(tag: "Mayor regrets polarized rancor. He should. | Union Herald")).lines
        let tag = try XCTUnwrap(lines.firstIndex { $0.content.hasSuffix("| Union Herald") })
        let title = BoundaryPlanner.Start(isTitle: true, scored: ScoredLine())
        XCTAssertTrue(BoundaryPlanner.startsAtTitleTag(tag, title, lines))
        XCTAssertFalse(BoundaryPlanner.startsAtTitleTag(tag, BoundaryPlanner.Start(isTitle: false, scored: ScoredLine()), lines))
        let other = classifier.classify(text(tag: "Opinion | Why the council needs its budget")).lines
        let pipe = try XCTUnwrap(other.firstIndex { $0.content.hasPrefix("Opinion | ") })
        XCTAssertFalse(BoundaryPlanner.startsAtTitleTag(pipe, title, other))
    }
}
