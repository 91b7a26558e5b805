import XCTest
@testable import WinnowPipeline

/// A text's only start, under body text of its own, whose story runs to the end of the text in
/// fewer than `min_story_words` words, is the end of the story above, not a story
/// (`BoundaryLoneTail.swift`).
final class SplitLoneTailTests: XCTestCase {
    static let box = ["Get the Gazette stories you care about delivered to your inbox. By signing up, you agree to our Privacy Policy", "___"]
    static let tail = "Editor’s note: As a public service, the Gazette has removed the paywall for all our harbour coverage."

    func testShortTailUnderTheFurnitureBlockOpensNoStory() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let text = (SplitStructureTests.harbour + Self.box + [Self.tail]).joined(separator: "\n\n")
        for record in [false, true] {
            let lines = classifier.classify(text)
            let stories = splitter.split(lines, record: record)
            XCTAssertEqual(stories.count, 1, "record: \(record)")
            // The note stays at the end of the story's text.
            XCTAssertTrue(stories.first?.text.hasSuffix(Self.tail) ?? false)
            XCTAssertTrue(splitter.explain(lines, record: record).contains { $0.features.contains { $0.contains("the text's only start") } })
        }
    }

    /// A story of its own length under the same block still opens: the orchestra story (prose
    /// negative: its paragraphs are a story, not a tail).
    func testStoryOfItsOwnLengthStillOpens() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let o = SplitStructureTests.orchestra
        let text = (SplitStructureTests.harbour + Self.box + ["CHICAGO (AP) — " + o[0]] + o.dropFirst()).joined(separator: "\n\n")
        let stories = splitter.split(classifier.classify(text))
        XCTAssertEqual(stories.count, 2)
        XCTAssertTrue(stories.last?.text.contains(o[4]) ?? false)
    }

    /// A short text under its own headline keeps its title: a start at the text's top is left alone.
    func testStartAtTheTopKeepsItsTitle() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let headline = "Harbour Authority Approves Plan to Dredge the Northern Channel"
        let stories = splitter.split(classifier.classify([headline, SplitStructureTests.harbour[0]].joined(separator: "\n\n")))
        XCTAssertEqual(stories.count, 1)
        XCTAssertEqual(stories.first?.title, headline)
    }

    /// A headline with nothing under it at the end (a page's next-story link, its tags) is left
    /// to the splitter, which drops its empty story with the line: it does not join the text.
    func testTitleWithNoBodyDoesNotJoinTheText() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let link = "Harbour Pilots Vote To Strike Over Night Shifts"
        let stories = splitter.split(classifier.classify((SplitStructureTests.harbour + Self.box + [link]).joined(separator: "\n\n")))
        XCTAssertEqual(stories.count, 1)
        XCTAssertFalse(stories.contains { $0.text.contains(link) })
        XCTAssertTrue(stories.first?.text.hasSuffix(SplitStructureTests.harbour[4]) ?? false)
    }
}
