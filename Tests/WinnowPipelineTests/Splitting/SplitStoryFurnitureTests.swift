import XCTest
@testable import WinnowPipeline

/// Story assembly moves a byline that heads its story, and a link line, out of the text into the
/// story's metadata (`bylines_to_metadata`, `links_to_metadata`); the split itself is unchanged.
final class SplitStoryFurnitureTests: XCTestCase {
    let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra

    func stages(bylines: Bool = true, links: Bool = true) throws -> (LineClassifier, StorySplitter) {
        try CleaningFixtures.stages { $0.bylinesToMetadata = bylines; $0.linksToMetadata = links }
    }

    func bylines(_ s: ExtractedStory) -> [String] {
        guard case .array(let a)? = s.metadata["bylines"] else { return [] }
        return a.compactMap { if case .string(let v) = $0 { return v }; return nil }
    }

    /// A byline over the lede of a headline-less story, and one under a headline.
    func testHeadingBylineLeavesTheText() throws {
        for top in [["Jane Doe, Reuters"], ["Harbour authority approves dredging of the northern channel", "By Jane Doe"]] {
            let text = (top + [""] + h).joined(separator: "\n")
            let (classifier, splitter) = try stages()
            let stories = splitter.split(classifier.classify(text))
            XCTAssertEqual(stories.count, 1)
            XCTAssertEqual(bylines(stories[0]), [top.last!])
            XCTAssertFalse(stories[0].text.contains(top.last!))
            XCTAssertTrue(stories[0].text.hasPrefix(h[0]))
            // Off, a headline-less story keeps its byline as text; under a headline it was header
            // furniture either way, but no metadata named it.
            let (c0, s0) = try stages(bylines: false)
            let off = s0.split(c0.classify(text))
            XCTAssertEqual(bylines(off[0]), [])
            XCTAssertEqual(off[0].text.contains(top.last!), top.count == 1)
        }
    }

    /// A byline at the bottom of a furniture block belongs to the story that starts under it, not
    /// to the end of the story above.
    func testBylineAboveAStartGoesToThatStory() throws {
        let text = (h + ["", "* * *", "", "374 Comments", "", "By Jane Doe", ""] + o).joined(separator: "\n")
        let (classifier, splitter) = try stages()
        let lines = classifier.classify(text)
        let stories = splitter.split(lines)
        XCTAssertEqual(stories.count, 2)
        XCTAssertFalse(stories[0].text.contains("By Jane Doe"))
        XCTAssertEqual(bylines(stories[0]), [])
        XCTAssertEqual(bylines(stories[1]), ["By Jane Doe"])
        XCTAssertTrue(splitter.explain(lines).contains { if case .stripped("byline", _) = $0.kind { return true }; return false })
        let (c0, s0) = try stages(bylines: false)
        XCTAssertTrue(s0.split(c0.classify(text))[0].text.hasSuffix("By Jane Doe"))
    }

    /// A byline left inside a story's prose (a page header glued on where no start was found) is
    /// no prose either: out of the text, into that story's bylines.
    func testBylineInsideAStoryLeavesTheText() throws {
        let text = ([h[0], h[1], "By Jane Doe", h[2], h[3]]).joined(separator: "\n")
        let (classifier, splitter) = try stages()
        let stories = splitter.split(classifier.classify(text))
        XCTAssertEqual(stories.count, 1)
        XCTAssertFalse(stories[0].text.contains("By Jane Doe"))
        XCTAssertEqual(bylines(stories[0]), ["By Jane Doe"])
        let (c0, s0) = try stages(bylines: false)
        XCTAssertTrue(s0.split(c0.classify(text))[0].text.contains("By Jane Doe"))
    }

    /// A related link (a linked title and its button) leaves the text for `metadata.links`; it
    /// still starts no story (`SplitLinkTests.testNoStoryStartsAtALink`, the same text kept).
    func testLinkLeavesTheText() throws {
        let link = "City orchestra unveils autumn season with a Sibelius cycle Read more"
        let text = (["Harbour authority approves dredging of the northern channel", "", h[0], "", h[1], "", h[2], "",
                     link, "", o[0], "", o[1], "", o[2], "", o[3], "", o[4]]).joined(separator: "\n")
        let (classifier, splitter) = try stages()
        let stories = splitter.split(classifier.classify(text))
        XCTAssertEqual(stories.count, 1)
        XCTAssertFalse(stories[0].text.contains(link))
        XCTAssertEqual(stories[0].metadata["links"], .array([.string(link)]))
        let (c0, s0) = try stages(links: false)
        XCTAssertTrue(s0.split(c0.classify(text))[0].text.contains(link))
    }
}
