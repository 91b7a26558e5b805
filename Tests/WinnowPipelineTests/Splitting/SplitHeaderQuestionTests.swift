import XCTest
@testable import WinnowPipeline

/// A short question between a headline and its lede opens the article (`Do you trust me?`): it is
/// kept, where a short line that asks nothing (a credit, a label) is still header furniture. And
/// two link and stamp forms the rules did not know: `Related Articles <title>` without its colon,
/// `LAST UPDATE: <time>`.
final class SplitHeaderQuestionTests: XCTestCase {
    static let headline = "Harbour authority approves dredging of the northern channel"
    static let story = [
        "The harbour authority on Tuesday approved a plan to dredge the northern channel, ending a decade of delays that had kept the largest container ships away.",
        "The dredging will cost the port authority about $40 million over the next three years, officials said on Tuesday.",
        "Fishermen who work the channel said they feared the sediment plumes would drive away the crab stocks they depend on.",
    ]

    func testShortQuestionUnderTheHeadlineIsKept() throws {
        for question in ["Do you trust me?", "Why is the harbour silting up?", "“Why now?”"] {
            let (stories, fates) = try CleaningFixtures.splitWithFates([Self.headline, "", question, ""] + Self.story)
            XCTAssertEqual(stories.count, 1, question)
            guard stories.count == 1 else { continue }
            XCTAssertEqual(stories[0].title, Self.headline)
            XCTAssertTrue(stories[0].text.hasPrefix(question), question)
            XCTAssertEqual(fates.first { $0.line == 2 }?.kind, .kept, question)
        }
    }

    func testShortLineThatAsksNothingIsStillFurniture() throws {
        for label in ["Part 1 of a Series", "SCROLL TO BOTTOM FOR UPDATES", "No!"] {
            let (stories, fates) = try CleaningFixtures.splitWithFates([Self.headline, "", label, ""] + Self.story)
            XCTAssertEqual(stories.count, 1, label)
            guard stories.count == 1 else { continue }
            XCTAssertFalse(stories[0].text.contains(label), label)
            XCTAssertEqual(fates.first { $0.line == 2 }?.kind,
                           .stripped(rule: "header_furniture", detail: "short non-sentence line between headline and lede"), label)
        }
    }

    func testEndsWithQuestionMark() {
        func ends(_ s: String) -> Bool { SplitText.withBytes(s) { BoundaryScorer.endsWithQuestionMark($0) } }
        XCTAssertTrue(ends("Why now?"))
        XCTAssertTrue(ends("(Why now?) "))
        XCTAssertTrue(ends("“Why now?”"))
        XCTAssertFalse(ends("Full Disclosure for All!"))
        XCTAssertFalse(ends("Why now"))
        XCTAssertFalse(ends(""))
    }

    /// A link kept in the text (as `Read more <Title>`), never a start; "Related Coverage <title>"
    /// and lower-case prose stay plain body.
    func testRelatedArticlesWithoutColonIsALink() throws {
        let (classifier, _) = try CleaningFixtures.stages()
        let lines = classifier.classify([
            "Related Articles Now’s a great time for licensing reform",
            "Related Stories State regulators probe power shutoffs",
            "Related articles in the Times said the plan had stalled for years.",
            "Related Coverage Army chief had no advance knowledge of the ban",
        ].joined(separator: "\n")).lines
        XCTAssertEqual(lines.map(\.linkRule), ["read_more_link", "read_more_link", nil, nil])
        XCTAssertEqual(lines.map(\.kind), [.body, .body, .body, .body])
    }

    func testLastUpdateStamp() throws {
        XCTAssertEqual(try CleaningFixtures.strippedRule("LAST UPDATE: 2:30 AM EST, Sunday"), "timestamp_updated")
        XCTAssertNil(try CleaningFixtures.strippedRule("Last update on the talks came from the mayor, who said little."))
    }
}
