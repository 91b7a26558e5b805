import XCTest
@testable import WinnowPipeline

/// A section label (`ELECTIONS`) over a headline set as two sentences: over one file the label is
/// a body line and hands the title to the headline under it; over many files the learned pass
/// strips it, and the story must still take that headline for its title, the label for its
/// kicker (`StorySplitter+LearnedKicker.swift`). A lede under the stripped label stays text.
final class SplitLearnedKickerTitleTests: XCTestCase {
    static let o = SplitStructureTests.orchestra
    static let label = "ELECTIONS"
    static let headline = "Obama regrets polarized rancor. He should."

    /// The label, `first` (a headline or a lede), a header block when `header` (the page repeats
    /// the headline under its widgets), then prose.
    static func text(first: String, header: Bool) -> String {
        ([label, "", first, ""]
            + (header ? ["Written by Elena Fischer", "", "Updated 24 January 2016", "", "Share", "", "Save", "", first, ""] : [])
            + [o[0], "", o[1], "", o[2], "", o[3], "", o[4]]).joined(separator: "\n")
    }

    /// `text` classified, the label stripped as learned boilerplate when `learned`.
    func split(first: String, header: Bool = true, learned: Bool) throws -> [ExtractedStory] {
        let (classifier, splitter) = try CleaningFixtures.stages()
        var lines = classifier.classify(Self.text(first: first, header: header)).lines
        if learned {
            for k in lines.indices where lines[k].text == Self.label { lines[k].kind = .stripped(rule: LearnedBoilerplate.rule, role: nil) }
        }
        return splitter.split(ClassifiedText(lines: lines))
    }

    func testHeadlineUnderALearnedLabelTitlesTheStory() throws {
        for learned in [false, true] {
            let stories = try split(first: Self.headline, learned: learned)
            XCTAssertEqual(stories.count, 1)
            XCTAssertEqual(stories.first?.title, Self.headline, "learned: \(learned)")
            XCTAssertEqual(stories.first?.metadata["kicker"], .string(Self.label), "learned: \(learned)")
            // The repeat under the widgets leaves with the header.
            XCTAssertTrue(stories.first?.text.hasPrefix(Self.o[0]) ?? false, "learned: \(learned)")
        }
    }

    /// Prose negative: a lede sentence under the learned label, no header block, is the story's
    /// first line, not its title.
    func testLedeUnderALearnedLabelStaysText() throws {
        let lede = "The polls closed at eight and the count ran late into the night in every ward of the city."
        let stories = try split(first: lede, header: false, learned: true)
        XCTAssertEqual(stories.count, 1)
        XCTAssertNil(stories.first?.title)
        XCTAssertTrue(stories.first?.text.hasPrefix(lede) ?? false)
    }
}
