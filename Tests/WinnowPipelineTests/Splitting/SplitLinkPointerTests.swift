import XCTest
@testable import WinnowPipeline

/// A wire story's pointer to a graphic (`GRAPHIC: … - here`, `BoundaryLinkPointer.swift`) opens
/// no story: not as a kicker headline over a dateline-shaped label, not as a headline. The line
/// stays in the story's text.
final class SplitLinkPointerTests: XCTestCase {
    static let pointer = "GRAPHIC: Impeachment of U.S. President Donald Trump - here"
    static let story = [
        "WASHINGTON (Reuters) - Senators will begin up to two days of posing questions to both legal teams in the trial on charges of abusing power and obstructing Congress.",
        "The questioning precedes a crucial vote later in the week on whether to call witnesses, as Democrats have sought. Senate Republicans so far have refused to allow any witnesses or new evidence in the trial.",
        "The Senate is expected to acquit. Removing him from office would take a two-thirds majority. There are 53 Republican senators and none of them has publicly advocated removal.",
        pointer,
        "Trump lashed out at Bolton on Twitter. The president said Bolton couldn't get approved for the ambassador's post years ago and begged him for a job that needed no Senate approval.",
        "Bolton wrote in an unpublished book manuscript that the president told him he wanted to freeze $391 million in security aid to Ukraine until Kiev pursued investigations into Democrats.",
        "Bolton's allegations go to the heart of impeachment charges. Democrats have said Trump abused his power by using the security aid as leverage to get a foreign power to smear a political rival.",
    ]

    func testPointerInsideAStoryOpensNothing() throws {
        let (classifier, splitter) = try CleaningFixtures.stages { _ in }
        let stories = splitter.split(classifier.classify(Self.story.joined(separator: "\n\n")))
        XCTAssertEqual(stories.count, 1)
        XCTAssertTrue(stories.first?.text.contains(Self.pointer) ?? false)
    }

    func testPointerShapes() {
        func points(_ s: String) -> Bool { Array(s.utf8).withUnsafeBufferPointer(BoundaryPlanner.pointsToLink) }
        for s in [Self.pointer, "FACTBOX: What is in the harbour bill – here", "Read the full report — here ", "Full coverage: here"] { XCTAssertTrue(points(s), s) }
        for s in ["OPINION: Why the harbour needs a deeper channel", "Dredging will start here", "Nowhere", "Where they live - there"] {
            XCTAssertFalse(points(s), s)
        }
    }

    /// A pointer ending on its short link, with no scheme (`tmsnrt.rs/…`): no headline either.
    func testBareLinkShapes() {
        func points(_ s: String) -> Bool { Array(s.utf8).withUnsafeBufferPointer(BoundaryPlanner.pointsToLink) }
        for s in ["(Graphic: Nuclear North Korea - tmsnrt.rs/2lE5yjF)", "For a graphic on the delegate race, see: tmsnrt.rs/37bDD2f",
                  "Full report at bit.ly/3xYz"] { XCTAssertTrue(points(s), s) }
        for s in ["Harbour pilots work 24/7 and/or on call", "The U.S./Mexico border talks resume", "Remembering 9/11",
                  "Shipping firms weigh a U.S./EU deal"] { XCTAssertFalse(points(s), s) }
    }

    /// A graphic's pointer with its short link between an article's paragraphs stays in the story.
    func testBareLinkPointerOpensNothing() throws {
        let (classifier, splitter) = try CleaningFixtures.stages { _ in }
        var story = Self.story
        story[3] = "(Graphic: Impeachment of U.S. President Donald Trump - tmsnrt.rs/2lE5yjF)"
        let stories = splitter.split(classifier.classify(story.joined(separator: "\n\n")))
        XCTAssertEqual(stories.count, 1)
        XCTAssertTrue(stories.first?.text.contains(story[3]) ?? false)
    }
}
