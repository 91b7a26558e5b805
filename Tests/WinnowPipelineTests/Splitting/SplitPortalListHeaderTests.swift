import XCTest
@testable import WinnowPipeline

/// A `Read next` box run into the next page's header, a list label learned as boilerplate, and an
/// editor's note under a header no start stands over (`BoundaryListHeadline.swift`,
/// `BoundaryLearnedHeadline.swift`, `BoundaryEditorsNote.swift`).
final class SplitPortalListHeaderTests: XCTestCase {
    static let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
    static let headline = "Orchestra cuts student tickets to five pounds"

    static func paragraphs(_ xs: [String]) -> [String] { xs.flatMap { [$0, ""] } }

    static func readNext(stamp: Bool) -> [String] {
        paragraphs(h) + ["Read next", "", "Harbour pilots strike over new shift rota", headline, "", "By Tom Lee"]
            + (stamp ? ["Published May 18, 2019 1:07pm EST"] : []) + ["Share this article", "", "(HELSINKI) — " + o[0], ""]
            + paragraphs(Array(o.dropFirst()))
    }

    /// The list's last item, over a byline and its time stamp, titles the lede below the header.
    func testListItemOverBylineAndStampTitlesTheLede() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let stories = splitter.split(classifier.classify(Self.readNext(stamp: true).joined(separator: "\n")))
        XCTAssertEqual(stories.map(\.title), [nil, Self.headline])
        XCTAssertTrue(stories[1].text.hasPrefix("(HELSINKI)"))
        XCTAssertFalse(stories[1].text.contains(Self.headline), "the item stays out of the text")
    }

    /// Negative: with no time stamp under the byline the item is only a link (a list over a story's byline).
    func testListItemOverABylineAloneIsNoTitle() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let stories = splitter.split(classifier.classify(Self.readNext(stamp: false).joined(separator: "\n")))
        XCTAssertFalse(stories.contains { $0.title == Self.headline })
    }

    /// A learned line that labels a link list (`More in Politics` over its items) is no headline
    /// for the lede under the header below it: the lede starts untitled.
    func testLearnedListLabelIsNoHeadline() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let label = "More in Politics From Our Newsroom"
        let items = ["Harbour pilots strike over new shift rota", "Dredging firm wins a second harbour contract"]
        let text = Self.paragraphs(Self.h) + [label] + items + ["", "Share this article", "Published May 18, 2019 1:07pm EST", ""]
            + Self.paragraphs(Self.o)
        var lines = classifier.classify(text.joined(separator: "\n")).lines
        let k = try XCTUnwrap(lines.firstIndex { $0.text == label })
        lines[k].kind = .stripped(rule: LearnedBoilerplate.rule, role: nil)
        for item in items {
            let j = try XCTUnwrap(lines.firstIndex { $0.text == item })
            lines[j].kind = .stripped(rule: ListContext.rule, role: nil)
        }
        let stories = splitter.split(ClassifiedText(lines: lines))
        XCTAssertEqual(stories.count, 2)
        XCTAssertNotEqual(stories.last?.title, label)
        XCTAssertTrue(stories.last?.text.hasPrefix(Self.o[0]) ?? false)
    }

    /// An editor's note under a page header with no start over it (its headline stripped or never
    /// planned): the dateline lede under the note was dropped as the note's article's, and the
    /// article went to the story above. The note now opens it. The header's weights are lowered so
    /// the note sits under the threshold, as cohesion and the dump's style leave it on real dumps.
    func testEditorsNoteUnderAnUnstartedHeaderOpensItsArticle() throws {
        let (classifier, splitter) = try CleaningFixtures.stages(editing: { split in
            split.weights[.furnitureBlock] = 0
            split.weights[.pageHeader] = 0
        })
        let note = "Editor’s note: A version of this story appeared in print on June 5, 2015."
        let text = Self.paragraphs(Self.h) + ["Sign up for our Evening newsletter", "Enter your email address", "",
            "By Tom Lee", "Published May 18, 2019 1:07pm EST", "Share this article", "", note, "", "(HELSINKI) — " + Self.o[0], ""]
            + Self.paragraphs(Array(Self.o.dropFirst()))
        let stories = splitter.split(classifier.classify(text.joined(separator: "\n")))
        XCTAssertEqual(stories.count, 2)
        XCTAssertTrue(stories.last?.text.hasPrefix(note) ?? false)
        XCTAssertTrue(stories.last?.text.contains(Self.o[4]) ?? false)
        XCTAssertFalse(stories[0].text.contains(Self.o[0]), "the article left the story above")
    }
}
