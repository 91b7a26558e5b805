import XCTest
@testable import WinnowPipeline

/// A section label on a line of its own over the headline (`BUSINESS`, `CULTURE`, `U.S.`) is no
/// title: the headline under it is, and the label goes to `metadata.kicker`, also when it was
/// left as the last line of the story above.
final class SplitSectionLabelTitleTests: XCTestCase {
    static func page(_ label: String, _ headline: String, _ byline: String, _ body: [String]) -> [String] {
        [label, "", headline, "", byline, "Updated 5 hours ago", ""] + body.flatMap { [$0, ""] }
    }

    func testLabelOverHeadlineIsAKicker() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
        let text = (Self.page("BUSINESS", "Harbour authority approves plan to dredge the northern channel", "Written by Anna Berg", h)
                    + ["Sign up for the Harbour Daily Digest", ""]
                    + Self.page("CULTURE", "City orchestra cuts student tickets to five pounds", "Written by Tom Lee", o))
            .joined(separator: "\n")
        let stories = splitter.split(classifier.classify(text))
        XCTAssertEqual(stories.map(\.title), ["Harbour authority approves plan to dredge the northern channel",
                                              "City orchestra cuts student tickets to five pounds"])
        XCTAssertEqual(stories.map { $0.metadata["kicker"] }, [.string("BUSINESS"), .string("CULTURE")])
        XCTAssertFalse(stories[0].text.contains("CULTURE"), "the next story's label left the text above")
        XCTAssertFalse(stories[0].text.contains("Harbour authority approves"), "the headline is not in the body")
        XCTAssertTrue(stories[1].text.hasPrefix(o[0]))
    }

    func testLabelOverKickerHeadline() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
        let headline = "OPINION: The orchestra's cheap seats are a gift to the city"
        let text = (Self.page("BUSINESS", "Harbour authority approves plan to dredge the northern channel", "Written by Anna Berg", h)
                    + ["Sign up for the Harbour Daily Digest", ""]
                    + Self.page("CULTURE", headline, "Written by Tom Lee", o))
            .joined(separator: "\n")
        let stories = splitter.split(classifier.classify(text))
        XCTAssertEqual(stories.last?.title, headline, "a dateline-shaped label line under a section label is the headline")
        XCTAssertEqual(stories.last?.metadata["kicker"], .string("CULTURE"))
        XCTAssertNil(stories.last?.metadata["dateline"])
    }

    func testStoryEndingOnOneWordSentenceKeepsIt() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
        let text = (h.flatMap { [$0, ""] } + ["Amen.", ""]
                    + ["City orchestra cuts student tickets to five pounds", "", "Written by Tom Lee", ""] + o.flatMap { [$0, ""] })
            .joined(separator: "\n")
        let stories = splitter.split(classifier.classify(text))
        XCTAssertEqual(stories.count, 2)
        XCTAssertTrue(stories[0].text.hasSuffix("Amen."), "a sentence of one word is no section label")
        XCTAssertNil(stories[1].metadata["kicker"])
    }
    /// A desk's name in two Title Case words (`National Security`) is a label as `BUSINESS` is,
    /// over the first story (where it takes the title) and between two stories.
    func testTitleCaseLabelOverHeadlineIsAKicker() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let h = SplitStructureTests.harbour, o = SplitStructureTests.orchestra
        let text = (Self.page("National Security", "Harbour authority approves plan to dredge the northern channel", "Written by Anna Berg", h)
                    + Self.page("Middle East", "City orchestra cuts student tickets to five pounds", "Written by Tom Lee", o))
            .joined(separator: "\n")
        let stories = splitter.split(classifier.classify(text))
        XCTAssertEqual(stories.map(\.title), ["Harbour authority approves plan to dredge the northern channel",
                                              "City orchestra cuts student tickets to five pounds"])
        XCTAssertEqual(stories.map { $0.metadata["kicker"] }, [.string("National Security"), .string("Middle East")])
        XCTAssertFalse(stories[0].text.contains("Middle East"), "the next story's label left the text above")
        XCTAssertFalse(stories[0].text.contains("Harbour authority approves"), "the headline is not in the body")
    }

    func testTitleCaseLabelShape() {
        func label(_ s: String) -> Bool { SplitText.withBytes(s) { StorySplitter.isTitleCaseLabel($0) } }
        XCTAssertTrue(label("National Security"))
        XCTAssertTrue(label("U.S. News"))
        XCTAssertFalse(label("WHITE HOUSE"), "capitals are the other branch's")
        XCTAssertFalse(label("Obama's Legacy"), "an apostrophe: a headline's possessive")
        XCTAssertFalse(label("Gun control"), "every word capitalised")
        XCTAssertFalse(label("Election 2020"), "letters only")
    }
}
