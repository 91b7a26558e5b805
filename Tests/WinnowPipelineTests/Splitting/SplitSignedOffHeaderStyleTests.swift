import XCTest
@testable import WinnowPipeline

/// In a dump whose headlines carry header blocks (a photo credit under each), a bare headline is
/// demoted as an in-article subhead (`unlike_dump_headlines`); not one right after a trailer: the
/// story above signed off, so the line opens the next story whatever the house style.
final class SplitSignedOffHeaderStyleTests: XCTestCase {
    static let pool = [
        "Councillors voted on Wednesday night to close two municipal swimming pools next spring, citing repair bills for leaking roofs and worn heating pumps.",
        "Swimming clubs that train at both pools said children would lose lessons, and parents began collecting signatures against the closures within hours.",
        "The council promised to keep the main leisure centre open on weekends and to review opening hours for its remaining pool after the summer holidays.",
    ]
    static let bare = "Bad News For Bathers"

    static func text(trailer: Bool) -> String {
        var lines: [String] = []
        for (headline, paragraphs) in [("Harbour Authority Approves Plan To Dredge The Northern Channel", SplitStructureTests.harbour),
                                       ("City Orchestra Announces An Autumn Season Of Sibelius", SplitStructureTests.orchestra),
                                       ("Library Opens A Reading Room For The Newspaper Archive", SplitLedeHeadlineTests.library)] {
            lines += [headline, "Photo: Jane Doe/Reuters"] + paragraphs.prefix(3)
        }
        if trailer { lines.append("Source: harbourdaily.com") }
        lines += [bare] + pool
        return lines.joined(separator: "\n")
    }

    func testBareHeadlineAfterATrailerStartsAStory() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let signed = classifier.classify(Self.text(trailer: true))
        let i = try XCTUnwrap(signed.lines.firstIndex { $0.content == Self.bare })
        XCTAssertTrue(signed.lines[i - 1].kind != .body, "the source line is stripped")
        let fate = try XCTUnwrap(splitter.explain(signed).first { $0.line == i })
        XCTAssertTrue(fate.features.contains { $0.hasPrefix("trailer_before") })
        XCTAssertFalse(fate.features.contains { $0.hasPrefix("unlike_dump_headlines") }, "\(fate.features)")
        XCTAssertEqual(splitter.split(signed).map(\.title).last, Self.bare)
        // Without the trailer it reads as a subhead: the pool story runs on from the library's.
        XCTAssertNotEqual(splitter.split(classifier.classify(Self.text(trailer: false))).map(\.title).last, Self.bare)
    }
}
