import XCTest
@testable import WinnowPipeline

/// The text's top above its first start, a sentence or two under `min_story_words` over a lede
/// start, is no story of its own: the story opens at the top (`BoundaryShortTop.swift`).
final class SplitShortTopTests: XCTestCase {
    static let bio = "Jane Porter is a senior staff writer for the Gazette."
    static func text(top: [String]) -> String {
        let o = SplitStructureTests.orchestra
        return (top + ["HELSINKI — " + o[0]] + o.dropFirst()).joined(separator: "\n\n")
    }

    func testAuthorBioAtTheTopJoinsTheStory() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        for record in [false, true] {
            let lines = classifier.classify(Self.text(top: [Self.bio]))
            let stories = splitter.split(lines, record: record)
            XCTAssertEqual(stories.count, 1, "record: \(record)")
            XCTAssertTrue(stories.first?.text.hasPrefix(Self.bio) ?? false)
            XCTAssertTrue(splitter.explain(lines, record: record).contains { $0.features.contains { $0.contains("the text's top above it is too short") } })
        }
    }

    /// A story's worth of text above the dateline lede is a story: two stories, every paragraph
    /// kept (prose negative).
    func testStoryAtTheTopStaysApart() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let h = SplitStructureTests.harbour
        let stories = splitter.split(classifier.classify(Self.text(top: Array(h.prefix(3)))))
        XCTAssertEqual(stories.count, 2)
        XCTAssertTrue(stories.first?.text.contains(h[2]) ?? false)
    }
}
