import XCTest
@testable import WinnowPipeline

/// A prose lede under two blank lines, where the dump's paragraphs stand one blank line apart,
/// opens the next story (`wide_gap_lede`, `BoundaryWideGapLede.swift`); not under the usual
/// paragraph gap, not where the copy has no paragraph gap at all, not where the words run on.
final class SplitWideGapLedeTests: XCTestCase {
    let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra

    func testLedeUnderTheStoryGapOpensAStory() throws {
        let text = h.joined(separator: "\n\n") + "\n\n\n" + o.joined(separator: "\n\n")
        try CleaningFixtures.assertFeature(.wideGapLede, fires: .positive, where: { $0.hasPrefix("The city orchestra") },
                                           in: text, stories: 2, without: 1)
    }

    /// A last paragraph that lost its full stop (`… he said`) still ends under the story gap.
    func testLedeUnderAnOpenLastParagraph() throws {
        let last = String(h[4].dropLast())
        let text = (Array(h.prefix(4)) + [last]).joined(separator: "\n\n") + "\n\n\n" + o.joined(separator: "\n\n")
        try CleaningFixtures.assertFeature(.wideGapLede, fires: .positive, where: { $0.hasPrefix("The city orchestra") },
                                           in: text, stories: 2, without: 1)
    }

    /// The story gap over the next page's label (`Breaking News`, stripped as a widget), one
    /// blank line between the label and the lede: the gap still marks the edge
    /// (`BoundaryWideGapLabel.swift`); the label at the paragraph gap alone does not.
    func testLedeUnderALabelUnderTheStoryGapOpensAStory() throws {
        let text = h.joined(separator: "\n\n") + "\n\n\nBreaking News\n\n" + o.joined(separator: "\n\n")
        try CleaningFixtures.assertFeature(.wideGapLede, fires: .positive, where: { $0.hasPrefix("The city orchestra") },
                                           in: text, stories: 2, without: 1)
        let (classifier, splitter) = try CleaningFixtures.stages { _ in }
        let usual = h.joined(separator: "\n\n") + "\n\nBreaking News\n\n" + o.joined(separator: "\n\n")
        XCTAssertFalse(splitter.explain(classifier.classify(usual)).contains { $0.features.contains { $0.hasPrefix("wide_gap_lede=") } })
    }

    /// Guard: the same two stories under the usual paragraph gap stay one (no local signal).
    func testUsualGapOpensNothing() throws {
        let text = (h + o).joined(separator: "\n\n")
        let (classifier, splitter) = try CleaningFixtures.stages { _ in }
        XCTAssertEqual(splitter.split(classifier.classify(text)).count, 1)
    }

    /// Guard: copy with no paragraph gap (one line after another) has no story gap to widen; two
    /// stray blank lines there say nothing.
    func testNoParagraphGapNoStoryGap() throws {
        let text = h.joined(separator: "\n") + "\n\n\n" + o.joined(separator: "\n")
        let (classifier, splitter) = try CleaningFixtures.stages { _ in }
        let lines = classifier.classify(text)
        XCTAssertFalse(splitter.explain(lines).contains { $0.features.contains { $0.hasPrefix("wide_gap_lede=") } })
    }

    /// Guard: an article's own section under a wider gap shares its words across it: cohesion holds it.
    func testSameTopicHeldByCohesion() throws {
        let text = [h[0], h[1], h[2]].joined(separator: "\n\n") + "\n\n\n" + [h[3], h[4], h[1]].joined(separator: "\n\n")
        let (classifier, splitter) = try CleaningFixtures.stages { _ in }
        XCTAssertEqual(splitter.split(classifier.classify(text)).count, 1)
    }

    /// Guard: a sentence-shaped headline over a dateline lede is that story's headline, not a lede
    /// of its own (held-out o5353 lost a title to it): the wide-gap reading leaves it to the
    /// dateline's start, which takes it as its title.
    func testHeadlineOverADatelineLedeIsNoLede() throws {
        let headline = "Musicians want a longer season in 2020. They are still working out how."
        let rail = [
            "The regional railway will run trains every fifteen minutes between the two coastal towns from next spring, the operator said on Monday.",
            "Engineers finished laying a second track along the estuary last month after three years of work that closed the line on weekends.",
            "Commuters have long complained that the single track forced trains to wait in sidings, stretching a twenty-minute journey to nearly an hour.",
        ]
        let text = (["Harbour authority approves dredging plan"] + h).joined(separator: "\n\n") + "\n\n\n"
            + ([headline, "HELSINKI - " + o[0]] + o.dropFirst()).joined(separator: "\n\n") + "\n\n\n"
            + (["Trains to run every fifteen minutes on coastal line"] + rail).joined(separator: "\n\n")
        let (classifier, splitter) = try CleaningFixtures.stages { _ in }
        let lines = classifier.classify(text)
        XCTAssertFalse(splitter.explain(lines).contains { $0.features.contains { $0.hasPrefix("wide_gap_lede=") } })
        let stories = splitter.split(lines)
        XCTAssertEqual(stories.count, 3)
        XCTAssertEqual(stories.dropFirst().first?.title, headline)
    }

    /// Guard: a JSONL record is one article unless its own starts say otherwise. The same two
    /// texts under the story gap, as one record, stay one story (allsides-dev had 37 single-article
    /// records split at a gap the scrape left where an embed or photo was).
    func testRecordWithoutStartsOfItsOwnIsOneArticle() throws {
        let text = h.joined(separator: "\n\n") + "\n\n\n" + o.joined(separator: "\n\n")
        let (classifier, splitter) = try CleaningFixtures.stages { _ in }
        let lines = classifier.classify(text)
        XCTAssertEqual(splitter.split(lines).count, 2)
        XCTAssertEqual(splitter.split(lines, record: true).count, 1)
    }
}
