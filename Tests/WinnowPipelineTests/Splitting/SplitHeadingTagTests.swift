import XCTest
@testable import WinnowPipeline

/// A page's headline kept in its `<h1>` tag (`heading_tag`, `BoundaryHeadingTag.swift`) starts
/// its page, where the dump's other pages print a header block under their headlines and this one
/// prints none, or where the two pages share a news day's words.
final class SplitHeadingTagTests: XCTestCase {
    static let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra

    /// Two pages with a byline and a stamp under their headlines, then a page of the same dump
    /// whose headline stands in its `<h1>` over its first paragraph alone.
    static func dump(_ third: String) -> [String] {
        var text: [String] = ["Harbour Approves Dredging Plan for the Northern Channel", "By Jane Doe", "Updated 5 min ago", ""]
        text += h.prefix(3)
        text += ["", "Orchestra Unveils Autumn Season With Sibelius Cycle", "By John Roe", "Updated 9 min ago", ""]
        text += o
        text += ["", third, ""]
        text += h.suffix(2)
        text += ["Port officials said the channel would stay open to fishing boats on weekends while the dredging crews rest.", ""]
        return text
    }

    func testH1HeadlineStartsItsPage() throws {
        let stories = try CleaningFixtures.split(Self.dump("<h1>Dredging Crews Start Work on the Northern Channel</h1>"))
        XCTAssertEqual(stories.map(\.title), ["Harbour Approves Dredging Plan for the Northern Channel",
                                              "Orchestra Unveils Autumn Season With Sibelius Cycle",
                                              "Dredging Crews Start Work on the Northern Channel"])
    }

    func testIsHeadingTag() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let lines = classifier.classify(["<h1>Dredging Crews Start Work</h1>", "<H1 class=\"title\">Dredging Crews Start Work</H1>",
                                         "<h2>What the fishermen fear</h2>", "<p>The council voted on Tuesday.</p>", "h1 Dredging"].joined(separator: "\n")).lines
        XCTAssertEqual((0..<5).map { BoundaryPlanner.isHeadingTag($0, lines) }, [true, true, false, false, false])
    }

    /// Prose negative: a subhead in `<h2>` inside a story stays its text, the story one.
    func testH2SubheadStaysInItsStory() throws {
        let text = ["Harbour Approves Dredging Plan for the Northern Channel", "By Jane Doe", "Updated 5 min ago", ""]
            + Self.h.prefix(3) + ["", "<h2>What the fishermen fear</h2>", ""] + Self.h.suffix(2) + [""]
        let stories = try CleaningFixtures.split(text)
        XCTAssertEqual(stories.count, 1)
        XCTAssertTrue(stories[0].text.contains(Self.h[4]))
    }
}
