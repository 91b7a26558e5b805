import XCTest
@testable import WinnowPipeline

/// Headline-less pages glued at the next page's section label (`learned_label_edge`,
/// `BoundaryLearnedLabelEdge.swift`): a label the learned pass stripped (`Courts`), a widget or
/// none, then a prose lede on another topic starts a story; the same label between two paragraphs
/// of one story does not, nor does a label line that reads as a sentence.
final class SplitLearnedLabelEdgeTests: XCTestCase {
    static let h = SplitStructureTests.harbour
    static let o = SplitStructureTests.orchestra
    /// The orchestra story with its first two sentences as one lede paragraph: longer than a
    /// headline, as a page's lede is.
    static let story = [o[0] + " " + o[1], o[2], o[3], o[4]]

    /// The harbour story, `block` (the stripped lines between), then `below`; lines whose text is
    /// in `learned` stripped as learned boilerplate, as a run over many files strips them.
    func split(_ block: [String], below: [String], learned: Set<String>, weight: Double? = nil) throws -> ([ExtractedStory], [LineFate]) {
        let (classifier, splitter) = try CleaningFixtures.stages { if let w = weight { $0.weights[.learnedLabelEdge] = w } }
        let text = (Self.h + [""] + block.flatMap { [$0, ""] } + below).joined(separator: "\n")
        var lines = classifier.classify(text).lines
        for k in lines.indices where learned.contains(String(lines[k].text)) { lines[k].kind = .stripped(rule: LearnedBoilerplate.rule, role: nil) }
        let classified = ClassifiedText(lines: lines)
        return (splitter.split(classified), splitter.explain(classified))
    }

    func testLedeUnderALearnedLabelOnAnotherTopicStartsAStory() throws {
        for block in [["Courts"], ["National Security", "Listen to this article"]] {
            let (stories, rows) = try split(block, below: Self.story, learned: [block[0]])
            XCTAssertEqual(stories.count, 2, "\(block)")
            XCTAssertTrue(stories.last?.text.hasPrefix(Self.o[0]) ?? false, "\(block)")
            XCTAssertNil(stories.last?.title)
            XCTAssertTrue(rows.contains { $0.kind == .boundary && $0.features.contains { $0.hasPrefix("learned_label_edge=") } }, "\(block)")
            // Off, the orchestra story runs on from the harbour story.
            XCTAssertEqual(try split(block, below: Self.story, learned: [block[0]], weight: 0).0.count, 1, "\(block)")
        }
    }

    /// The label kept (not learned, as over one file) is no learned label: nothing changes here.
    func testUnlearnedLabelIsNotAnEdge() throws {
        let (_, rows) = try split(["Courts"], below: Self.story, learned: [])
        XCTAssertFalse(rows.contains { $0.features.contains { $0.hasPrefix("learned_label_edge=") } })
    }

    /// Prose negatives: the label between two paragraphs of one story; a learned line that is a
    /// sentence, not a label; a paragraph of a headline's length under the label (a template's
    /// learned subhead over its one-sentence summary, a3); a rail of more than
    /// `learnedLabelBlockMaxLines` stripped lines (p1).
    func testLabelInsideOneStoryOrASentenceOrAShortParagraphStartsNothing() throws {
        func fires(_ rows: [LineFate]) -> Bool { rows.contains { $0.features.contains { $0.hasPrefix("learned_label_edge=") } } }
        let harbourRest = [Self.h[1] + " " + Self.h[2], Self.h[3], Self.h[4]]
        XCTAssertEqual(try split(["Courts"], below: harbourRest, learned: ["Courts"]).0.count, 1)
        let note = "Read our policy."
        XCTAssertFalse(fires(try split([note], below: Self.story, learned: [note]).1))
        XCTAssertFalse(fires(try split(["THE COMMON THREAD"], below: Self.o, learned: ["THE COMMON THREAD"]).1))
        let rail = ["Courts", "Reply", "Like (12)", "Reply", "Ad", "Most read", "Sponsored"]
        XCTAssertFalse(fires(try split(rail, below: Self.story, learned: Set(rail)).1))
    }

    /// A third page with its own header block, on another topic again.
    static let library = [
        "Council Opens New Wing Of The Central Library",
        "By John Roe",
        "Photo: Jane Doe/Reuters",
        "The central library opened its new wing on Saturday, adding reading rooms, a children's floor and a workshop where residents can borrow tools and sewing machines.",
        "Librarians said the wing doubles the number of study desks, which students had queued for every morning during the examination season last spring.",
        "The council paid for the extension from a heritage grant and expects the building to stay open until ten o'clock on weeknights from next month.",
    ]

    /// A headline under a learned label over a topic shift (`learned_label_headline`) in a dump
    /// whose other headlines carry header blocks (byline, credit): the label is the next page's
    /// top, so the bare headline is not demoted as a subhead (`unlike_dump_headlines`).
    func testHeadlineUnderALearnedLabelIsNotDemotedByTheDumpStyle() throws {
        let headline = "A bold new season for the musicians of the city"
        func run(_ weight: Double?) throws -> ([ExtractedStory], [LineFate]) {
            let (classifier, splitter) = try CleaningFixtures.stages { if let w = weight { $0.weights[.learnedLabelHeadline] = w } }
            let text = (["Harbour Authority Approves Dredging Of Northern Channel", "", "By Jane Doe", "", "Photo: John Roe/Reuters", ""]
                        + Self.h.flatMap { [$0, ""] } + ["", "Courts", "", headline, ""] + Self.o.flatMap { [$0, ""] } + Self.library.flatMap { [$0, ""] })
                .joined(separator: "\n")
            var lines = classifier.classify(text).lines
            for k in lines.indices where lines[k].text == "Courts" { lines[k].kind = .stripped(rule: LearnedBoilerplate.rule, role: nil) }
            let classified = ClassifiedText(lines: lines)
            return (splitter.split(classified), splitter.explain(classified))
        }
        let (stories, rows) = try run(nil)
        XCTAssertEqual(stories.count, 3)
        XCTAssertEqual(stories.dropFirst().first?.title, headline)
        XCTAssertTrue(rows.contains { $0.features.contains { $0.hasPrefix("learned_label_headline=") } })
        // Off, the vote demotes it and the orchestra story runs on from the harbour story.
        XCTAssertEqual(try run(0).0.count, 2)
    }
}
