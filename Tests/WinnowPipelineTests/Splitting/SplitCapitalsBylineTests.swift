import XCTest
@testable import WinnowPipeline

/// A headline set in capitals right over its byline, in a dump whose headlines are set in capitals
/// (`BoundaryCapitalsByline.swift`, `capitals_byline_headline`): a printed headline that ends on
/// an abbreviation or runs two sentences is still the story's head, not a line of the story above.
final class SplitCapitalsBylineTests: XCTestCase {
    static let harbour = SplitStructureTests.harbour
    static let orchestra = SplitStructureTests.orchestra
    static let ferry = SplitPageHeaderTests.ferry
    /// Two sentences: `sentence_ending` holds it under the threshold on its shape.
    static let head = "CITY ORCHESTRA NAMES A NEW CONDUCTOR. SEASON OPENS IN MAY."
    /// A shouted sentence set in capitals inside the harbour story, over a paragraph.
    static let shout = "THE CHANNEL WILL BE OPEN TO THE LARGEST SHIPS BY MAY."

    /// Harbour, orchestra and ferry stories under headlines in capitals over bylines; `shout`
    /// between the harbour story's paragraphs.
    static func text(orchestraByline: Bool, shout: Bool = false, head: String = head) -> String {
        let h = shout ? Array(harbour[..<2]) + [Self.shout] + harbour[2...] : harbour
        let o = [head + (orchestraByline ? "\nBy JOHN ROE" : "")] + orchestra
        return (["HARBOUR AUTHORITY APPROVES PLAN TO DREDGE THE NORTHERN CHANNEL\nBy JANE DOE"] + h + o
            + ["FERRY FARES TO THE ISLANDS WILL RISE NEXT MONTH\nBy ANN SMITH"] + ferry).joined(separator: "\n\n")
    }

    func testCapitalsHeadlineOverBylineStartsAStoryWhateverItsEnding() throws {
        let (classifier, splitter) = try CleaningFixtures.stages { $0.shortStoryWords = 0 }
        let lines = classifier.classify(Self.text(orchestraByline: true))
        let stories = splitter.split(lines)
        XCTAssertEqual(stories.count, 3)
        XCTAssertTrue(splitter.explain(lines).contains { $0.kind == .title && $0.features.fired("capitals_byline_headline", .positive) })
        XCTAssertEqual(stories.dropFirst().first?.title, Self.head)
        // Off, the two-sentence headline stays in the harbour story (the byline alone opens the
        // orchestra story at its lede, untitled).
        let (c0, s0) = try CleaningFixtures.stages { $0.shortStoryWords = 0; $0.weights[.capitalsBylineHeadline] = 0 }
        let off = s0.split(c0.classify(Self.text(orchestraByline: true)))
        XCTAssertTrue(off[0].text.contains("CITY ORCHESTRA NAMES"))
        XCTAssertNotEqual(off.dropFirst().first?.title, Self.head)
    }

    /// A kicker-shaped headline in capitals (`… -- …` reads as a dateline) over its byline, its
    /// words all from the story above (cohesion and affinity hold it under): the whole headline.
    func testKickerShapedCapitalsHeadlineOverBylineStartsAStory() throws {
        let kicker = "SEDIMENT PLUMES -- THE SHELLFISH BEDS AND THE TERMINAL"
        let (classifier, splitter) = try CleaningFixtures.stages { $0.shortStoryWords = 0 }
        XCTAssertEqual(splitter.split(classifier.classify(Self.text(orchestraByline: true, head: kicker))).dropFirst().first?.title, kicker)
        let (c0, s0) = try CleaningFixtures.stages { $0.shortStoryWords = 0; $0.weights[.capitalsBylineHeadline] = 0 }
        XCTAssertTrue(s0.split(c0.classify(Self.text(orchestraByline: true, head: kicker)))[0].text.contains(kicker))
    }

    /// Prose negative: a sentence set in capitals between a story's paragraphs, no byline under
    /// it, stays a line of its story.
    func testCapitalsSentenceWithoutBylineStays() throws {
        let (classifier, splitter) = try CleaningFixtures.stages { $0.shortStoryWords = 0 }
        let stories = splitter.split(classifier.classify(Self.text(orchestraByline: true, shout: true)))
        XCTAssertEqual(stories.count, 3)
        XCTAssertTrue(stories[0].text.contains(Self.shout))
    }
}
