import XCTest
@testable import WinnowPipeline

/// Links to other stories left in a page's text (`<title> Read more`, a video embed box) look like
/// headlines; the `link` families keep them in their story and the splitter never starts a story
/// at them. A labelled link (`RELATED: <title>`) is stripped (`CleaningLinkListTests`).
final class SplitLinkTests: XCTestCase {
    func testLinkLinesAreKeptAndFlagged() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let lines = classifier.classify([
            "RELATED: Harbour authority weighs a second dredging contract for the southern channel",
            "Fishermen protest outside the harbour authority's offices in Rotterdam Read more",
            "Embed Harbour dredging explained 2:31 autoplay autoplay Copy this code to your website or blog",
            "Read more at harbourgazette.example",
            "Read more:",
        ].joined(separator: "\n")).lines
        XCTAssertEqual(lines.map(\.linkRule), [nil, "read_more_link", "embed_code", nil, nil])
        XCTAssertEqual(lines[0].strippedRule, "related_link", "a labelled link to another story is stripped")
        XCTAssertEqual(lines[1...2].map(\.kind), [.body, .body], "a title with its button and an embed box stay in the text")
        XCTAssertEqual(lines[3].strippedRule, "source_line", "a source trailer is not a link")
        XCTAssertEqual(lines[4].strippedRule, "widget", "a bare button is a widget")
    }

    func testNoStoryStartsAtALink() throws {
        // Links kept in the text, as before `links_to_metadata` (SplitStoryFurnitureTests), so the
        // line's score and features show in explain.
        let (classifier, splitter) = try CleaningFixtures.stages { $0.linksToMetadata = false }
        let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
        // A linked headline, with words unlike the paragraphs above it and like those below.
        let link = "City orchestra unveils autumn season with a Sibelius cycle Read more"
        let text = (["Harbour authority approves dredging of the northern channel", "", h[0], "", h[1], "", h[2], "",
                     link, "", o[0], "", o[1], "", o[2], "", o[3], "", o[4]]).joined(separator: "\n")
        let classified = classifier.classify(text)
        let stories = splitter.split(classified)
        XCTAssertEqual(stories.count, 1)
        XCTAssertTrue(stories.first?.text.contains(link) ?? false, "the link stays in the story's text")
        let i = try XCTUnwrap(classified.lines.firstIndex { $0.content == link })
        let fate = try XCTUnwrap(splitter.explain(classified).first { $0.line == i })
        XCTAssertEqual(fate.kind, .kept)
        XCTAssertTrue(fate.features.contains { $0.hasPrefix("link_line=") }, "explain names the feature")
        // The same line unflagged is a headline-shaped story start.
        var lines = classified.lines
        lines[i].linkRule = nil
        XCTAssertEqual(splitter.split(ClassifiedText(lines: lines)).count, 2)
    }

    func testADatelineBeforeALinkStillOpensAStory() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
        let embed = "KARACHI — Embed Orchestra season explained 2:31 autoplay autoplay Copy this code to your website or blog"
        let text = (["(ROTTERDAM) — " + h[0], h[1], h[2], h[3], h[4], "Anna Berg contributed to this report.",
                     embed, o[0], o[1], o[2], o[3], o[4]]).joined(separator: "\n")
        let classified = classifier.classify(text)
        XCTAssertEqual(classified.lines.first { $0.content == embed }?.linkRule, "embed_code")
        let stories = splitter.split(classified)
        XCTAssertEqual(stories.count, 2)
        XCTAssertEqual(stories.last?.metadata["dateline"], "KARACHI")
        XCTAssertTrue(stories.last?.text.hasPrefix(embed) ?? false)
    }
}
