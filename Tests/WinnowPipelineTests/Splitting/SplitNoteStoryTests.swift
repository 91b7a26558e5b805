import XCTest
@testable import WinnowPipeline

/// An article's end note (`EDITOR'S NOTE: …`) opens like a dateline lede but has no body
/// of its own: the next story's headline follows it. The story-length prior keeps it in the story
/// above (`note_story_lines`); a dateline lede with a body below it still starts a story.
final class SplitNoteStoryTests: XCTestCase {
    static let note = "EDITOR'S NOTE: A spokeswoman for the ministry of transport later declined to say whether ministers would review the decision before the summer recess begins, adding only that the government had received several letters from residents and would answer them in due course."
    static let headline = "City Orchestra Announces Three Sibelius Symphonies For Its Autumn Season"

    static func text(body: [String] = []) -> String {
        let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
        // Dense copy: no blank lines.
        return (["Harbour Authority Approves Plan To Dredge The Northern Channel"] + h + [note] + body
                + [headline] + o).joined(separator: "\n")
    }

    func stories(_ text: String, lines: Int?) throws -> [ExtractedStory] {
        let (classifier, splitter) = try CleaningFixtures.stages { if let n = lines { $0.noteStoryLines = n } }
        return splitter.split(classifier.classify(text))
    }

    func testEndNoteStaysWithItsStory() throws {
        let s = try stories(Self.text(), lines: nil)
        XCTAssertEqual(s.map(\.title), ["Harbour Authority Approves Plan To Dredge The Northern Channel", Self.headline])
        XCTAssertTrue(s[0].text.hasSuffix(Self.note))
    }

    /// Off, the note is a story of its own.
    func testWithoutItTheNoteIsAStory() throws {
        let s = try stories(Self.text(), lines: 0)
        XCTAssertEqual(s.map(\.title), ["Harbour Authority Approves Plan To Dredge The Northern Channel", nil, Self.headline])
        XCTAssertTrue(s[1].text.hasPrefix("EDITOR'S NOTE: "))
    }

    /// A dateline lede with paragraphs of its own below it is a story.
    func testLedeWithABodyStillStarts() throws {
        let body = ["Ministers have answered letters from residents within a month in previous years, according to figures published by the government last spring.",
                    "Several residents said they had written again after waiting for replies, and some asked their members of parliament to raise the letters in questions.",
                    "The government said every letter received before the recess would be answered, although replies might take longer while ministers were travelling."]
        let s = try stories(Self.text(body: body), lines: nil)
        XCTAssertEqual(s.map(\.title), ["Harbour Authority Approves Plan To Dredge The Northern Channel", nil, Self.headline])
        XCTAssertTrue(s[1].text.hasPrefix("EDITOR'S NOTE: "))
    }
}
