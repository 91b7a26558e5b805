import XCTest
@testable import WinnowPipeline

/// A lede under a whole page header (byline, date stamp and two more kinds of furniture) opens a
/// story even when it shares its topic with the story above (`BoundaryFullPageHeader.swift`).
final class SplitFullPageHeaderTests: XCTestCase {
    /// Same harbour, same outlet, another story: cohesion with the text above is ~0.12, which the
    /// page header's weight alone would not carry past.
    static let second = [
        "Dock workers at the container terminal voted on Thursday to strike next month over night shifts, their union said, in a dispute with the harbour's largest operators.",
        "The union said crane drivers at the terminal had worked twelve-hour night shifts since the spring without extra pay, and that talks with the operators broke down last week.",
        "Operators said a strike would delay container vessels already booked into the terminal and offered to reopen talks on the shift rota before the walkout begins.",
    ]

    func text(_ block: [String]) -> String {
        (SplitStructureTests.harbour + [""] + block + [""] + Self.second).joined(separator: "\n")
    }

    func ledeStarts(_ block: [String]) throws -> Bool {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(text(block))
        return splitter.explain(lines).contains {
            $0.kind == .boundary && lines.lines[$0.line].content.hasPrefix("Dock workers at the container terminal")
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
            lines.lines[$0.line].content.hasPrefix("Dock workers at the container terminal") && $0.features.contains { $0.hasPrefix("cohesion=") }
        })
    }

    /// A live blog's entries each sit under a byline, a time, a share row and a credit; an entry
    /// that continues the text above (cohesion over `fullPageHeaderCohesionCeiling`) is no new page.
    static let liveBlog = [
        "Storm Ciaran live: gales batter the south coast as thousands lose power", "",
        "By Jane Doe", "Updated 10:42 GMT", "Share", "(Photo by Anna Roe/Getty Images)", "",
        "Gusts of more than 90 miles per hour hit the Cornish coast overnight as Storm Ciaran moved in from the Atlantic, forecasters said on Thursday morning.",
        "The Met Office kept its amber wind warning for the south coast in place until the evening and urged people to stay away from seafronts while the storm passes.", "",
        "By Tom Smith", "Updated 11:05 GMT", "Share", "Photo: Lee Marks/Reuters", "",
        "Gusts of more than 90 miles per hour kept hitting the Cornish coast on Thursday morning as Storm Ciaran moved inland from the Atlantic, forecasters said.",
        "The Met Office said its amber wind warning for the south coast would stay in place until the evening, and again urged people to stay away from seafronts.",
    ]

    func testLiveBlogEntryContinuingTheTextAboveOpensNoStory() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let stories = splitter.split(classifier.classify(Self.liveBlog.joined(separator: "\n")))
        XCTAssertEqual(stories.count, 1)
    }
}
