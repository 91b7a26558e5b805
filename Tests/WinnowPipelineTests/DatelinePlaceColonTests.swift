import XCTest
@testable import WinnowPipeline

/// A known place in mixed case and a colon before a capitalised sentence (`Atlanta: The …`,
/// `New Delhi: …`) is a dateline; a speaker or a label before a colon (`Iowa: `, `Austin: `,
/// `Update: `) is not, nor a place before a lower-case word.
final class DatelinePlaceColonTests: XCTestCase {
    func testKnownPlaceBeforeAColonIsADateline() throws {
        let (_, config) = try CleaningFixtures.configs()
        let m = try DatelineMatcher(config)
        for (line, place) in [("Atlanta: “The Senate has pivoted", "Atlanta"), ("New Delhi: The police said", "New Delhi"),
                              ("Des Moines, Iowa: Mr. Trump could lose", "Des Moines, Iowa"), ("Austin, Texas: The state", "Austin, Texas"),
                              ("St. Louis, Mo.: A jury", "St. Louis, Mo."), ("São Paulo: Brazil’s", "São Paulo"),
                              ("Washington, D.C.: A", "Washington, D.C.")] {
            XCTAssertEqual(m.place(in: line), place, line)
        }
        for line in ["Iowa: The caucuses", "Austin: I think so", "Update: The story", "Beijing: the city",
                     "Clayton Lockett, Oklahoma: Lockett struggled", "Washington said: The", "Atlanta:The", "London is: A",
                     "Springfield: He"] {
            XCTAssertNil(m.place(in: line), line)
        }
    }

    func testPlaceColonGate() {
        func gate(_ s: String) -> Bool { Array(s.utf8).withUnsafeBufferPointer { DatelineMatcher.hasPlaceColon($0, within: 60) } }
        for s in ["Atlanta: X", "St. Louis, Mo.: The", "Port-au-Prince: A", "Zürich: Die", "Atlanta: “The", "Atlanta: \"The"] { XCTAssertTrue(gate(s), s) }
        for s in ["At: X", "Atlanta:The", "Atlanta: the", "In 2020: X", "Atlanta", "Why? Because: X", "\"Atlanta: X", "",
                  "Salt Lake City and the rest of Utah County: The"] { XCTAssertFalse(gate(s), s) }
    }

    /// Such a lede under a sign-off opens a story of its own, as a dateline in capitals does.
    func testColonDatelineLedeStartsAStory() throws {
        let (classifier, splitter) = try CleaningFixtures.stages()
        let second = ["Portland: " + SplitPageHeaderTests.ferry[0]] + SplitPageHeaderTests.ferry.dropFirst()
        let text = (SplitStructureTests.harbour + ["Jane Doe contributed to this report."] + second).joined(separator: "\n\n")
        let lines = classifier.classify(text)
        let stories = splitter.split(lines)
        XCTAssertEqual(stories.count, 2)
        XCTAssertTrue(stories.last?.text.hasPrefix("Portland: ") ?? false)
        XCTAssertTrue(splitter.explain(lines).contains { $0.kind == .boundary && $0.features.fired("dateline_start", .positive) })
        // In prose the same words do not open one.
        let prose = (SplitStructureTests.harbour + ["Jane Doe contributed to this report."] + ["Portland said: " + SplitPageHeaderTests.ferry[0]]).joined(separator: "\n\n")
        XCTAssertFalse(splitter.explain(classifier.classify(prose)).contains { $0.features.fired("dateline_start", .positive) })
    }
}
