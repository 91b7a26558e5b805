import XCTest
@testable import WinnowPipeline

/// A printed page's capitals head whose shape alone held it out of `joined_capitals_headline`
/// (`BoundaryJoinedHeadline.swift`, `joined_capitals_head`): under `min_words`, or two sentences
/// in capitals; and a short capitals head right over its byline (`capitals_byline_headline`,
/// `BoundaryCapitalsByline.swift`). Against capitals prose a story quotes between its paragraphs.
final class SplitJoinedHeadShapeTests: XCTestCase {
    static let harbour = SplitStructureTests.harbour
    static let orchestra = SplitStructureTests.orchestra
    static let ferry = SplitPageHeaderTests.ferry
    static func story(_ head: String, _ paragraphs: [String]) -> String { SplitJoinedHeadlineTests.story(head, paragraphs) }

    static let harbourHead = SplitJoinedHeadlineTests.harbourHead
    static let orchestraHead = SplitJoinedHeadlineTests.orchestraHead

    /// Harbour, ferry (under `ferryHead`, no byline) and orchestra stories; `inHarbour` set
    /// between the harbour story's second and third paragraphs.
    static func printed(ferryHead: String, inHarbour: String? = nil) -> String {
        let h = inHarbour.map { Array(harbour[..<2]) + ["@" + $0] + harbour[2...] } ?? harbour
        return [story(harbourHead, h), story(ferryHead, ferry), story(orchestraHead, orchestra)].joined(separator: "\n\n")
    }

    /// Five words over two printed lines (a column of 38), sharing `dredging` with the harbour story.
    static let shortHead = "FERRY OPERATORS DENOUNCE DREDGING\nSURCHARGES"
    /// Two sentences in capitals over two printed lines.
    static let twoSentenceHead = "FERRY FARES WILL RISE NEXT MONTH.\nISLANDERS FEAR THE COST."

    func testShortOrTwoSentenceJoinedCapitalsHeadOpensItsStory() throws {
        for head in [Self.shortHead, Self.twoSentenceHead] {
            let (classifier, splitter) = try CleaningFixtures.stages()
            let lines = classifier.classify(Self.printed(ferryHead: head))
            let stories = splitter.split(lines)
            XCTAssertEqual(stories.map(\.title).dropFirst().first, head.replacingOccurrences(of: "\n", with: " "))
            XCTAssertEqual(stories.count, 3)
            XCTAssertTrue(splitter.explain(lines).contains { $0.kind == .title && $0.features.fired("joined_capitals_head", .positive) })
            // Off, the head stays a line of the harbour story.
            let (c0, s0) = try CleaningFixtures.stages { $0.weights[.joinedCapitalsHead] = 0 }
            XCTAssertEqual(s0.split(c0.classify(Self.printed(ferryHead: head))).count, 2, head)
        }
    }

    /// Prose negative: one capitals sentence over two printed lines between the harbour story's
    /// paragraphs, a full stop after an abbreviation inside (`GOV.`), stays a line of its story.
    func testWrappedCapitalsSentenceWithAbbreviationStays() throws {
        let shout = "THE CHANNEL WILL OPEN BY MAY, GOV.\nHARRIS TOLD THE TERMINAL WORKERS."
        let (classifier, splitter) = try CleaningFixtures.stages()
        let stories = splitter.split(classifier.classify(Self.printed(ferryHead: Self.shortHead, inHarbour: shout)))
        XCTAssertEqual(stories.count, 3)
        XCTAssertTrue(stories[0].text.contains("GOV. HARRIS TOLD THE TERMINAL WORKERS."))
        XCTAssertTrue(stories[0].text.contains("Terminal operators welcomed the decision"))
    }

    func testCapitalsSentenceBreak() {
        func breaks(_ s: String) -> Bool { Array(s.utf8).withUnsafeBufferPointer(BoundaryPlanner.hasCapitalsSentenceBreak) }
        XCTAssertTrue(breaks("CURIOSITY SPIKED DURING THE DEBATE. AND IT WAS ALREADY SIMMERING."))
        XCTAssertTrue(breaks("WHO'S GOT THE BEST CHANCE? IT'S NOT WHO YOU THINK..."))
        XCTAssertFalse(breaks("THE CHANNEL WILL OPEN BY MAY, GOV. HARRIS SAID."))
        XCTAssertFalse(breaks("OBAMA TO PRESENT CASE FOR BROADER U.S. MISSION"))
    }

    /// A four-word capitals head right over its byline (`A NEW, EMBOLDENED OBAMA?`) over the ferry
    /// story, which shares the harbour story's words (cohesion ~0.11) and whose words come back
    /// below no more than above: the story's head, as a headline-length one is.
    func testShortCapitalsHeadOverBylineStartsAStory() throws {
        let head = "DEARER FERRIES FOR ISLANDERS?"
        let text = (["HARBOUR AUTHORITY APPROVES PLAN TO DREDGE THE NORTHERN CHANNEL\nBy JANE DOE"] + Self.harbour
            + [head + "\nBy ANN SMITH"] + Self.ferry + [Self.orchestraHead] + Self.orchestra).joined(separator: "\n\n")
        let (classifier, splitter) = try CleaningFixtures.stages()
        let lines = classifier.classify(text)
        let stories = splitter.split(lines)
        XCTAssertEqual(stories.count, 3)
        XCTAssertEqual(stories.dropFirst().first?.title, head)
        XCTAssertTrue(splitter.explain(lines).contains { $0.kind == .title && $0.features.fired("capitals_byline_headline", .positive) })
    }

    /// A capitals head over its byline under a paragraph a column rule cut in two (`When the
    /// dredgers arrive, the` / `|` / `harbour master will …`): the paragraph's second half, in lower
    /// case, is no dek of the head, and its first half no headline over it.
    func testCutParagraphAboveIsNoHeaderOfTheHeadBelow() throws {
        let cut = "When the dredgers arrive, the\n\n|\n\nharbour master will close the eastern berths for a week, he said."
        let head = "CITY ORCHESTRA NAMES A NEW CONDUCTOR. SEASON OPENS IN MAY.\nBy JOHN ROE"
        let text = (["HARBOUR AUTHORITY APPROVES PLAN TO DREDGE THE NORTHERN CHANNEL\nBy JANE DOE"] + Self.harbour + [cut, head]
            + Self.orchestra + ["FERRY FARES TO THE ISLANDS WILL RISE NEXT MONTH\nBy ANN SMITH"] + Self.ferry).joined(separator: "\n\n")
        let (classifier, splitter) = try CleaningFixtures.stages { $0.shortStoryWords = 0 }
        let stories = splitter.split(classifier.classify(text))
        XCTAssertEqual(stories.count, 3)
        XCTAssertEqual(stories.dropFirst().first?.title, "CITY ORCHESTRA NAMES A NEW CONDUCTOR. SEASON OPENS IN MAY.")
        XCTAssertTrue(stories[0].text.contains("When the dredgers arrive, the"))
        XCTAssertTrue(stories[0].text.contains("harbour master will close the eastern berths"))
    }
}
