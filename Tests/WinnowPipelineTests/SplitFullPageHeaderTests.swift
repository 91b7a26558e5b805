import XCTest
@testable import WinnowPipeline

/// A lede under a whole page header (byline, date stamp and two more kinds of furniture) opens a
/// story even when it shares its topic with the story above (`BoundaryFullPageHeader.swift`).
final class SplitFullPageHeaderTests: XCTestCase {
    static let second = [
        "The harbour authority's plan to dredge the northern shipping channel drew objections on Thursday from fishermen who moor their trawlers near the terminal.",
        "Fishermen said sediment plumes from the dredging of the channel would drive shellfish from the harbour beds, and asked the authority to delay the plan.",
        "The authority said the dredging of the shipping channel would go ahead, with engineers monitoring sediment near the shellfish beds every day.",
    ]

    func text(_ block: [String]) -> String {
        (SplitStructureTests.harbour + [""] + block + [""] + Self.second).joined(separator: "\n")
    }

    func ledeStarts(_ block: [String]) throws -> Bool {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(text(block))
        return splitter.explain(lines).contains {
            $0.kind == .boundary && lines.lines[$0.line].content.hasPrefix("The harbour authority's plan")
                && $0.features.contains { $0.hasPrefix("page_header=") }
        }
    }

    func testSameTopicLedeUnderAWholePageHeaderOpensAStory() throws {
        XCTAssertTrue(try ledeStarts(["By Jane Doe", "2019-06-01T03:58:00Z", "1 min read", "(Photo by Anna Roe/Getty Images)"]))
        let (classifier, splitter) = try CleaningFixtures.stages()
        let stories = splitter.split(classifier.classify(text(["By Jane Doe", "2019-06-01T03:58:00Z", "1 min read", "(Photo by Anna Roe/Getty Images)"])))
        XCTAssertEqual(stories.count, 2)
    }

    /// Without the byline the block is no whole page header: cohesion still decides.
    func testBlockWithoutABylineKeepsTheCohesionCheck() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(text(["2019-06-01T03:58:00Z", "1 min read", "(Photo by Anna Roe/Getty Images)"]))
        XCTAssertTrue(splitter.explain(lines).contains {
            lines.lines[$0.line].content.hasPrefix("The harbour authority's plan") && $0.features.contains { $0.hasPrefix("cohesion=") }
        })
    }
}
