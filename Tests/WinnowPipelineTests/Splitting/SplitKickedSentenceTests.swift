import XCTest
@testable import WinnowPipeline

/// A headline set as a sentence right under the section label that started its story takes the
/// title back when a header block follows it (`StorySplitter+KickedSentence.swift`); one sentence in
/// sentence case there (a dek, a caption) does not, and stays text.
final class SplitKickedSentenceTests: XCTestCase {
    static let o = SplitStructureTests.orchestra

    static func page(_ label: String, _ headline: String) -> String {
        ([label, "", headline, "", "Written by Elena Fischer", "", "Updated 24 January 2016", "", "Share", "", "Save", ""]
         + [o[0], "", o[1], "", o[2], "", o[3], "", o[4]]).joined(separator: "\n")
    }

    func testTwoSentenceHeadlineUnderALabelTakesTheTitle() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let headline = "The orchestra cut its student prices. The halls filled up."
        let stories = splitter.split(classifier.classify(Self.page("WORLD", headline)))
        XCTAssertEqual(stories.map(\.title), [headline])
        XCTAssertEqual(stories.first?.metadata["kicker"], .string("WORLD"))
        XCTAssertTrue(stories[0].text.hasPrefix(Self.o[0]))
    }

    func testTitleCaseSentenceHeadlineUnderALabelTakesTheTitle() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let headline = "A Teenager Skipped Her Violin Lessons. So the Orchestra Hired Her."
        let stories = splitter.split(classifier.classify(Self.page("Business", headline)))
        XCTAssertEqual(stories.map(\.title), [headline])
    }

    /// One sentence in sentence case under the label is a dek or a caption: the label keeps the
    /// title and the sentence stays in the text.
    func testOneProseSentenceUnderALabelStaysText() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let sentence = "The orchestra said on Tuesday that student tickets would cost five pounds this autumn."
        let stories = splitter.split(classifier.classify(Self.page("WORLD", sentence)))
        XCTAssertEqual(stories.count, 1)
        XCTAssertNotEqual(stories[0].title, sentence)
        XCTAssertTrue(stories[0].text.contains(sentence))
    }
}
