import XCTest
@testable import WinnowPipeline

/// A printed page's capitals head wrapped over two lines, which the reflow joins, between
/// mixed-case prose in a dump whose headlines are set in capitals (`BoundaryJoinedHeadline.swift`,
/// `joined_capitals_headline`), against a one-line capitals link to a related story set between
/// an article's paragraphs (`BoundaryCapitalsLink.swift`, `inline_capitals_link`). The planner
/// tells them apart by the reflow's record of joined printed lines (`Plan.spans`).
final class SplitJoinedHeadlineTests: XCTestCase {
    static let harbour = SplitStructureTests.harbour
    static let orchestra = SplitStructureTests.orchestra
    static let ferry = SplitPageHeaderTests.ferry

    /// Greedy wrap at `width` columns: a printed column's copy.
    static func wrap(_ p: String, _ width: Int = 38) -> String {
        var lines: [String] = [], line = ""
        for word in p.split(separator: " ") {
            if !line.isEmpty && line.count + 1 + word.count > width { lines.append(line); line = "" }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }

    static func story(_ head: String, _ paragraphs: [String]) -> String {
        ([head] + paragraphs.map { $0.hasPrefix("@") ? String($0.dropFirst()) : wrap($0) }).joined(separator: "\n\n")
    }

    static let harbourHead = "HARBOUR AUTHORITY APPROVES PLAN TO\nDREDGE THE NORTHERN CHANNEL\nBy JANE DOE"
    static let orchestraHead = "CITY ORCHESTRA NAMES A NEW CONDUCTOR\nFOR ITS AUTUMN SEASON\nBy JOHN ROE"

    /// The ferry story's head, wrapped over two printed lines with no byline, shares the harbour
    /// story's words (dredging, the northern channel): cohesion and story overlap hold it under.
    static let ferryHead = "DREDGING OF THE NORTHERN CHANNEL WILL\nRAISE FERRY FARES TO THE ISLANDS"

    static func printed(shout: Bool = false) -> String {
        let s = "@THE CHANNEL WILL BE OPEN TO THE LARGEST\nSHIPS BY MAY, THE AUTHORITY SAID."
        let h = shout ? Array(harbour[..<2]) + [s] + harbour[2...] : harbour
        return [story(harbourHead, h), story(ferryHead, ferry), story(orchestraHead, orchestra)].joined(separator: "\n\n")
    }

    /// `capitals_headline` (any capitals line held under) is left out: here it would lift the head
    /// too, where a printed page's (r101) scores lower, under what it adds.
    func testWrappedCapitalsHeadBetweenProseOpensItsStory() throws {
        let (classifier, splitter) = try CleaningFixtures.stages { $0.weights[.capitalsHeadline] = 0 }
        let lines = classifier.classify(Self.printed())
        let stories = splitter.split(lines)
        XCTAssertEqual(stories.map(\.title), ["HARBOUR AUTHORITY APPROVES PLAN TO DREDGE THE NORTHERN CHANNEL",
                                              Self.ferryHead.replacingOccurrences(of: "\n", with: " "),
                                              "CITY ORCHESTRA NAMES A NEW CONDUCTOR FOR ITS AUTUMN SEASON"])
        XCTAssertTrue(splitter.explain(lines).contains { $0.kind == .title && $0.features.fired("joined_capitals_headline", .positive) })
        // Off, the topic it shares holds it in the harbour story.
        let (c0, s0) = try CleaningFixtures.stages { $0.weights[.capitalsHeadline] = 0; $0.weights[.joinedCapitalsHeadline] = 0 }
        XCTAssertEqual(s0.split(c0.classify(Self.printed())).count, 2)
    }

    /// Prose negative: a sentence set in capitals and wrapped over two lines between the harbour
    /// story's paragraphs stays a line of it (a head does not end on a full stop).
    func testWrappedCapitalsSentenceStays() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let stories = splitter.split(classifier.classify(Self.printed(shout: true)))
        XCTAssertEqual(stories.count, 3)
        XCTAssertTrue(stories[0].text.contains("THE CHANNEL WILL BE OPEN TO THE LARGEST SHIPS BY MAY"))
        XCTAssertTrue(stories[0].text.contains("Terminal operators welcomed the decision"))
    }

    /// A capitals line between the ferry story's paragraphs whose words are in the paragraphs
    /// above it (hospitals, islands) and come back below less. Cohesion is left out (these
    /// stories are short and one-topic, so it alone would hold the line), and the story-length
    /// prior too.
    static let link = "HOSPITALS ON THE MAINLAND STRUGGLE WITH ISLAND PATIENTS"

    static func linked(wrapped: Bool) -> String {
        let l = "@" + (wrapped ? "HOSPITALS ON THE MAINLAND STRUGGLE\nWITH ISLAND PATIENTS" : link)
        let f = Array(ferry[..<2]) + [l] + ferry[2...]
        return [story(harbourHead, harbour), story("FERRY FARES TO THE ISLANDS WILL\nRISE NEXT MONTH\nBy ANN SMITH", f),
                story(orchestraHead, orchestra)].joined(separator: "\n\n")
    }

    static func stages(link weight: Double? = nil, joined: Double? = nil) throws -> (LineClassifier, StorySplitter) {
        try CleaningFixtures.stages {
            $0.weights[.cohesion] = 0
            $0.shortStoryWords = 0
            if let weight { $0.weights[.inlineCapitalsLink] = weight }
            if let joined { $0.weights[.joinedCapitalsHeadline] = joined }
        }
    }

    func testOneLineCapitalsLinkStaysInItsStoryAndLeavesTheText() throws {
        let (classifier, splitter) = try Self.stages()
        let lines = classifier.classify(Self.linked(wrapped: false))
        let stories = splitter.split(lines)
        XCTAssertEqual(stories.count, 3)
        XCTAssertTrue(splitter.explain(lines).contains { $0.features.fired("inline_capitals_link", .negative) })
        XCTAssertFalse(stories[1].text.contains(Self.link), "the link leaves the text, under caps_link's ten words")
        XCTAssertEqual(stories[1].metadata["links"], .array([.string(Self.link)]))
        XCTAssertTrue(stories[1].text.contains("Councillors will meet the ferry operators"))
        // Off, it splits the ferry story.
        let (c0, s0) = try Self.stages(link: 0)
        XCTAssertEqual(s0.split(c0.classify(Self.linked(wrapped: false))).count, 4)
    }

    /// The same words wrapped over two printed lines are a head the column wrapped, not a link:
    /// with `joined_capitals_headline` (not bare) and without it (lifted by `capitals_headline`,
    /// bare, spared by its printed lines alone).
    func testWrappedCapitalsHeadIsNoInlineLink() throws {
        for joined in [nil, 0.0] {
            let (classifier, splitter) = try Self.stages(joined: joined)
            let lines = classifier.classify(Self.linked(wrapped: true))
            let stories = splitter.split(lines)
            XCTAssertEqual(stories.map(\.title).dropFirst(2).first, Self.link, "joined_capitals_headline: \(joined ?? 3)")
            XCTAssertFalse(splitter.explain(lines).contains { $0.features.fired("inline_capitals_link") })
        }
    }
}
