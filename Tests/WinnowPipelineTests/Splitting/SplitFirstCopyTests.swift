import XCTest
@testable import WinnowPipeline

/// A page that sets its headline over its header block (dek, byline, time stamp) and again over
/// the text: the story starts at the first copy, with its dek (`BoundaryFirstCopy.swift`).
final class SplitFirstCopyTests: XCTestCase {
    static let h1 = SplitFalseStartTests.h1
    static let h2 = SplitFalseStartTests.h2
    static let dek = "The orchestra will play all seven symphonies over three weekends in the concert hall."

    static func text(secondCopy: Bool) -> String {
        let header = [h2, dek, "By Jane Doe", "Published March 3, 2021 10:15am EST"] + (secondCopy ? [h2] : [])
        return ([h1] + SplitFalseStartTests.harbour + header + SplitFalseStartTests.orchestra).joined(separator: "\n\n")
    }

    func testFirstCopyOfARepeatedHeadlineStartsTheStory() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(Self.text(secondCopy: true))
        let stories = splitter.split(lines)
        XCTAssertEqual(stories.map(\.title), [Self.h1, Self.h2])
        XCTAssertFalse(stories[0].text.contains(Self.dek), "the dek is no line of the story above")
        XCTAssertTrue(stories[1].text.contains(Self.dek), "the dek opens its own story")
        XCTAssertTrue(stories[1].text.hasPrefix(Self.dek), stories[1].text)
        let fate = try XCTUnwrap(splitter.explain(lines).first { lines.lines[$0.line].content == Self.h2 })
        XCTAssertTrue(fate.features.contains { $0.hasPrefix("header_repeat_below=") }, "\(fate.features)")
    }

    /// The second copy printed twice over the text (`header_repeat`) outscores the first, and the
    /// story-length prior keeps one of the two: the start moves up to the first copy, with its dek.
    func testStartMovesUpToTheFirstCopy() throws {
        let header = [Self.h2, Self.dek, "By Jane Doe", "Published March 3, 2021 10:15am EST", Self.h2, Self.h2,
                      "Photo: John Smith/Getty Images"]
        let text = ([Self.h1] + SplitFalseStartTests.harbour + header + SplitFalseStartTests.orchestra).joined(separator: "\n\n")
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(text)
        let stories = splitter.split(lines)
        XCTAssertEqual(stories.map(\.title), [Self.h1, Self.h2])
        XCTAssertFalse(stories[0].text.contains(Self.h2), "the first copy is no line of the story above")
        XCTAssertTrue(stories[1].text.hasPrefix(Self.dek), stories[1].text)
        let first = try XCTUnwrap(lines.lines.firstIndex { $0.content == Self.h2 })
        XCTAssertEqual(stories[1].firstLine, first)
    }

    /// A dek printed again whole in the text under a byline and a time stamp: the headline over it
    /// reads as its header's (`header_repeat_below`), and the dek is in the story once.
    func testDekEchoedInTheTextMarksAHeader() throws {
        let o = SplitFalseStartTests.orchestra
        let header = [Self.h2, Self.dek, "By Jane Doe", "Published March 3, 2021 10:15am EST"]
        let text = ([Self.h1] + SplitFalseStartTests.harbour + header + [o[0], Self.dek] + o[1...]).joined(separator: "\n\n")
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(text)
        let stories = splitter.split(lines)
        XCTAssertEqual(stories.map(\.title), [Self.h1, Self.h2])
        XCTAssertEqual(stories[1].text.components(separatedBy: Self.dek).count, 2, stories[1].text)
        let fate = try XCTUnwrap(splitter.explain(lines).first { lines.lines[$0.line].content == Self.h2 })
        XCTAssertTrue(fate.features.contains { $0.hasPrefix("header_repeat_below=") }, "\(fate.features)")
    }

    /// Without the second copy the headline has no `header_repeat_below`, though it is still
    /// scored (it has a fate in explain) and still titles its story.
    func testNoRepeatNoFeature() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(Self.text(secondCopy: false))
        let fate = try XCTUnwrap(splitter.explain(lines).first { lines.lines[$0.line].content == Self.h2 },
                                 "the headline is scored")
        XCTAssertFalse(fate.features.contains { $0.hasPrefix("header_repeat_below=") }, "\(fate.features)")
        XCTAssertTrue(splitter.split(lines).map(\.title).contains(Self.h2), "the headline still titles its story")
    }
}
